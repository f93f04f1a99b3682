package org.dangjian.core.organization;

import org.dangjian.core.code.CodedValue;
import org.dangjian.core.code.Spellings;

/**
 * The class an organization is counted in by party statistics: the national statistics bulletin and
 * a group's work bulletin both count grassroots organizations as 基层党委 + 党总支 + 党支部 and nothing else.
 * Party groups, discipline commissions, temporary branches, working committees and mass
 * organizations are {@link #NOT_COUNTED}.
 */
public enum StatisticalClass implements CodedValue {
  /** 基层党委: counted as a committee. */
  COMMITTEE("1", "基层党委"),
  /** 党总支: counted as a general branch. */
  GENERAL_BRANCH("2", "党总支"),
  /** 党支部: counted as a branch (joint branches included). */
  BRANCH("3", "党支部"),
  /** Not a grassroots party organization in the statistics. */
  NOT_COUNTED("0", "不计入");

  private final Spellings spellings;

  StatisticalClass(String code, String label) {
    this.spellings = Spellings.of(code, label);
  }

  @Override
  public Spellings spellings() {
    return spellings;
  }
}
