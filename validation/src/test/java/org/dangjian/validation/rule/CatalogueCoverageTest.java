package org.dangjian.validation.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.validation.acceptance.DefectSettings;
import org.dangjian.validation.internal.ReportAudit;
import org.dangjian.validation.report.Issue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the catalogue has a test that fails it: {@link #FAILING} names, for each code, a
 * test of this module (class relative to {@code org.dangjian.validation}, {@code #}, method) in
 * which a check reports that code; this test runs each of them ({@link TestMethods}) and listens to
 * what the checks report ({@link ReportAudit}), strictly, so that the arguments of every report
 * also match the rule's placeholders. The passing side is shared: valid generated data, with every
 * rule switched on, reports nothing at all ({@link #PASSING}); most named tests check a passing
 * value too. Rules without a failing test are listed in {@link #KNOWN_GAPS}, which may only shrink:
 * a gap that a named test now reports, or that a test source now names, fails here until it moves
 * to {@link #FAILING}. Every code a check reports over the testkit's defects is catalogued.
 *
 * <p>After adding a rule and its tests, add its code and the failing test to {@link #FAILING}.
 */
class CatalogueCoverageTest {

  /** For each rule, a test in which its check reports it: {@code class#method}. */
  static final Map<String, String> FAILING =
      Map.ofEntries(
          // fields
          Map.entry(
              "FIELD-REQUIRED",
              "rules.field.AccessorConstraintTest#thePublicValidatorAndTheStandardValidatorSeeTheAccessorToo"),
          Map.entry(
              "FIELD-LENGTH",
              "rules.field.ExpressionInjectionTest#aTooLongNameWithAnExpressionComesBackVerbatim"),
          Map.entry(
              "FIELD-RANGE",
              "rules.field.ViolationMappingTest#rangeIssuesSayTheBoundInBothLanguages"),
          // identifiers
          Map.entry(
              "ID-FORMAT",
              "rules.field.IdentifierRulesTest#aResidentIdNumberOfSixteenCharactersIsIdFormat"),
          Map.entry(
              "ID-CHECKSUM", "rules.field.IdentifierRulesTest#aWrongCheckCharacterIsIdChecksum"),
          Map.entry(
              "ID-BIRTH-DATE",
              "rules.field.IdentifierRulesTest#theThirtiethOfFebruaryIsIdBirthDate"),
          Map.entry("ID-REGION", "rules.field.IdentifierRulesTest#anUnknownProvinceIsIdRegion"),
          Map.entry(
              "ID-BIRTH",
              "rules.field.IdentifierRulesTest#aBirthDateThatDisagreesWithTheIdNumberIsIdBirth"),
          Map.entry(
              "ID-GENDER",
              "rules.field.IdentifierRulesTest#aGenderThatDisagreesWithTheIdNumberIsIdGender"),
          Map.entry("ID-DUPLICATE", "EngineSmokeTest#duplicateIdIsReportedAtTheSecondHolder"),
          Map.entry(
              "USCC-FORMAT",
              "rules.field.IdentifierRulesTest#creditCodesReadAsTextAreUsccFormatOrUsccChecksum"),
          Map.entry(
              "USCC-CHECKSUM",
              "rules.field.IdentifierRulesTest#creditCodesReadAsTextAreUsccFormatOrUsccChecksum"),
          Map.entry(
              "USCC-ORG-CODE",
              "rules.field.IdentifierRulesTest#aCreditCodeWhoseOrganizationCodeFailsIsUsccOrgCode"),
          Map.entry(
              "PHONE-FORMAT",
              "rules.field.IdentifierRulesTest#aMobileNumberOfThreeDigitsIsPhoneFormat"),
          // development
          Map.entry(
              "CONST-001", "rules.development.ApplicationRulesTest#oneDayShortOfEighteenFails"),
          Map.entry(
              "DEV-003",
              "rules.development.ApplicationRulesTest#aTalkOneMonthAndADayAfterTheApplicationFails"),
          Map.entry(
              "DEV-004",
              "rules.development.ApplicationRulesTest#anActivistDesignatedBeforeTheApplicationFails"),
          Map.entry(
              "DEV-005",
              "rules.development.ActivistRulesTest#aMentorAssignmentWithoutMentorsFails"),
          Map.entry("DEV-006", "rules.development.ActivistRulesTest#aGapOfSixMonthsAndADayFails"),
          Map.entry(
              "DEV-007", "rules.development.ActivistRulesTest#aTargetDesignatedOneDayEarlyFails"),
          Map.entry("DEV-008", "rules.development.TargetRulesTest#oneIntroducerFails"),
          Map.entry(
              "DEV-009",
              "rules.development.TargetRulesTest#aReviewConcludedAfterTheAdmissionFails"),
          Map.entry("DEV-010", "rules.development.TargetRulesTest#twoDaysAndTwentyThreeHoursFail"),
          Map.entry(
              "DEV-015",
              "rules.development.ProbationRulesTest#anApprovalAfterSixMonthsIsOnlyTheError"),
          Map.entry(
              "DEV-015-NORMAL",
              "rules.development.ProbationRulesTest#anApprovalAfterThreeMonthsIsAWarning"),
          Map.entry(
              "DEV-016",
              "rules.development.SponsorRulesTest#anApprovingBodySeenAfterTheMemberIsCheckedAtTheEnd"),
          Map.entry(
              "DEV-017",
              "rules.development.ProbationRulesTest#aConversionMeetingAtTheEndOfProbationPassesAndADayEarlyFails"),
          Map.entry(
              "DEV-018",
              "rules.development.ProbationRulesTest#extensionsOfFiveOrThirteenMonthsFail"),
          Map.entry(
              "CONST-006",
              "rules.development.ProbationRulesTest#anExpiredProbationWithoutDecisionFailsAfterThreeMonths"),
          Map.entry(
              "DEV-019",
              "rules.development.ProbationRulesTest#aConversionApplicationOnTheMeetingDayPassesAndADayLaterFails"),
          Map.entry(
              "DEV-020",
              "rules.development.ProbationRulesTest#aConversionApprovedWithinThreeMonthsPassesAndADayLaterFails"),
          Map.entry(
              "DEV-ORDER",
              "rules.development.RecordRulesTest#aStepBeforeAStepOfAnEarlierStageIsAnError"),
          Map.entry(
              "DEV-ORDER-STEP",
              "rules.development.RecordRulesTest#aStepBeforeAnEarlierStepOfTheSameStageIsAWarning"),
          Map.entry(
              "DEV-FUTURE",
              "rules.development.RecordRulesTest#aStepDatedAfterTheReferenceDateFails"),
          Map.entry("DEV-STAGE", "rules.development.RecordRulesTest#aStageBehindTheStepsIsAnError"),
          Map.entry(
              "DEV-STAGE-HISTORY",
              "rules.development.RecordRulesTest#aStageAheadOfTheStepsIsAWarning"),
          // dues
          Map.entry(
              "DUES-001",
              "rules.dues.DuesAmountTest#an_income_based_category_without_a_base_is_dues_001"),
          Map.entry(
              "DUES-002",
              "rules.dues.DuesAmountTest#a_salaried_payment_one_cent_or_a_bracket_short_is_dues_002"),
          Map.entry("DUES-005", "rules.dues.DuesAmountTest#a_retiree_paying_less_is_dues_005"),
          Map.entry(
              "DUES-006",
              "rules.dues.DuesAmountTest#a_recorded_farmer_amount_outside_the_range_is_dues_006_once"),
          Map.entry(
              "DUES-007",
              "rules.dues.DuesMonthsTest#a_payment_for_a_month_before_the_admission_month_is_dues_007"),
          Map.entry(
              "DUES-009",
              "rules.dues.DuesAmountTest#a_voluntary_higher_payment_is_allowed_and_an_extra_of_1000_is_remarked"),
          Map.entry(
              "DUES-011",
              "rules.dues.DuesMonthsTest#a_back_payment_within_six_months_passes_and_later_is_dues_011"),
          Map.entry(
              "DUES-012",
              "rules.dues.DuesMonthsTest#six_unpaid_months_ending_at_the_reference_month_are_dues_012"),
          // membership
          Map.entry(
              "CONST-010",
              "rules.membership.MembershipRulesTest#lost_contact_for_exactly_six_months_is_const_010"),
          Map.entry(
              "MOB-002",
              "rules.membership.MembershipRulesTest#a_letter_valid_through_the_reference_date_passes_and_an_expired_one_is_mob_002"),
          Map.entry(
              "MOB-004",
              "rules.membership.MembershipRulesTest#a_mobile_period_of_exactly_six_months_passes_and_a_day_more_is_mob_004"),
          Map.entry(
              "TRANSFER-TARGET",
              "rules.membership.MembershipRulesTest#a_transfer_without_a_receiving_organization_is_transfer_target"),
          Map.entry(
              "TRANSFER-DATES",
              "rules.membership.MembershipRulesTest#a_transfer_received_on_its_issue_date_passes_and_a_day_earlier_is_transfer_dates"),
          Map.entry(
              "DEPARTURE-DUES",
              "rules.membership.MembershipRulesTest#dues_up_to_the_departure_month_pass_and_a_later_month_is_departure_dues"),
          // references
          Map.entry(
              "REF-PARENT",
              "rules.reference.ReferenceRulesTest#aParentThatNamesNoOrganizationIsReportedAtTheChild"),
          Map.entry(
              "REF-CYCLE",
              "rules.reference.ReferenceRulesTest#aCycleIsReportedOnceAtItsFirstOrganization"),
          Map.entry(
              "ORG-PARENT-KIND",
              "rules.reference.ReferenceRulesTest#partyOrganizationsSitUnderFittingParents"),
          Map.entry(
              "ORG-PARENT-KIND-MASS",
              "rules.reference.ReferenceRulesTest#massOrganizationsSitUnderTheirOwnSystemOrALeadingPartyOrganization"),
          Map.entry(
              "REF-ORGANIZATION",
              "rules.reference.ReferenceRulesTest#everyOrganizationAMemberNamesMustExist"),
          Map.entry(
              "REF-ACTIVITY-ORGANIZATION",
              "rules.reference.ReferenceRulesTest#activitiesNameExistingOrganizations"),
          Map.entry(
              "REF-POST-MEMBER",
              "rules.reference.ReferenceRulesTest#postHoldersAndLecturersWithAMemberIdAreMembers"),
          Map.entry(
              "REF-LECTURER",
              "rules.reference.ReferenceRulesTest#postHoldersAndLecturersWithAMemberIdAreMembers"),
          Map.entry(
              "REF-DUPLICATE-ID",
              "rules.reference.ReferenceRulesTest#repeatedIdsAreReportedAtTheLaterRecords"),
          Map.entry(
              "REF-DUPLICATE-ORG-ID",
              "rules.reference.ReferenceRulesTest#repeatedIdsAreReportedAtTheLaterRecords"),
          Map.entry(
              "REF-DUPLICATE-ACTIVITY-ID",
              "rules.reference.ReferenceRulesTest#repeatedIdsAreReportedAtTheLaterRecords"),
          // organization
          Map.entry(
              "CONST-008",
              "rules.organization.OrganizationRulesTest#partyMembersBelongToABranchOrJointBranch"),
          Map.entry(
              "ORG-001",
              "rules.organization.OrganizationRulesTest#countsFollowTheStageOnTheReferenceDate"),
          Map.entry(
              "ORG-002",
              "rules.organization.OrganizationRulesTest#aBranchGenerallyHasAtMostFiftyMembers"),
          Map.entry(
              "ORG-004",
              "rules.organization.OrganizationRulesTest#aJointBranchGenerallyCoversAtMostFiveUnits"),
          Map.entry(
              "ORG-006",
              "rules.organization.OrganizationRulesTest#aTemporaryBranchIsAppointedAndHoldsNoElection"),
          Map.entry(
              "ORG-007",
              "rules.organization.OrganizationRulesTest#aCommitteeRecordedWithoutPostHoldersSatisfiesTheCommitteeRule"),
          Map.entry(
              "ORG-007-SIZE",
              "rules.organization.OrganizationRulesTest#sevenFullMembersNeedACommitteeOfThreeToFive"),
          Map.entry(
              "ORG-008",
              "rules.organization.OrganizationRulesTest#belowSevenFullMembersOnlyASecretaryAndOneDeputy"),
          Map.entry(
              "ORG-012",
              "rules.organization.OrganizationRulesTest#stateOwnedEnterprisesSetUpCommitteesFromAHundredAndGeneralBranchesFromFifty"),
          Map.entry(
              "ORG-013",
              "rules.organization.OrganizationRulesTest#stateOwnedEnterprisesSetUpCommitteesFromAHundredAndGeneralBranchesFromFifty"),
          Map.entry(
              "ORG-014",
              "rules.organization.OrganizationRulesTest#fewerThanFiftyMembersGenerallyMakeABranchNotAGeneralBranchOrCommittee"),
          Map.entry(
              "ORG-015", "rules.organization.OrganizationRulesTest#villagesHaveTheirOwnThresholds"),
          // committees
          Map.entry(
              "CONST-013",
              "rules.committee.CommitteeRulesTest#committeesAreElectedByTheMembersMeeting"),
          Map.entry(
              "CONST-014", "rules.committee.CommitteeRulesTest#theTermLiesInTheRangeOfItsEdition"),
          Map.entry(
              "ORG-010",
              "rules.committee.CommitteeRulesTest#theUsualTermDependsOnTheKindAndTheUnit"),
          Map.entry(
              "ORG-011",
              "rules.committee.CommitteeRulesTest#reElectionIsDueAfterTheTermAndOverdueAfterTheYearOfPostponement"),
          Map.entry(
              "ORG-011-DUE",
              "rules.committee.CommitteeRulesTest#reElectionIsDueAfterTheTermAndOverdueAfterTheYearOfPostponement"),
          Map.entry(
              "CONST-015", "rules.committee.CommitteeRulesTest#secretariesAndDeputiesNeedApproval"),
          Map.entry(
              "ELEC-004",
              "rules.committee.CommitteeRulesTest#committeeSeatsAreHeldByFullMembersOnlyFromTheDayTheyTakeThem"),
          // meetings
          Map.entry("LIFE-001", "rules.meeting.MeetingRulesTest#aGeneralMeetingEveryWholeQuarter"),
          Map.entry(
              "LIFE-003",
              "rules.meeting.MeetingRulesTest#aGeneralMeetingNeedsMoreThanHalfOfTheVotersPresent"),
          Map.entry(
              "LIFE-004",
              "rules.meeting.MeetingRulesTest#committeeMeetingsEveryMonthWithACommittee"),
          Map.entry("LIFE-005", "rules.meeting.MeetingRulesTest#partyGroupsMeetEveryMonth"),
          Map.entry(
              "LIFE-007",
              "rules.meeting.MeetingRulesTest#aPartyCommitteeSecretaryLecturesOnceAYear"),
          Map.entry(
              "LIFE-007L", "rules.meeting.MeetingRulesTest#lecturesPerQuarterFollowTheLocalPolicy"),
          Map.entry("LIFE-008", "rules.meeting.MeetingRulesTest#aThemedPartyDayEveryWholeMonth"),
          Map.entry(
              "LIFE-009",
              "rules.meeting.MeetingRulesTest#anOrganizationalLifeMeetingAndAnAppraisalEveryYear"),
          Map.entry(
              "LIFE-011",
              "rules.meeting.MeetingRulesTest#anOrganizationalLifeMeetingAndAnAppraisalEveryYear"),
          Map.entry(
              "CONST-005",
              "rules.meeting.MeetingRulesTest#probationaryMembersAreNeverCountedAsVoters"),
          Map.entry(
              "ELEC-005",
              "rules.meeting.MeetingRulesTest#anElectionNeedsMoreThanFourFifthsOfTheVotersPresent"),
          Map.entry(
              "LIFE-NO-ACTIVITIES",
              "rules.meeting.MeetingRulesTest#withoutActivityRecordsTheFrequenciesAreNotChecked"),
          // mass
          Map.entry("MASS-001", "rules.mass.MassRulesTest#aUnitOfTwentyFiveEmployeesHasAUnion"),
          Map.entry(
              "MASS-002", "rules.mass.MassRulesTest#theUnionCommitteeSizeFollowsTheHeadCount"),
          Map.entry("MASS-003", "rules.mass.MassRulesTest#theUnionTermIsThreeOrFiveYears"),
          Map.entry(
              "PAIR-PARTY",
              "rules.agreement.AgreementRulesTest#aPairingNamingAnUnknownOrganizationSignedInTheFutureAndEndingBeforeItIsFails"),
          Map.entry(
              "PAIR-PARTIES",
              "rules.agreement.AgreementRulesTest#aPairingOfOneOrganizationWithItselfFails"),
          Map.entry(
              "PAIR-DATES",
              "rules.agreement.AgreementRulesTest#aPairingNamingAnUnknownOrganizationSignedInTheFutureAndEndingBeforeItIsFails"),
          Map.entry(
              "PAIR-FUTURE",
              "rules.agreement.AgreementRulesTest#aPairingNamingAnUnknownOrganizationSignedInTheFutureAndEndingBeforeItIsFails"),
          Map.entry(
              "RATING-DUPLICATE",
              "rules.agreement.AgreementRulesTest#ratingsAreOncePerYearNotInTheFutureAndOnlyWhileTheOrganizationExists"),
          Map.entry(
              "RATING-FUTURE",
              "rules.agreement.AgreementRulesTest#ratingsAreOncePerYearNotInTheFutureAndOnlyWhileTheOrganizationExists"),
          Map.entry(
              "RATING-EXISTS",
              "rules.agreement.AgreementRulesTest#ratingsAreOncePerYearNotInTheFutureAndOnlyWhileTheOrganizationExists"),
          Map.entry(
              "RATING-SCORE",
              "rules.recognition.RatingSchemeRulesTest#aScoreIsWithinItsCriterionsMaximumAndOnACriterionOfTheScheme"),
          Map.entry(
              "RATING-LEVEL",
              "rules.recognition.RatingSchemeRulesTest#aLevelIsTheOneTheTotalEarnsAtTheThreshold"),
          Map.entry(
              "RATING-KIND",
              "rules.recognition.RatingSchemeRulesTest#onlyKindsTheSchemeRatesAreRated"),
          Map.entry("TEAM-COUNT", "rules.recognition.TeamRulesTest#statedCountsAgreeWithTheList"),
          Map.entry(
              "TEAM-DATES",
              "rules.recognition.TeamRulesTest#datesAreInOrderAndNotAfterTheReferenceDate"),
          Map.entry(
              "TEAM-REFERENCE",
              "rules.recognition.TeamRulesTest#theOrganizationAndTheMembersATeamNamesExist"),
          Map.entry(
              "TEAM-MEMBER",
              "rules.recognition.TeamRulesTest#aPostHolderAndListedMembersWereMembersOnTheDay"),
          Map.entry(
              "INSTR-MEMBER",
              "rules.agreement.AgreementRulesTest#anInstructorNamesAKnownMemberAndAppointerAndDoesNotEndBeforeStarting"),
          Map.entry(
              "INSTR-APPOINTER",
              "rules.agreement.AgreementRulesTest#anInstructorNamesAKnownMemberAndAppointerAndDoesNotEndBeforeStarting"),
          Map.entry(
              "INSTR-DATES",
              "rules.agreement.AgreementRulesTest#anInstructorNamesAKnownMemberAndAppointerAndDoesNotEndBeforeStarting"),
          // statistics
          Map.entry(
              "BUL-STATS-MEMBERS",
              "rules.statistics.StatisticsRulesTest#everyFigureThatDisagreesIsReportedAtItsField"),
          Map.entry(
              "BUL-STATS-PROBATIONARY",
              "rules.statistics.StatisticsRulesTest#everyFigureThatDisagreesIsReportedAtItsField"),
          Map.entry(
              "BUL-STATS-SHARE",
              "rules.statistics.StatisticsRulesTest#everyFigureThatDisagreesIsReportedAtItsField"),
          Map.entry(
              "BUL-STATS-ORGANIZATIONS",
              "rules.statistics.StatisticsRulesTest#everyFigureThatDisagreesIsReportedAtItsField"),
          Map.entry(
              "BUL-STATS-COMMITTEES",
              "rules.statistics.StatisticsRulesTest#everyFigureThatDisagreesIsReportedAtItsField"),
          Map.entry(
              "BUL-STATS-GENERAL-BRANCHES",
              "rules.statistics.StatisticsRulesTest#everyFigureThatDisagreesIsReportedAtItsField"),
          Map.entry(
              "BUL-STATS-BRANCHES",
              "rules.statistics.StatisticsRulesTest#everyFigureThatDisagreesIsReportedAtItsField"),
          Map.entry(
              "BUL-STATS-SUM",
              "rules.statistics.StatisticsRulesTest#partsThatDoNotAddUpToTheStatedTotalAreReportedWithoutAnyData"),
          Map.entry(
              "BUL-STATS-PART",
              "rules.statistics.StatisticsRulesTest#partsThatDoNotAddUpToTheStatedTotalAreReportedWithoutAnyData"),
          Map.entry(
              "BUL-STATS-ITEM-FIGURE",
              "rules.statistics.StatisticsRulesTest#anItemFigureThatContradictsTheStatisticsBlockIsAWarning"),
          // input
          Map.entry(
              "IO-VALUE",
              "input.InputProblemTest#decodingProblemsAreIssuesWithTheirFileLocationAndCountAsErrors"),
          Map.entry(
              "IO-COLUMN-NOT-KEPT",
              "input.InputProblemTest#aColumnOfASheetWithoutExtrasIsAWarningThatItWasNotRead"),
          Map.entry(
              "IO-HEADER-UNKNOWN",
              "input.InputProblemTest#decodingProblemsAreIssuesWithTheirFileLocationAndCountAsErrors"),
          Map.entry(
              "IO-HEADER-DUPLICATE",
              "input.InputProblemTest#decodingProblemsAreIssuesWithTheirFileLocationAndCountAsErrors"),
          Map.entry(
              "UNIT-OWN",
              "rules.unit.UnitRulesTest#aUnitWithThreeFullMembersInAJointBranchIsWarned"),
          Map.entry(
              "UNIT-COVERAGE", "rules.unit.UnitRulesTest#coverageThatDisagreesWithTheRecordFails"),
          Map.entry("UNIT-COUNTS", "rules.unit.UnitRulesTest#countsThatDisagreeFail"),
          Map.entry("UNIT-ORG", "rules.unit.UnitRulesTest#aUnitNamingAnUnknownOrganizationFails"),
          Map.entry(
              "UNIT-MEMBER", "rules.unit.UnitRulesTest#aMemberWorkingInAUnitNotInTheDatasetFails"),
          // points
          Map.entry("POINT-MEMBER", "rules.points.PointRulesTest#anEntryForAnUnknownMemberFails"),
          Map.entry(
              "POINT-STAGE",
              "rules.points.PointRulesTest#anEntryBeforeTheAdmissionFailsAndOneOnItsDayPasses"),
          Map.entry(
              "POINT-DEPARTED",
              "rules.points.PointRulesTest#anEntryOnTheDayOfLeavingFailsAndOneTheDayBeforePasses"),
          Map.entry(
              "POINT-CAP", "rules.points.PointRulesTest#aMonthAtItsCapPassesAndOnePointMoreFails"),
          Map.entry(
              "POINT-APPROVER",
              "rules.points.PointRulesTest#anUnknownApproverFailsAndAMemberApproverPasses"),
          Map.entry(
              "POINT-SOURCE", "rules.points.PointRulesTest#theEarningActivityOrHonorMustExist"),
          Map.entry(
              "ACT-PRESENT",
              "rules.points.PointRulesTest#aPresentListShorterThanThePresentCountFails"));

  /**
   * Rules with no failing test in this module, with the one test source allowed to name the code
   * ("" for none). The field rules FIELD-FORMAT and FIELD-INVALID map violations of constraints
   * that no record of core declares ({@code @Pattern}, {@code @Email}, {@code @AssertTrue}...);
   * ViolationMappingTest checks the mapping on a bean of its own. The IO rules are found by the io
   * readers while decoding files; their failing tests are in the io module.
   */
  static final Map<String, String> KNOWN_GAPS =
      Map.ofEntries(
          Map.entry("FIELD-FORMAT", "ViolationMappingTest.java"),
          Map.entry("FIELD-INVALID", "ViolationMappingTest.java"),
          Map.entry("IO-SYNTAX", ""),
          Map.entry("IO-ENCODING", ""),
          Map.entry("IO-LIMIT", ""),
          Map.entry("IO-FORMAT", ""),
          Map.entry("IO-UNKNOWN-FIELD", ""),
          Map.entry("IO-MISSING-FIELD", ""),
          Map.entry("IO-LAYOUT", ""),
          Map.entry("IO-ID-AS-NUMBER", ""),
          Map.entry("IO-BIRTH-MONTH", ""),
          Map.entry("IO-DATE-MONTH", ""),
          Map.entry("IO-PLACEHOLDER-ORG", ""),
          Map.entry("IO-ORG-AMBIGUOUS", ""),
          Map.entry("IO-HEADER-MISSING", ""),
          Map.entry("IO-FORMULA", ""),
          Map.entry("IO-UNPLACED", ""),
          Map.entry("IO-REJECTED", ""));

  /** Tests over valid generated data that report nothing: the passing case of every rule. */
  static final List<String> PASSING =
      List.of(
          "acceptance.DefectDetectionTest#validDatasetsRaiseNothing",
          "rules.structure.GeneratedDataTest#validDatasetsRaiseNothing",
          "rules.dues.DuesGeneratedDataTest#valid_data_raises_nothing_on_other_reference_dates");

  private static final Path TESTS = Path.of("src", "test", "java");
  private static final Map<String, Set<String>> REPORTED = new HashMap<>();
  private static boolean wasStrict;

  @BeforeAll
  static void strict() {
    wasStrict = ReportAudit.isStrict();
    ReportAudit.setStrict(true);
  }

  @AfterAll
  static void restore() {
    ReportAudit.setStrict(wasStrict);
  }

  private static Set<String> reportedBy(String test) {
    return REPORTED.computeIfAbsent(
        test,
        t -> {
          try {
            return new TestMethods().reportedBy(t);
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(t + " cannot be run", e);
          }
        });
  }

  @Test
  void theFailingTestsAndTheGapsCoverTheCatalogueExactly() {
    Set<String> codes = codes();
    Set<String> listed = new TreeSet<>(FAILING.keySet());
    assertThat(listed)
        .as("codes both tested and listed as gaps")
        .doesNotContainAnyElementsOf(KNOWN_GAPS.keySet());
    listed.addAll(KNOWN_GAPS.keySet());
    assertThat(listed)
        .as("add each new rule's failing test to CatalogueCoverageTest.FAILING")
        .containsExactlyInAnyOrderElementsOf(codes);
  }

  @Test
  void eachNamedTestFailsItsRule() {
    Map<String, Set<String>> missed = new LinkedHashMap<>();
    FAILING.forEach(
        (code, test) -> {
          if (!reportedBy(test).contains(code)) {
            missed.put(code + " in " + test, reportedBy(test));
          }
        });
    assertThat(missed)
        .as("named tests that do not report their rule (and what they report)")
        .isEmpty();
  }

  @Test
  void eachTestedCodeIsNamedInATestSourceAndNoGapIs() throws IOException {
    Map<String, String> sources = testSources();
    for (String code : FAILING.keySet()) {
      assertThat(sources.entrySet())
          .as("a test source that names %s", code)
          .anyMatch(
              e -> !e.getKey().equals("CatalogueCoverageTest.java") && e.getValue().contains(code));
    }
    KNOWN_GAPS.forEach(
        (code, allowed) -> {
          List<String> naming =
              sources.entrySet().stream()
                  .filter(
                      e ->
                          e.getValue().contains("\"" + code + "\"")
                              || e.getValue().contains(code + "@"))
                  .map(Map.Entry::getKey)
                  .filter(
                      file -> !file.equals("CatalogueCoverageTest.java") && !file.equals(allowed))
                  .toList();
          assertThat(naming)
              .as("%s is a known gap, but these tests name it: move it to FAILING", code)
              .isEmpty();
        });
  }

  @Test
  void noNamedTestReportsAKnownGap() {
    Set<String> reported = new TreeSet<>();
    FAILING.values().forEach(test -> reported.addAll(reportedBy(test)));
    assertThat(reported)
        .as("known gaps now reported by a test: move them to FAILING")
        .doesNotContainAnyElementsOf(KNOWN_GAPS.keySet());
  }

  @Test
  void validGeneratedDataReportsNothing() {
    for (String test : PASSING) {
      assertThat(reportedBy(test)).as(test).isEmpty();
    }
  }

  @Test
  void everyCodeReportedOverTheTestkitDefectsIsCatalogued() {
    GeneratorSettings settings = GeneratorSettings.proportional(11, 1500).build();
    LocalDate asOf = settings.asOf();
    Dataset valid = DatasetGenerator.generate(settings);
    Set<String> heard = new TreeSet<>();
    Set<String> issued = new TreeSet<>();
    try (ReportAudit.Listening ignored = ReportAudit.listen(rule -> heard.add(rule.code()))) {
      for (Defect defect : Defect.values()) {
        if (defect.representableInDataset()) {
          List<Issue> issues =
              DefectSettings.validator(defect)
                  .validate(defect.applyTo(valid, asOf).dataset(), asOf)
                  .issues();
          issues.forEach(i -> issued.add(i.code()));
          assertThat(issues).extracting(Issue::code).as(defect.name()).contains(defect.ruleId());
        }
      }
    }
    assertThat(heard).isNotEmpty().isSubsetOf(codes()).containsAll(issued);
    assertThat(Stream.of(Defect.values()).map(Defect::ruleId)).allMatch(codes()::contains);
  }

  private static Set<String> codes() {
    return RuleCatalogue.defaults().rules().stream()
        .map(Rule::code)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The test sources of this module, by file name. */
  private static Map<String, String> testSources() throws IOException {
    try (Stream<Path> files = Files.walk(TESTS)) {
      return files
          .filter(p -> p.toString().endsWith(".java"))
          .collect(
              Collectors.toMap(
                  p -> p.getFileName().toString(),
                  p -> {
                    try {
                      return Files.readString(p, StandardCharsets.UTF_8);
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  },
                  (a, b) -> a + b));
    }
  }
}
