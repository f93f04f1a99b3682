package org.dangjian.core.organization;

import org.dangjian.core.code.CodedValue;
import org.dangjian.core.code.Spellings;

/**
 * How a committee came into office: elected by a members' meeting (党员大会), by a congress of
 * delegates (党员代表大会, for 500+ members), or appointed by the higher organization (临时党支部).
 */
public enum ElectionMethod implements CodedValue {
  /** 党员大会选举. */
  MEMBERS_MEETING("1", "党员大会选举"),
  /** 党员代表大会选举. */
  CONGRESS("2", "党员代表大会选举"),
  /** 上级党组织指定. */
  APPOINTED("3", "上级指定");

  private final Spellings spellings;

  ElectionMethod(String code, String label) {
    this.spellings = Spellings.of(code, label);
  }

  @Override
  public Spellings spellings() {
    return spellings;
  }
}
