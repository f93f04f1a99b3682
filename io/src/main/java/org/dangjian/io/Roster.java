package org.dangjian.io;

import org.dangjian.core.code.CodedValue;
import org.dangjian.core.code.Spellings;

/**
 * The two rosters that party offices keep as spreadsheets: the member roster (党员花名册) and the
 * organization roster (党组织名册). A CSV file holds one roster, recognized from its headers; an XLSX
 * workbook holds one sheet per roster.
 */
public enum Roster implements CodedValue {
  /** 党员花名册: one row per member. */
  MEMBERS("members", "党员花名册"),
  /** 党组织名册: one row per organization. */
  ORGANIZATIONS("organizations", "党组织名册");

  private final Spellings spellings;

  Roster(String code, String label) {
    this.spellings = Spellings.of(code, label);
  }

  @Override
  public Spellings spellings() {
    return spellings;
  }
}
