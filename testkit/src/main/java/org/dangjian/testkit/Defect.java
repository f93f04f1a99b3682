package org.dangjian.testkit;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.points.PointsPolicy;

/**
 * A known defect that {@link Mutators} can inject into a valid dataset, with the code of the rule
 * of the validation catalogue it violates ({@link #ruleId()}), so that a validator test can assert
 * "exactly this rule at this record". There is one defect for each rule that a dataset can break on
 * its own; the rules without one are listed, with the reason, by {@link RuleWithoutDefect#all()},
 * and docs/defects.md shows the whole table. Provisions of docs/regulations.md keep their rule ids
 * (CONST-, DEV-, ORG-, DUES-, LIFE-); other checks use the catalogue's codes ({@code ID-GENDER},
 * {@code REF-PARENT}, {@code PAIR-DATES}...). Where two provisions state the same requirement, the
 * other ids are in {@link #equivalentRuleIds()}. A defect may add the records it needs (a transfer,
 * an activity, a pairing agreement, a bulletin, a unit) when the generated data lacks them. A few
 * rules speak only under settings other than the validator's defaults (a rule the national profile
 * disables, a points policy): {@link #detection()} says what such a defect needs.
 */
public enum Defect {
  /**
   * A resident ID number with a wrong check character. Not representable in a {@link Dataset},
   * since core's {@code ResidentIdNumber} only holds valid numbers: see {@link
   * Mutators#corruptCheckCharacter}.
   */
  WRONG_ID_CHECKSUM("ID-CHECKSUM", "身份证号码校验码错误", false),
  /** The application was handed in one day before the 18th birthday. */
  APPLICANT_UNDER_18("CONST-001", "申请入党时未满18周岁", true, "DEV-001"),
  /** Development target designated one day short of a year after the activist designation. */
  ACTIVIST_PROMOTED_EARLY("DEV-007", "培养考察未满一年即确定为发展对象", true),
  /** A probationary member admitted more than two years ago, never converted. */
  PROBATION_OVER_TWO_YEARS("CONST-006", "预备期满两年仍未转正或处理", true, "DEV-018"),
  /** A branch left with exactly 2 full members and no probationary ones. */
  BRANCH_WITH_TWO_FULL_MEMBERS("ORG-001", "党支部正式党员不足3人", true, "CONST-012"),
  /** A member whose home organization is a party committee instead of a branch. */
  MEMBER_ATTACHED_TO_COMMITTEE("CONST-008", "党员未编入党支部", true),
  /** Two members share a resident ID number. */
  DUPLICATE_ID_NUMBER("ID-DUPLICATE", "身份证号码重复", true),
  /** The application talk took place more than one month after the application. */
  APPLICATION_TALK_LATE("DEV-003", "未在一个月内派人谈话", true),
  /** Only one introducer. */
  ONE_INTRODUCER("DEV-008", "入党介绍人不足2名", true, "CONST-002"),
  /** The concentrated training lasted 2 days and 16 class hours. */
  TRAINING_TOO_SHORT("DEV-010", "集中培训不足3天或24学时", true),
  /** The admission was approved more than six months after the admission meeting. */
  APPROVAL_AFTER_SIX_MONTHS("DEV-015", "审批超过6个月", true),
  /** A dues payment that does not match the standard rate. */
  WRONG_DUES_AMOUNT("DUES-002", "党费金额与标准不符", true),
  /** An organization whose parent id names no organization of the dataset. */
  DANGLING_PARENT("REF-PARENT", "上级党组织不存在", true),
  /** A resident ID number whose gender digit disagrees with the recorded gender. */
  ID_GENDER_MISMATCH("ID-GENDER", "身份证号码与性别不符", true),
  /** The admission approved four months and a day after the admission meeting. */
  APPROVAL_AFTER_FOUR_MONTHS("DEV-015-NORMAL", "审批超过3个月", true),
  /** A member's name of 51 characters, one over the limit. */
  NAME_TOO_LONG("FIELD-LENGTH", "姓名超长", true),
  /** A member's name that is blank. */
  BLANK_NAME("FIELD-REQUIRED", "姓名为空", true),
  /** A dues payment of -1.00 yuan. */
  NEGATIVE_DUES_AMOUNT("FIELD-RANGE", "党费金额为负数", true),
  /** A resident ID number whose birth date is a day before the recorded one. */
  ID_BIRTH_MISMATCH("ID-BIRTH", "身份证号码与出生日期不符", true),
  /** A host unit's credit code whose organization-code check digit is wrong. */
  CREDIT_CODE_BAD_ORGANIZATION_CODE("USCC-ORG-CODE", "统一社会信用代码的组织机构代码校验位错误", true),
  /** A member out of contact for seven months. */
  LOST_CONTACT_SIX_MONTHS("CONST-010", "失去联系超过6个月", true),
  /** A member away for eight months without transferring the relation. */
  MOBILE_WITHOUT_TRANSFER("MOB-004", "外出超过6个月未转接组织关系", true),
  /** A transfer letter expired a month ago and was never received. */
  TRANSFER_LETTER_EXPIRED("MOB-002", "组织关系介绍信逾期未接收", true),
  /** A transfer record without a receiving organization. */
  TRANSFER_WITHOUT_TARGET("TRANSFER-TARGET", "转接记录未写接收组织", true),
  /** A transfer received two days before its letter was issued. */
  TRANSFER_RECEIVED_BEFORE_ISSUED("TRANSFER-DATES", "接收日期早于开具日期", true),
  /** A member who also belongs to an organization that is not in the dataset. */
  UNKNOWN_OTHER_ORGANIZATION("REF-ORGANIZATION", "党员所在组织不存在", true),
  /** A salaried member without a monthly base. */
  DUES_BASE_MISSING("DUES-001", "缺少党费计算基数", true),
  /** A retired member who paid a quarter of the month's dues. */
  RETIRED_DUES_TOO_LOW("DUES-005", "离退休党员党费不足", true),
  /** A farmer paying 2.00 yuan a month. */
  FARMER_AMOUNT_OUT_OF_RANGE("DUES-006", "农民党员党费超出0.20至1.00元", true),
  /** One month of dues unpaid. */
  DUES_MONTH_UNPAID("DUES-007", "有月份未交党费", true),
  /** A voluntary extra of 1000 yuan. */
  LARGE_VOLUNTARY_EXTRA("DUES-009", "一次性自愿多交党费1000元以上", true),
  /** A month's dues paid seven months late. */
  DUES_PAID_BACK_LATE("DUES-011", "补交党费超过6个月", true),
  /** Six consecutive months of dues unpaid. */
  DUES_UNPAID_SIX_MONTHS("DUES-012", "连续6个月未交党费", true),
  /** Two ratings of a branch for one year. */
  RATING_TWICE_IN_A_YEAR("RATING-DUPLICATE", "同一年度两次星级评定", true),
  /** A rating for the year after the reference date. */
  RATING_IN_FUTURE_YEAR("RATING-FUTURE", "评定年度晚于基准日期", true),
  /** A rating for the year before the branch was founded. */
  RATING_BEFORE_FOUNDING("RATING-EXISTS", "成立前的年度有星级评定", true),
  /** An instructor whose member id names no member. */
  INSTRUCTOR_NOT_A_MEMBER("INSTR-MEMBER", "组织员不是数据集中的党员", true),
  /** An instructor appointed by an organization that is not in the dataset. */
  INSTRUCTOR_UNKNOWN_APPOINTER("INSTR-APPOINTER", "选派组织员的组织不存在", true),
  /** An instructor appointment that ends the day before it starts. */
  INSTRUCTOR_ENDS_BEFORE_START("INSTR-DATES", "组织员任期结束早于开始", true),
  /** A post holding whose member id names no member. */
  POST_HOLDER_NOT_A_MEMBER("REF-POST-MEMBER", "任职人员不是数据集中的党员", true),
  /** A joint branch covering six units. */
  JOINT_BRANCH_OVER_FIVE_UNITS("ORG-004", "联合党支部覆盖单位超过5个", true),
  /** A party lecture whose lecturer id names no member. */
  LECTURER_NOT_A_MEMBER("REF-LECTURER", "讲课人不是数据集中的党员", true),
  /** A co-building activity with a partner organization that is not in the dataset. */
  UNKNOWN_PARTNER_ORGANIZATION("REF-ACTIVITY-ORGANIZATION", "共建组织不存在", true),
  /** Two activities with one id. */
  DUPLICATE_ACTIVITY_ID("REF-DUPLICATE-ACTIVITY-ID", "活动编号重复", true),
  /** A pairing agreement naming an organization that is not in the dataset. */
  PAIRING_UNKNOWN_PARTY("PAIR-PARTY", "结对组织不存在", true),
  /** A pairing agreement with a single party. */
  PAIRING_SINGLE_PARTY("PAIR-PARTIES", "结对协议只有一方", true),
  /** A pairing agreement that ends the day before it was signed. */
  PAIRING_ENDS_BEFORE_SIGNED("PAIR-DATES", "结对协议结束早于签订", true),
  /** A pairing agreement signed the day after the reference date. */
  PAIRING_SIGNED_AFTER_AS_OF("PAIR-FUTURE", "结对协议签订日期晚于基准日期", true),
  /** A branch with no themed Party day in the year. */
  NO_THEMED_PARTY_DAYS("LIFE-008", "未按月开展主题党日", true),
  /** A branch with no general meeting in the year. */
  NO_GENERAL_MEETINGS("LIFE-001", "未按季度召开党员大会", true),
  /** A branch with no committee meeting in the year. */
  NO_COMMITTEE_MEETINGS("LIFE-004", "未按月召开支委会", true),
  /** A branch with no organizational-life meeting in the year. */
  NO_ORGANIZATIONAL_LIFE_MEETING("LIFE-009", "未召开组织生活会", true),
  /** A branch with no party lecture in the year. */
  NO_BRANCH_LECTURES("LIFE-007L", "未按季度上党课", true),
  /** A party committee whose secretaries are named as lecturer of no party lecture in the year. */
  NO_SECRETARY_LECTURE("LIFE-007", "党委书记未讲党课", true),
  /** A general meeting attended by half of the members with a vote. */
  GENERAL_MEETING_WITHOUT_QUORUM("LIFE-003", "党员大会到会有表决权党员未过半数", true),
  /** An election meeting attended by four fifths of the voters. */
  ELECTION_WITHOUT_QUORUM("ELEC-005", "选举时到会人数未超过应到会人数的五分之四", true),
  /** A branch secretary in office without the higher organization's approval. */
  SECRETARY_NOT_APPROVED("CONST-015", "书记未经上级党组织批准", true),
  /** A branch committee elected by a congress. */
  BRANCH_ELECTED_BY_CONGRESS("CONST-013", "党支部委员会由党员代表大会选举", true),
  /** A branch committee with a term a year longer than usual. */
  BRANCH_TERM_FOUR_YEARS("ORG-010", "任期年限与通常不符", true),
  /** A branch committee two months past its term. */
  TERM_OVERDUE("ORG-011-DUE", "任期届满未按期换届", true),
  /** A branch committee two years past its term, beyond any postponement. */
  TERM_OVERDUE_BEYOND_POSTPONEMENT("ORG-011", "任期届满超过延期期限未换届", true),
  /** A probationary member holding a committee seat. */
  PROBATIONARY_COMMITTEE_MEMBER("ELEC-004", "预备党员担任委员", true),
  /** A branch of 7 or more full members whose committee has six seats. */
  COMMITTEE_OF_SIX("ORG-007-SIZE", "支部委员会超过5人", true),
  /** A branch of 7 or more full members left with only its secretary. */
  BIG_BRANCH_WITHOUT_COMMITTEE("ORG-007", "7名以上正式党员的支部未设委员会", true),
  /** A member admitted although the political review was not passed. */
  POLITICAL_REVIEW_FAILED("DEV-009", "政治审查不合格仍被接收", true),
  /** A development target whose activist decision was never filed. */
  ACTIVIST_FILING_MISSING("DEV-004", "确定入党积极分子未报上级党委备案", true),
  /** An activist with the mentor assignment recorded but no mentor. */
  NO_MENTOR("DEV-005", "未指定培养联系人", true),
  /** The conversion application dated the day after the conversion meeting. */
  CONVERSION_APPLIED_AFTER_MEETING("DEV-019", "转正申请晚于支部大会", true),
  /** The conversion approved six months and a day after the conversion meeting. */
  CONVERSION_APPROVAL_LATE("DEV-020", "转正审批超过3个月", true),
  /** Two party committees, each the parent of the other. */
  PARENT_CYCLE("REF-CYCLE", "上级组织关系形成循环", true),
  /** An applicant's record listed twice. */
  DUPLICATE_MEMBER_ID("REF-DUPLICATE-ID", "人员编号重复", true),
  /** Dues paid for the month after the month of a member's death. */
  DUES_AFTER_DEPARTURE("DEPARTURE-DUES", "离开党组织后仍有党费记录", true),
  /** A bulletin stating one member more than the dataset holds. */
  BULLETIN_MEMBERS_WRONG("BUL-STATS-MEMBERS", "简报党员总数与数据不符", true),
  /** A bulletin stating one probationary member more than the dataset holds. */
  BULLETIN_PROBATIONARY_WRONG("BUL-STATS-PROBATIONARY", "简报预备党员数与数据不符", true),
  /** A bulletin stating a share of employees ten points too high. */
  BULLETIN_SHARE_WRONG("BUL-STATS-SHARE", "简报党员占职工比例与数据不符", true),
  /** A bulletin stating one organization more than the dataset holds, without the kinds. */
  BULLETIN_ORGANIZATIONS_WRONG("BUL-STATS-ORGANIZATIONS", "简报党组织总数与数据不符", true),
  /** A bulletin stating one party committee more than the dataset holds. */
  BULLETIN_COMMITTEES_WRONG("BUL-STATS-COMMITTEES", "简报党委数与数据不符", true),
  /** A bulletin stating one general branch more than the dataset holds. */
  BULLETIN_GENERAL_BRANCHES_WRONG("BUL-STATS-GENERAL-BRANCHES", "简报党总支数与数据不符", true),
  /** A bulletin stating one branch more than the dataset holds. */
  BULLETIN_BRANCHES_WRONG("BUL-STATS-BRANCHES", "简报党支部数与数据不符", true),
  // ---- h19: development steps, voting counts
  /** The first of a development target's half-yearly assessments removed, a gap of a year. */
  ASSESSMENT_MISSING("DEV-006", "培养考察缺少半年一次的考察", true),
  /** An admission approved by the member's own branch instead of a party committee. */
  ADMISSION_APPROVED_BY_BRANCH("DEV-016", "由党支部审批接收预备党员", true),
  /** A probation extended by three months. */
  EXTENSION_TOO_SHORT("DEV-018", "延长预备期不足半年", true),
  /** The filing of the admission (step 18) dated the day after the group assignment (step 19). */
  STEP_OF_LATER_STAGE_FIRST("DEV-ORDER", "后一阶段的步骤早于前一阶段的步骤", true),
  /** The dates of the group assignment and the oath swapped. */
  STEPS_SWAPPED("DEV-ORDER-STEP", "同一阶段的步骤顺序颠倒", true),
  /** The archiving of a member's file dated the day after the reference date. */
  STEP_IN_FUTURE("DEV-FUTURE", "发展步骤日期晚于基准日期", true),
  /** A converted member recorded as probationary. */
  CONVERTED_RECORDED_AS_PROBATIONARY("DEV-STAGE", "已转正党员记为预备党员", true),
  /** An activist recorded as a development target without the designation. */
  STAGE_AHEAD_OF_STEPS("DEV-STAGE-HISTORY", "人员类别超前于发展记录", true),
  /** A general meeting counting one more member with a vote than the branch's full members. */
  VOTING_OVER_FULL_MEMBERS("CONST-005", "有表决权应到人数多于正式党员数", true),
  /** A branch's record listed twice. */
  DUPLICATE_ORGANIZATION_ID("REF-DUPLICATE-ORG-ID", "党组织编号重复", true),
  /** A branch placed under a sibling branch. */
  BRANCH_UNDER_BRANCH("ORG-PARENT-KIND", "党支部隶属于党支部", true),
  /** A branch of 51 members. */
  BRANCH_OF_51("ORG-002", "党支部党员超过50人", true),
  /** A general branch left with one branch of fewer than 50 members. */
  SMALL_GENERAL_BRANCH("ORG-014", "党总支党员不足50人", true),
  /** A bulletin item stating one member more for the whole group than its statistics block. */
  BULLETIN_ITEM_FIGURE_WRONG("BUL-STATS-ITEM-FIGURE", "简报正文数字与统计不符", true),
  // units and coverage
  /** A unit with exactly 3 full members covered by a joint branch, not by its own organization. */
  UNIT_THREE_FULL_MEMBERS_NOT_OWN("UNIT-OWN", "正式党员3人以上的单位未单独建立党组织", true, "ORG-001"),
  /** A unit covered by an area organization (统建) that names no covering organization. */
  UNIT_COVERED_WITHOUT_ORGANIZATION("UNIT-COVERAGE", "单位覆盖方式与覆盖组织不一致", true),
  /** A unit reporting 2 full members of its 1 member. */
  UNIT_FULL_ABOVE_MEMBERS("UNIT-COUNTS", "单位正式党员数多于党员数", true),
  /** A unit whose covering organization is not in the dataset. */
  UNIT_UNKNOWN_ORGANIZATION("UNIT-ORG", "单位的覆盖组织不存在", true),
  /** A points entry for a member id that no person of the dataset has. */
  POINTS_FOR_UNKNOWN_MEMBER("POINT-MEMBER", "积分记录的人员不存在", true),
  /** A points entry dated the day before the member's admission. */
  POINTS_BEFORE_ADMISSION("POINT-STAGE", "入党前的积分记录", true),
  /** A points entry dated the day a member died. */
  POINTS_AFTER_DEPARTURE("POINT-DEPARTED", "离开党组织后的积分记录", true),
  /** A points entry approved by a member id that no person of the dataset has. */
  POINTS_APPROVER_UNKNOWN("POINT-APPROVER", "积分审核人不存在", true),
  /** A points entry earned by an activity id that no activity of the dataset has. */
  POINTS_SOURCE_MISSING("POINT-SOURCE", "积分来源活动不存在", true),
  /** An activity whose list of those present names one person fewer than were present. */
  PRESENT_LIST_SHORT("ACT-PRESENT", "出席名单人数与实到人数不符", true),
  /** A star rating with one criterion scored a point above the scheme's maximum. */
  RATING_SCORE_OVER_MAXIMUM("RATING-SCORE", "评分项得分超过满分", true),
  /** A star rating whose scores earn 四星 but whose stated level is 五星. */
  RATING_LEVEL_NOT_EARNED("RATING-LEVEL", "评定等次与评分总分不符", true),
  /** A star rating given to an organization of a kind the scheme does not rate. */
  RATING_UNRATED_KIND("RATING-KIND", "评分标准不评定该类组织", true),
  /** A vanguard post whose holder id names no member of the dataset. */
  TEAM_UNKNOWN_HOLDER("TEAM-REFERENCE", "先锋岗持岗人不存在", true),
  /** A vanguard post set up the day before its holder was admitted to the Party. */
  TEAM_HOLDER_NOT_YET_A_MEMBER("TEAM-MEMBER", "先锋岗设立时持岗人尚不是党员", true),
  /** A volunteer team stating more members and activists together than its size. */
  TEAM_COUNTS_OVER_SIZE("TEAM-COUNT", "队伍所称党员与积极分子多于总人数", true),
  /** A vanguard post that ends the day before it was set up. */
  TEAM_ENDS_BEFORE_SET_UP("TEAM-DATES", "先锋岗结束日期早于设立日期", true),
  // ---- h19b: the rules that had no mutator
  /** A conversion meeting held the day before the probation ends. */
  CONVERSION_MEETING_BEFORE_PROBATION_ENDS("DEV-017", "预备期未满即讨论转正", true),
  /** A youth league branch placed under another league branch (both added). */
  LEAGUE_BRANCH_UNDER_LEAGUE_BRANCH("ORG-PARENT-KIND-MASS", "团支部隶属于团支部", true),
  /** A temporary branch (added) whose committee was elected by a members' meeting. */
  TEMPORARY_BRANCH_ELECTED("ORG-006", "临时党支部委员会由选举产生", true),
  /** A branch left with 5 full members that keeps its committee of 3 or more. */
  SMALL_BRANCH_WITH_COMMITTEE("ORG-008", "不足7名正式党员的党支部设支部委员会", true),
  /**
   * A general branch of 100 or more members in a state-owned enterprise of its own; detected only
   * with ORG-012 enabled, which the national profile disables.
   */
  STATE_OWNED_GENERAL_BRANCH_OF_100("ORG-012", "国有企业党员100人以上未设党委", true),
  /**
   * A branch of 50 members in a state-owned enterprise of its own; detected only with ORG-013
   * enabled, which the national profile disables.
   */
  STATE_OWNED_BRANCH_OF_50("ORG-013", "国有企业党员50人以上未设党总支", true),
  /** A village Party committee (added) with no members yet. */
  SMALL_VILLAGE_COMMITTEE("ORG-015", "村党委党员不足100人", true),
  /** A discipline commission (added) elected for six years. */
  DISCIPLINE_TERM_SIX_YEARS("CONST-014", "纪委任期超出3至5年", true),
  /** A party group (added) that held no group meeting. */
  NO_GROUP_MEETINGS("LIFE-005", "党小组未按月开会", true),
  /** A dataset without any activity; the issue names no record ({@link Mutation#recordId()} ""). */
  NO_ACTIVITIES("LIFE-NO-ACTIVITIES", "数据集没有活动记录", true),
  /** A unit of 25 or more employees without a trade union, once another union exists. */
  UNIT_WITHOUT_UNION("MASS-001", "25人以上单位未建工会", true),
  /** A trade union (added) of 100 employees with a committee of 4. */
  UNION_COMMITTEE_SIZE_WRONG("MASS-002", "工会委员会人数与职工人数不符", true),
  /** A trade union (added) elected for four years. */
  UNION_TERM_FOUR_YEARS("MASS-003", "工会委员会任期不是3年或5年", true),
  /**
   * A points entry of 21 points, one over the monthly cap of {@code PointsPolicy.sample()};
   * detected only under that policy.
   */
  POINTS_OVER_MONTHLY_CAP("POINT-CAP", "积分超过月度上限", true),
  /** A member whose unit id names no unit of the dataset. */
  MEMBER_IN_UNKNOWN_UNIT("UNIT-MEMBER", "党员所在单位不存在", true);

  private final String ruleId;
  private final String label;
  private final boolean representable;
  private final String equivalentRuleIds;

  Defect(String ruleId, String label, boolean representable, String... equivalentRuleIds) {
    this.ruleId = ruleId;
    this.label = label;
    this.representable = representable;
    this.equivalentRuleIds = String.join(",", equivalentRuleIds);
  }

  /** The id of the rule the defect violates, e.g. {@code DEV-007}. */
  public String ruleId() {
    return ruleId;
  }

  /** Other rule ids of docs/regulations.md that state the same requirement, possibly none. */
  public List<String> equivalentRuleIds() {
    return equivalentRuleIds.isEmpty() ? List.of() : List.of(equivalentRuleIds.split(","));
  }

  /** A Chinese label of the defect, as a validation message would say it. */
  public String label() {
    return label;
  }

  /**
   * Whether the defect can be held by a {@link Dataset}; {@link #WRONG_ID_CHECKSUM} cannot, see
   * {@link Mutators#corruptCheckCharacter}.
   */
  public boolean representableInDataset() {
    return representable;
  }

  /**
   * What a validator needs, beyond its default settings, to report this defect: the default for
   * almost every defect; rules the national profile disables for {@link
   * #STATE_OWNED_GENERAL_BRANCH_OF_100} and {@link #STATE_OWNED_BRANCH_OF_50}; a points policy for
   * {@link #POINTS_OVER_MONTHLY_CAP}.
   */
  public DefectDetection detection() {
    return switch (this) {
      case STATE_OWNED_GENERAL_BRANCH_OF_100, STATE_OWNED_BRANCH_OF_50 ->
          DefectDetection.enabling(ruleId);
      case POINTS_OVER_MONTHLY_CAP -> DefectDetection.under(PointsPolicy.sample());
      default -> DefectDetection.defaults();
    };
  }

  /**
   * Injects this defect into {@code valid}; see {@link Mutators#apply(Defect, Dataset, LocalDate)}.
   */
  public Mutation applyTo(Dataset valid, LocalDate asOf) {
    return Mutators.apply(this, valid, asOf);
  }
}
