package org.dangjian.io;

/**
 * How a roster export (CSV or XLSX) lays out its sheet. {@link #STANDARD}, the default, is the
 * layout the readers expect with no detection at all: the header in the first row, one column per
 * field, organizations by id, dates as {@code yyyy-MM-dd}. {@link #OFFICE} is the layout party
 * offices keep and print: a title row ({@link ExportOptions#title()}, by default 党员花名册 or 党组织名册),
 * then the header with a 序号 (row number) column first, the organization of a member by name in 所在支部
 * when the export holds that organization (by id otherwise), dates as {@code yyyy.MM.dd}, and the
 * extra attributes of the records (the columns a source file had that the model has no field for)
 * written back as columns of their own after the others.
 */
public enum RosterLayout {
  /**
   * Header in the first row, organizations by id, ISO dates: what the writers produce by default.
   */
  STANDARD,
  /** Title row, 序号, organizations by name, {@code yyyy.MM.dd} dates, extras as columns. */
  OFFICE
}
