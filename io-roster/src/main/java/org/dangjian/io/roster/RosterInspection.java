package org.dangjian.io.roster;

import java.util.List;
import java.util.Optional;
import org.dangjian.io.DataFormat;
import org.dangjian.io.Roster;
import org.dangjian.io.roster.internal.InspectionJson;

/**
 * What the roster readers made of a CSV, XLSX or XLS file, as {@link RosterInspector} found it by
 * reading the file with the very reader an import uses: for each sheet (one for a CSV file) the
 * header row or rows, each column with the field it fills, or kept as an extra attribute, or
 * ignored; the rows skipped above the header, blank, or in the footer, each with its reason; and a
 * preview of the first data rows in which resident ID and mobile numbers are masked. Row numbers
 * are 1-based as a spreadsheet program shows them (the line of a CSV file). Text from the file is
 * kept as written; print it with {@link org.dangjian.core.text.SafeText#escape}. {@link #toJson()}
 * gives the JSON form of {@code dangjian inspect --report json}.
 *
 * @param source the file as named in locations
 * @param format the roster format read
 * @param sheets the sheets in file order
 * @param problems the problems the reader reported outside data rows (header, encoding, limits)
 */
public record RosterInspection(
    String source, DataFormat format, List<Sheet> sheets, List<Problem> problems) {

  /** Copies the lists. */
  public RosterInspection {
    sheets = List.copyOf(sheets);
    problems = List.copyOf(problems);
  }

  /** What became of one sheet. */
  public enum Status {
    /** Its header was found and its rows were read. */
    READ,
    /** Its first rows hold no roster header (a sheet of notes, 说明): it was not read. */
    NOT_A_ROSTER,
    /** Its header names a column twice or lacks a required one: its rows cannot be read. */
    HEADER_UNUSABLE,
    /** It holds no non-blank row. */
    EMPTY
  }

  /** What the reader does with a column. */
  public enum Use {
    /** The column fills a field of the model. */
    FIELD,
    /** The column is unknown and kept as an extra attribute (label → text) of each record. */
    EXTRA,
    /** The column is ignored: a row number column such as 序号, or a column without a header. */
    IGNORED
  }

  /** Why a row is not a record. */
  public enum SkipReason {
    /** A title row above the header, such as 中共XX委员会党员花名册. */
    TITLE,
    /** A unit and date row above the header, such as 填报单位：…（盖章） 填报日期：…. */
    UNIT,
    /** A blank row. */
    BLANK,
    /** A footer row (合计、填表人、审核人、说明 …) or a row below one. */
    FOOTER
  }

  /**
   * One sheet of the file, or the CSV file itself.
   *
   * @param name the sheet name; empty for a CSV file
   * @param status whether and how it was read
   * @param roster the roster its header names; empty when it has no usable header
   * @param headerRows the 1-based rows of its header (one or two); empty when none was found
   * @param columns its columns in order, as the header names them
   * @param skippedRows the rows skipped, in order
   * @param preview the first data rows, masked
   * @param dataRows how many data rows the sheet has (each a record or a rejected row)
   */
  public record Sheet(
      Optional<String> name,
      Status status,
      Optional<Roster> roster,
      List<Integer> headerRows,
      List<Column> columns,
      List<SkippedRow> skippedRows,
      List<PreviewRow> preview,
      long dataRows) {

    /** Copies the lists. */
    public Sheet {
      headerRows = List.copyOf(headerRows);
      columns = List.copyOf(columns);
      skippedRows = List.copyOf(skippedRows);
      preview = List.copyOf(preview);
    }

    /** The column with the spreadsheet letter {@code letter}, if the header has one. */
    public Optional<Column> column(String letter) {
      return columns.stream().filter(c -> c.letter().equals(letter)).findFirst();
    }

    /** The column that fills {@code field}, if one does. */
    public Optional<Column> columnOf(RosterColumn field) {
      return columns.stream().filter(c -> c.field().equals(Optional.of(field))).findFirst();
    }

    /**
     * The layout this sheet was read with, as a {@link RosterMapping} to start a mapping profile
     * from: its roster, sheet name, header rows and each field's column by letter; empty when the
     * sheet was not read.
     */
    public Optional<RosterMapping> toMapping() {
      if (status != Status.READ || roster.isEmpty()) {
        return Optional.empty();
      }
      RosterMapping.Builder mapping = RosterMapping.builder().roster(roster.get());
      name.ifPresent(mapping::sheet);
      if (headerRows.isEmpty()) {
        mapping.headerRow(0);
      } else {
        mapping.headerRow(headerRows.get(0)).dataRow(headerRows.get(headerRows.size() - 1) + 1);
      }
      for (Column column : columns) {
        column.field().ifPresent(field -> mapping.column(column.letter(), field));
      }
      return Optional.of(mapping.build());
    }
  }

  /**
   * One column of a header.
   *
   * @param letter the spreadsheet column letter, such as {@code F} (also for a CSV file, as a
   *     spreadsheet program opens it)
   * @param header the header text as written (both rows of a two-row header give one text: the
   *     lower row's where it has one)
   * @param use what the reader does with it
   * @param field the field it fills, when {@link Use#FIELD}
   * @param extraLabel the label its values are kept under, when {@link Use#EXTRA}
   */
  public record Column(
      String letter,
      String header,
      Use use,
      Optional<RosterColumn> field,
      Optional<String> extraLabel) {}

  /**
   * A row that is not a record.
   *
   * @param row the 1-based row (or CSV line)
   * @param reason why it is skipped
   * @param text its first non-blank cells, masked and shortened; empty for a blank row
   */
  public record SkippedRow(int row, SkipReason reason, String text) {}

  /**
   * A data row of the preview.
   *
   * @param row the 1-based row (or CSV line)
   * @param cells the text of each cell by column, resident ID and mobile numbers masked, long texts
   *     shortened
   */
  public record PreviewRow(int row, List<String> cells) {

    /** Copies the list. */
    public PreviewRow {
      cells = List.copyOf(cells);
    }
  }

  /**
   * A problem the reader reported outside the data rows.
   *
   * @param code the issue code, such as {@code IO-HEADER-MISSING}
   * @param where the place: sheet and cell or row, or CSV line and column
   * @param value the value concerned, masked where personal
   */
  public record Problem(String code, String where, String value) {}

  /**
   * The JSON form: an object with {@code source}, {@code format}, {@code sheets}, {@code problems}.
   */
  public String toJson() {
    return InspectionJson.write(this);
  }

  /** The JSON form of several inspections: an array of their objects. */
  public static String toJson(List<RosterInspection> inspections) {
    return InspectionJson.write(inspections, true);
  }
}
