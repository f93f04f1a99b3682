package org.dangjian.io.roster;

/**
 * What a roster column holds, which decides how its cells are read and written: free text, a date
 * (written {@code yyyy-MM-dd}; read also as {@code yyyy/M/d}, {@code yyyy.MM.dd}, {@code yyyy年M月d日}
 * or an Excel serial number), a value of a code table (read by code, Chinese label or constant
 * name, written as the Chinese label), a whole number (zero or more, or signed), or one of the
 * three identifiers, which are checked on reading and written according to the export's privacy
 * profile.
 */
public enum ColumnType {
  /** Free text. */
  TEXT,
  /** A calendar date. */
  DATE,
  /** A value of a code table; see {@link RosterColumn#codeType()}. */
  CODE,
  /** A whole number, zero or more. */
  INTEGER,
  /** A resident ID number (公民身份号码): personal, masked in reports. */
  RESIDENT_ID,
  /** A mobile phone number: personal, masked in reports. */
  MOBILE,
  /** A unified social credit code (统一社会信用代码) of a unit. */
  CREDIT_CODE,
  /** A whole number that may be negative, such as the points of a deduction. */
  SIGNED_INTEGER;

  /** True for the columns that hold personal identifiers (ID and mobile numbers). */
  public boolean isPersonal() {
    return this == RESIDENT_ID || this == MOBILE;
  }
}
