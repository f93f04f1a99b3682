package org.dangjian.testkit;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.dataset.Dataset;

/**
 * A known defect that {@link Mutators} can inject into a valid dataset, with the id of the rule it
 * violates ({@link #ruleId()}), so that a validator test can assert "exactly this rule at this
 * record". Provisions of docs/regulations.md keep their rule ids (CONST-, DEV-, ORG-, DUES-);
 * identifier and reference checks use the catalogue's codes: {@code ID-CHECKSUM} (the GB 11643
 * check character), {@code ID-DUPLICATE} (two people with one resident ID number), {@code
 * ID-GENDER} (the 17th digit disagrees with the recorded gender, GB 11643 and GB/T 2261.1) and
 * {@code REF-PARENT} (a parent id that names no organization of the dataset). Where two provisions
 * of docs/regulations.md state the same requirement, the other ids are in {@link
 * #equivalentRuleIds()}.
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
  ID_GENDER_MISMATCH("ID-GENDER", "身份证号码与性别不符", true);

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
   * Injects this defect into {@code valid}; see {@link Mutators#apply(Defect, Dataset, LocalDate)}.
   */
  public Mutation applyTo(Dataset valid, LocalDate asOf) {
    return Mutators.apply(this, valid, asOf);
  }
}
