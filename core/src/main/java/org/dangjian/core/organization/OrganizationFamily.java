package org.dangjian.core.organization;

import org.dangjian.core.code.CodedValue;
import org.dangjian.core.code.Spellings;

/**
 * Whether an organization belongs to the Party itself (党组织) or is a mass organization led by it
 * (群团组织: trade union, youth league). Statistics and most rules of the Party apply only to the first
 * family; the union and league rules apply to the second.
 */
public enum OrganizationFamily implements CodedValue {
  /** 党组织: committees, general branches, branches, party groups, discipline commissions. */
  PARTY("P", "党组织"),
  /** 群团组织: trade unions and youth league organizations. */
  MASS("M", "群团组织");

  private final Spellings spellings;

  OrganizationFamily(String code, String label) {
    this.spellings = Spellings.of(code, label);
  }

  @Override
  public Spellings spellings() {
    return spellings;
  }
}
