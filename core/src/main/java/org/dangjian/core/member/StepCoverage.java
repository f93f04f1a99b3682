package org.dangjian.core.member;

import org.dangjian.core.code.CodedValue;
import org.dangjian.core.code.Spellings;

/**
 * How much of the development procedure a {@link Development} record holds. A {@link #COMPLETE}
 * record is a development file (发展党员档案) that records every step completed, so a missing step means
 * the step was not done and deadline rules may report it. A {@link #MILESTONES} record holds only
 * the dates a roster (党员花名册) carries, such as the application, admission and conversion dates: a
 * step that is absent is unknown, not missing, and only the recorded dates are judged.
 */
public enum StepCoverage implements CodedValue {
  /** Every completed step is recorded: absence means not done. */
  COMPLETE("complete", "完整记录"),
  /** Only milestone dates are recorded: absence means unknown. */
  MILESTONES("milestones", "仅关键日期");

  private final Spellings spellings;

  StepCoverage(String code, String label) {
    this.spellings = Spellings.of(code, label);
  }

  @Override
  public Spellings spellings() {
    return spellings;
  }
}
