package org.dangjian.core.activity;

import java.util.Set;
import org.dangjian.core.code.CodedValue;
import org.dangjian.core.code.Spellings;

/**
 * The kind of an organizational-life activity (组织生活). The first four are the 三会一课; the regulations
 * set frequencies for several kinds (支部党员大会 quarterly, 支委会 and 党小组会 monthly, 主题党日 monthly, 组织生活会
 * and 民主评议党员 yearly), so a year of records can be checked.
 */
public enum ActivityKind implements CodedValue {
  /** 支部党员大会. */
  GENERAL_MEETING("01", "支部党员大会", "党员大会", "支部大会"),
  /** 支部委员会会议. */
  COMMITTEE_MEETING("02", "支部委员会会议", "支委会"),
  /** 党小组会. */
  GROUP_MEETING("03", "党小组会"),
  /** 党课. */
  PARTY_LECTURE("04", "党课", "讲党课"),
  /** 主题党日. */
  THEMED_PARTY_DAY("05", "主题党日", "主题党日活动"),
  /** 组织生活会. */
  ORGANIZATIONAL_LIFE_MEETING("06", "组织生活会"),
  /** 民主评议党员. */
  DEMOCRATIC_APPRAISAL("07", "民主评议党员", "民主评议"),
  /** 述职评议 (secretaries report on their party-building work). */
  WORK_REPORT_APPRAISAL("08", "述职评议", "书记述职评议", "抓党建述职评议"),
  /** 民主生活会 (of leading bodies). */
  DEMOCRATIC_LIFE_MEETING("09", "民主生活会"),
  /** 入党宣誓. */
  OATH("10", "入党宣誓", "宣誓"),
  /** 集体谈话. */
  COLLECTIVE_TALK("11", "集体谈话"),
  /** 谈心谈话. */
  HEART_TO_HEART_TALK("12", "谈心谈话"),
  /** 专题培训. */
  TRAINING("13", "专题培训", "培训"),
  /** 学习 (study session). */
  STUDY_SESSION("14", "集中学习", "学习", "理论学习"),
  /** 共建活动 with a paired organization. */
  CO_BUILDING("15", "结对共建活动", "共建", "联建"),
  /** 走访慰问 and charity. */
  VISIT("16", "走访慰问", "慰问", "公益活动"),
  /** 换届选举 (election meeting). */
  ELECTION("17", "换届选举", "选举大会"),
  /** 其他. */
  OTHER("99", "其他");

  private final Spellings spellings;

  ActivityKind(String code, String label, String... aliases) {
    this.spellings = Spellings.of(code, label, Set.of(aliases));
  }

  @Override
  public Spellings spellings() {
    return spellings;
  }

  /** True for the four kinds of the 三会一课. */
  public boolean isThreeMeetingsOneLecture() {
    return this == GENERAL_MEETING
        || this == COMMITTEE_MEETING
        || this == GROUP_MEETING
        || this == PARTY_LECTURE;
  }
}
