package org.dangjian.core.member;

import org.dangjian.core.code.CodedValue;
import org.dangjian.core.code.Spellings;

/**
 * The 25 steps of the development procedure (发展党员工作流程, 2014 edition, docs/regulations.md,
 * recruiting rules, Chapters 2 to 6), in order. The code is the step number "1".."25". Some steps
 * mark a change of stage: step 3 makes an activist, step 7 a development target, step 15 (the
 * branch meeting, 入党时间) a probationary member, and step 24 (approval of conversion) a full member.
 */
public enum DevelopmentStep implements CodedValue {
  /** 递交入党申请书. */
  APPLICATION(1, "递交入党申请书", DevelopmentPhase.APPLICATION),
  /** 党组织派人谈话. */
  APPLICATION_TALK(2, "党组织派人谈话", DevelopmentPhase.APPLICATION),
  /** 推荐和确定入党积极分子. */
  ACTIVIST_DESIGNATION(3, "推荐和确定入党积极分子", DevelopmentPhase.ACTIVIST),
  /** 上级党委备案 (activist). */
  ACTIVIST_FILING(4, "上级党委备案", DevelopmentPhase.ACTIVIST),
  /** 指定培养联系人. */
  MENTOR_ASSIGNMENT(5, "指定培养联系人", DevelopmentPhase.ACTIVIST),
  /** 培养教育考察. */
  ACTIVIST_ASSESSMENT(6, "培养教育考察", DevelopmentPhase.ACTIVIST),
  /** 确定发展对象. */
  TARGET_DESIGNATION(7, "确定发展对象", DevelopmentPhase.TARGET),
  /** 报上级党委备案 (development target). */
  TARGET_FILING(8, "报上级党委备案", DevelopmentPhase.TARGET),
  /** 确定入党介绍人. */
  INTRODUCER_ASSIGNMENT(9, "确定入党介绍人", DevelopmentPhase.TARGET),
  /** 进行政治审查. */
  POLITICAL_REVIEW(10, "进行政治审查", DevelopmentPhase.TARGET),
  /** 开展集中培训. */
  CONCENTRATED_TRAINING(11, "开展集中培训", DevelopmentPhase.TARGET),
  /** 支部委员会审查. */
  BRANCH_COMMITTEE_REVIEW(12, "支部委员会审查", DevelopmentPhase.ADMISSION),
  /** 上级党委预审. */
  PRE_REVIEW(13, "上级党委预审", DevelopmentPhase.ADMISSION),
  /** 填写入党志愿书. */
  APPLICATION_FORM(14, "填写入党志愿书", DevelopmentPhase.ADMISSION),
  /** 支部大会讨论 (admission; the date is 入党时间, start of probation). */
  ADMISSION_MEETING(15, "支部大会讨论接收预备党员", DevelopmentPhase.ADMISSION),
  /** 上级党委派人谈话. */
  APPROVAL_TALK(16, "上级党委派人谈话", DevelopmentPhase.ADMISSION),
  /** 上级党委审批 (admission). */
  ADMISSION_APPROVAL(17, "上级党委审批接收预备党员", DevelopmentPhase.ADMISSION),
  /** 再上一级党委组织部门备案. */
  ADMISSION_FILING(18, "再上一级党委组织部门备案", DevelopmentPhase.ADMISSION),
  /** 编入党支部和党小组. */
  GROUP_ASSIGNMENT(19, "编入党支部和党小组", DevelopmentPhase.PROBATION),
  /** 入党宣誓. */
  OATH(20, "入党宣誓", DevelopmentPhase.PROBATION),
  /** 继续教育考察. */
  PROBATION_ASSESSMENT(21, "继续教育考察", DevelopmentPhase.PROBATION),
  /** 提出转正申请. */
  CONVERSION_APPLICATION(22, "提出转正申请", DevelopmentPhase.PROBATION),
  /** 支部大会讨论 (conversion). */
  CONVERSION_MEETING(23, "支部大会讨论预备党员转正", DevelopmentPhase.PROBATION),
  /** 上级党委审批 (conversion). */
  CONVERSION_APPROVAL(24, "上级党委审批预备党员转正", DevelopmentPhase.PROBATION),
  /** 材料归档. */
  ARCHIVING(25, "材料归档", DevelopmentPhase.PROBATION);

  private final int number;
  private final Spellings spellings;
  private final DevelopmentPhase phase;

  DevelopmentStep(int number, String label, DevelopmentPhase phase) {
    this.number = number;
    this.spellings = Spellings.of(Integer.toString(number), label);
    this.phase = phase;
  }

  /** The step number, 1 to 25. */
  public int number() {
    return number;
  }

  @Override
  public Spellings spellings() {
    return spellings;
  }

  /** The phase the step belongs to. */
  public DevelopmentPhase phase() {
    return phase;
  }

  /** The step with the given number. */
  public static DevelopmentStep ofNumber(int number) {
    if (number < 1 || number > 25) {
      throw new IllegalArgumentException("development steps are numbered 1 to 25, not " + number);
    }
    return values()[number - 1];
  }
}
