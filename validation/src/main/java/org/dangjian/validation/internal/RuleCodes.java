package org.dangjian.validation.internal;

/**
 * The code of every rule of the catalogue ({@code rules.jsonc}), as constants: checks name the rule
 * they report by constant, {@code Catalogue.rule(RuleCodes.DEV_015)}, so that a typo is a compile
 * error and a code that the catalogue lacks fails when its check class loads. A constant is the
 * code with {@code _} for {@code -}; they are listed by topic, in catalogue order. A test keeps
 * this class and the catalogue file in step: every code is in both.
 */
public final class RuleCodes {

  // fields (FieldRules)
  public static final String FIELD_REQUIRED = "FIELD-REQUIRED";
  public static final String FIELD_LENGTH = "FIELD-LENGTH";
  public static final String FIELD_RANGE = "FIELD-RANGE";
  public static final String FIELD_FORMAT = "FIELD-FORMAT";
  public static final String FIELD_INVALID = "FIELD-INVALID";

  // identifiers (IdentifierRules)
  public static final String ID_FORMAT = "ID-FORMAT";
  public static final String ID_CHECKSUM = "ID-CHECKSUM";
  public static final String ID_BIRTH_DATE = "ID-BIRTH-DATE";
  public static final String ID_REGION = "ID-REGION";
  public static final String ID_BIRTH = "ID-BIRTH";
  public static final String ID_GENDER = "ID-GENDER";
  public static final String ID_DUPLICATE = "ID-DUPLICATE";
  public static final String USCC_FORMAT = "USCC-FORMAT";
  public static final String USCC_CHECKSUM = "USCC-CHECKSUM";
  public static final String USCC_ORG_CODE = "USCC-ORG-CODE";
  public static final String PHONE_FORMAT = "PHONE-FORMAT";

  // development (DevelopmentRules)
  public static final String CONST_001 = "CONST-001";
  public static final String DEV_003 = "DEV-003";
  public static final String DEV_004 = "DEV-004";
  public static final String DEV_005 = "DEV-005";
  public static final String DEV_006 = "DEV-006";
  public static final String DEV_007 = "DEV-007";
  public static final String DEV_008 = "DEV-008";
  public static final String DEV_009 = "DEV-009";
  public static final String DEV_010 = "DEV-010";
  public static final String DEV_015 = "DEV-015";
  public static final String DEV_015_NORMAL = "DEV-015-NORMAL";
  public static final String DEV_016 = "DEV-016";
  public static final String DEV_017 = "DEV-017";
  public static final String DEV_018 = "DEV-018";
  public static final String CONST_006 = "CONST-006";
  public static final String DEV_019 = "DEV-019";
  public static final String DEV_020 = "DEV-020";
  public static final String DEV_ORDER = "DEV-ORDER";
  public static final String DEV_ORDER_STEP = "DEV-ORDER-STEP";
  public static final String DEV_FUTURE = "DEV-FUTURE";
  public static final String DEV_STAGE = "DEV-STAGE";
  public static final String DEV_STAGE_HISTORY = "DEV-STAGE-HISTORY";

  // dues (DuesRules)
  public static final String DUES_001 = "DUES-001";
  public static final String DUES_002 = "DUES-002";
  public static final String DUES_005 = "DUES-005";
  public static final String DUES_006 = "DUES-006";
  public static final String DUES_007 = "DUES-007";
  public static final String DUES_009 = "DUES-009";
  public static final String DUES_011 = "DUES-011";
  public static final String DUES_012 = "DUES-012";

  // membership (MembershipRules)
  public static final String CONST_010 = "CONST-010";
  public static final String MOB_002 = "MOB-002";
  public static final String MOB_004 = "MOB-004";
  public static final String TRANSFER_TARGET = "TRANSFER-TARGET";
  public static final String TRANSFER_DATES = "TRANSFER-DATES";
  public static final String DEPARTURE_DUES = "DEPARTURE-DUES";

  // references (ReferenceRules)
  public static final String REF_PARENT = "REF-PARENT";
  public static final String REF_CYCLE = "REF-CYCLE";
  public static final String ORG_PARENT_KIND = "ORG-PARENT-KIND";
  public static final String ORG_PARENT_KIND_MASS = "ORG-PARENT-KIND-MASS";
  public static final String REF_ORGANIZATION = "REF-ORGANIZATION";
  public static final String REF_ACTIVITY_ORGANIZATION = "REF-ACTIVITY-ORGANIZATION";
  public static final String REF_POST_MEMBER = "REF-POST-MEMBER";
  public static final String REF_LECTURER = "REF-LECTURER";
  public static final String REF_DUPLICATE_ID = "REF-DUPLICATE-ID";
  public static final String REF_DUPLICATE_ORG_ID = "REF-DUPLICATE-ORG-ID";
  public static final String REF_DUPLICATE_ACTIVITY_ID = "REF-DUPLICATE-ACTIVITY-ID";

  // organization (OrganizationRules)
  public static final String CONST_008 = "CONST-008";
  public static final String ORG_001 = "ORG-001";
  public static final String ORG_002 = "ORG-002";
  public static final String ORG_004 = "ORG-004";
  public static final String ORG_006 = "ORG-006";
  public static final String ORG_007 = "ORG-007";
  public static final String ORG_007_SIZE = "ORG-007-SIZE";
  public static final String ORG_008 = "ORG-008";
  public static final String ORG_012 = "ORG-012";
  public static final String ORG_013 = "ORG-013";
  public static final String ORG_014 = "ORG-014";
  public static final String ORG_015 = "ORG-015";

  // committees (CommitteeRules)
  public static final String CONST_013 = "CONST-013";
  public static final String CONST_014 = "CONST-014";
  public static final String ORG_010 = "ORG-010";
  public static final String ORG_011 = "ORG-011";
  public static final String ORG_011_DUE = "ORG-011-DUE";
  public static final String CONST_015 = "CONST-015";
  public static final String ELEC_004 = "ELEC-004";

  // meetings (MeetingRules)
  public static final String LIFE_001 = "LIFE-001";
  public static final String LIFE_003 = "LIFE-003";
  public static final String LIFE_004 = "LIFE-004";
  public static final String LIFE_005 = "LIFE-005";
  public static final String LIFE_007 = "LIFE-007";
  public static final String LIFE_007L = "LIFE-007L";
  public static final String LIFE_008 = "LIFE-008";
  public static final String LIFE_009 = "LIFE-009";
  public static final String LIFE_011 = "LIFE-011";
  public static final String CONST_005 = "CONST-005";
  public static final String ELEC_005 = "ELEC-005";
  public static final String LIFE_NO_ACTIVITIES = "LIFE-NO-ACTIVITIES";

  // mass (MassRules)
  public static final String MASS_001 = "MASS-001";
  public static final String MASS_002 = "MASS-002";
  public static final String MASS_003 = "MASS-003";

  // pairings (PairingRules)
  public static final String PAIR_PARTY = "PAIR-PARTY";
  public static final String PAIR_PARTIES = "PAIR-PARTIES";
  public static final String PAIR_DATES = "PAIR-DATES";
  public static final String PAIR_FUTURE = "PAIR-FUTURE";

  // ratings (RatingRules)
  public static final String RATING_DUPLICATE = "RATING-DUPLICATE";
  public static final String RATING_FUTURE = "RATING-FUTURE";
  public static final String RATING_EXISTS = "RATING-EXISTS";
  public static final String RATING_SCORE = "RATING-SCORE";
  public static final String RATING_LEVEL = "RATING-LEVEL";
  public static final String RATING_KIND = "RATING-KIND";

  // teams (TeamRules)
  public static final String TEAM_REFERENCE = "TEAM-REFERENCE";
  public static final String TEAM_MEMBER = "TEAM-MEMBER";
  public static final String TEAM_COUNT = "TEAM-COUNT";
  public static final String TEAM_DATES = "TEAM-DATES";

  // instructors (InstructorRules)
  public static final String INSTR_MEMBER = "INSTR-MEMBER";
  public static final String INSTR_APPOINTER = "INSTR-APPOINTER";
  public static final String INSTR_DATES = "INSTR-DATES";

  // statistics (StatisticsRules)
  public static final String BUL_STATS_MEMBERS = "BUL-STATS-MEMBERS";
  public static final String BUL_STATS_PROBATIONARY = "BUL-STATS-PROBATIONARY";
  public static final String BUL_STATS_SHARE = "BUL-STATS-SHARE";
  public static final String BUL_STATS_ORGANIZATIONS = "BUL-STATS-ORGANIZATIONS";
  public static final String BUL_STATS_COMMITTEES = "BUL-STATS-COMMITTEES";
  public static final String BUL_STATS_GENERAL_BRANCHES = "BUL-STATS-GENERAL-BRANCHES";
  public static final String BUL_STATS_BRANCHES = "BUL-STATS-BRANCHES";
  public static final String BUL_STATS_SUM = "BUL-STATS-SUM";
  public static final String BUL_STATS_PART = "BUL-STATS-PART";
  public static final String BUL_STATS_ITEM_FIGURE = "BUL-STATS-ITEM-FIGURE";

  // input (InputRules)
  public static final String IO_SYNTAX = "IO-SYNTAX";
  public static final String IO_ENCODING = "IO-ENCODING";
  public static final String IO_LIMIT = "IO-LIMIT";
  public static final String IO_FORMAT = "IO-FORMAT";
  public static final String IO_UNKNOWN_FIELD = "IO-UNKNOWN-FIELD";
  public static final String IO_MISSING_FIELD = "IO-MISSING-FIELD";
  public static final String IO_VALUE = "IO-VALUE";
  public static final String IO_HEADER_UNKNOWN = "IO-HEADER-UNKNOWN";
  public static final String IO_LAYOUT = "IO-LAYOUT";
  public static final String IO_ID_AS_NUMBER = "IO-ID-AS-NUMBER";
  public static final String IO_BIRTH_MONTH = "IO-BIRTH-MONTH";
  public static final String IO_DATE_MONTH = "IO-DATE-MONTH";
  public static final String IO_PLACEHOLDER_ORG = "IO-PLACEHOLDER-ORG";
  public static final String IO_ORG_AMBIGUOUS = "IO-ORG-AMBIGUOUS";
  public static final String IO_HEADER_DUPLICATE = "IO-HEADER-DUPLICATE";
  public static final String IO_HEADER_MISSING = "IO-HEADER-MISSING";
  public static final String IO_FORMULA = "IO-FORMULA";
  public static final String IO_UNPLACED = "IO-UNPLACED";
  public static final String IO_REJECTED = "IO-REJECTED";
  public static final String IO_COLUMN_NOT_KEPT = "IO-COLUMN-NOT-KEPT";

  // units and coverage
  public static final String UNIT_OWN = "UNIT-OWN";
  public static final String UNIT_COVERAGE = "UNIT-COVERAGE";
  public static final String UNIT_COUNTS = "UNIT-COUNTS";
  public static final String UNIT_ORG = "UNIT-ORG";
  public static final String UNIT_MEMBER = "UNIT-MEMBER";
  // points (PointRules)
  public static final String POINT_MEMBER = "POINT-MEMBER";
  public static final String POINT_STAGE = "POINT-STAGE";
  public static final String POINT_DEPARTED = "POINT-DEPARTED";
  public static final String POINT_CAP = "POINT-CAP";
  public static final String POINT_APPROVER = "POINT-APPROVER";
  public static final String POINT_SOURCE = "POINT-SOURCE";
  public static final String ACT_PRESENT = "ACT-PRESENT";

  private RuleCodes() {}
}
