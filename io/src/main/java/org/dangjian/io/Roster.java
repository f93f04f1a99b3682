package org.dangjian.io;

import org.dangjian.core.code.CodedValue;
import org.dangjian.core.code.Spellings;

/**
 * The rosters that party offices keep as spreadsheets: the member roster (党员花名册), the organization
 * roster (党组织名册), and the sheets of the party-building platforms: the units a park or group covers
 * (单位名册), the points ledger (积分台账) and the vanguard posts and teams (先锋岗队名册). A CSV file holds one
 * roster, recognized from its headers; an XLSX workbook holds one sheet per roster.
 */
public enum Roster implements CodedValue {
  /** 党员花名册: one row per member. */
  MEMBERS("members", "党员花名册"),
  /** 党组织名册: one row per organization. */
  ORGANIZATIONS("organizations", "党组织名册"),
  /** 单位名册: one row per host unit ({@code Unit}) with its coverage. */
  UNITS("units", "单位名册"),
  /** 积分台账: one row per points entry ({@code PointEntry}). */
  POINT_ENTRIES("pointEntries", "积分台账"),
  /** 先锋岗队名册: one row per vanguard post or team ({@code Team}). */
  TEAMS("teams", "先锋岗队名册");

  private final Spellings spellings;

  Roster(String code, String label) {
    this.spellings = Spellings.of(code, label);
  }

  @Override
  public Spellings spellings() {
    return spellings;
  }
}
