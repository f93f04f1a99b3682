package org.dangjian.core.organization;

import org.dangjian.core.code.CodedValue;

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

  private final String code;
  private final String label;

  StatisticalClass(String code, String label) {
    this.code = code;
    this.label = label;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label() {
    return label;
  }
}
