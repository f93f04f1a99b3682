package org.dangjian.io.roster.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dangjian.core.code.CodedValue;
import org.dangjian.core.code.Codes;
import org.dangjian.core.code.Gender;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.io.Roster;
import org.dangjian.io.internal.PersonalData;
import org.dangjian.io.roster.OrganizationColumn;
import org.dangjian.io.roster.RosterColumn;
import org.dangjian.io.roster.RosterMapping;
import org.dangjian.io.spi.ReadContext;
import org.dangjian.validation.InputProblem;

/**
 * Turns the rows of one roster into members or organizations, for both the CSV and the XLSX reader:
 * decodes every cell by its column's type, reports every problem of a row in one pass ({@code
 * IO-FORMULA}, {@code IO-VALUE}, {@code IO-MISSING-FIELD}, {@code IO-UNKNOWN-FIELD}; invalid
 * identifiers through the validation run, which keeps the record), and then accepts the record or
 * rejects the row with its raw cells, personal identifiers masked. Blank rows are skipped. Columns
 * the layout keeps as extras go into the record's {@code extras()}; the empty markers of offices
 * (无, 空, dashes, slashes) read as empty cells; an ID number stored as a number is {@code
 * IO-ID-AS-NUMBER}; rows of rosters without 编号 get derived ids ({@link RecordIds}); organization
 * names in member rows resolve through {@link OrganizationNames}. Each row is a {@link RosterRow}
 * (decoding and the steps after it), whose record {@link RosterRecords} builds; this class holds
 * what the rows of one roster share and decides between accepting and rejecting.
 */
public final class RosterRows {

  private static final int MAX_RAW_CELL = 100;

  final ReadContext context;
  final String source;
  final RosterHeaders.Layout layout;
  final boolean date1904;
  final RecordKind recordType;
  final OrganizationNames names;
  private final Map<String, Integer> fieldIndexes;
  RosterMapping mapping;
  private long index;
  boolean birthMonthReported;

  /** The date columns whose month-precision cells this roster has reported (IO-DATE-MONTH). */
  final Set<RosterColumn> monthReported = new HashSet<>();

  /**
   * Rows of {@code layout} from {@code source}; {@code firstIndex} is the record index of the first
   * row (records of one type are numbered across the sheets of a workbook).
   */
  public RosterRows(
      ReadContext context,
      String source,
      RosterHeaders.Layout layout,
      boolean date1904,
      long firstIndex) {
    this(context, source, layout, date1904, firstIndex, OrganizationNames.of(context));
  }

  /**
   * Rows of {@code layout} from {@code source}, resolving organization names in member rows against
   * {@code names}, the organizations read so far from the same file (to which the organizations of
   * these rows are added).
   */
  public RosterRows(
      ReadContext context,
      String source,
      RosterHeaders.Layout layout,
      boolean date1904,
      long firstIndex,
      OrganizationNames names) {
    this.names = names;
    this.context = context;
    this.source = source;
    this.layout = layout;
    this.date1904 = date1904;
    this.recordType = recordKind(layout.roster());
    this.index = firstIndex;
    Map<String, Integer> fields = new HashMap<>();
    for (int i = 0; i < layout.columns().size(); i++) {
      RosterColumn column = layout.column(i);
      if (column != null) {
        fields.put(column.fieldPath(), i);
      }
    }
    this.fieldIndexes = Map.copyOf(fields);
  }

  /** The kind of the records of {@code roster}'s rows. */
  public static RecordKind recordKind(Roster roster) {
    return switch (roster) {
      case MEMBERS -> RecordKind.MEMBER;
      case ORGANIZATIONS -> RecordKind.ORGANIZATION;
      case UNITS -> RecordKind.UNIT;
      case POINT_ENTRIES -> RecordKind.POINT_ENTRY;
      case TEAMS -> RecordKind.TEAM;
    };
  }

  /** Reads value maps, defaults and date patterns from {@code value} (null for none); this. */
  public RosterRows mapping(RosterMapping value) {
    this.mapping = value;
    return this;
  }

  /** The record index the next row gets. */
  public long nextIndex() {
    return index;
  }

  /** The roster of these rows. */
  public Roster roster() {
    return layout.roster();
  }

  /** True when every cell of {@code cells} is absent or blank. */
  public static boolean isBlank(RowCells cells) {
    for (int i = 0; i < cells.size(); i++) {
      String text = cells.text(i);
      if (cells.isFormula(i) || (text != null && !text.isBlank())) {
        return false;
      }
    }
    return true;
  }

  /** Decodes one row (not blank) and accepts or rejects it. */
  public void row(RowCells cells) {
    long recordIndex = index++;
    Optional<String> recordId = recordId(cells);
    RosterRow row = new RosterRow(this, cells, recordIndex, recordId);
    for (int i = 0; i < Math.max(cells.size(), layout.headers().size()); i++) {
      row.decode(i);
    }
    if (mapping != null) {
      row.applyDefaults(mapping);
    }
    row.completeBirthDate();
    row.deriveStage();
    for (RosterColumn column : RosterHeaders.columns(layout.roster())) {
      if (column.required()
          && !row.values.containsKey(column)
          && !row.failed.contains(column)
          && layout.indexOf(column) >= 0) {
        int at = layout.indexOf(column);
        row.problem(
            InputProblem.MISSING_FIELD,
            row.at(at, column),
            "",
            Map.of("field", at >= 0 ? layout.headers().get(at) : column.header()));
      }
    }
    row.deriveId();
    if (!row.bad && layout.roster() == Roster.MEMBERS) {
      row.resolveOrganization();
      RowNames.resolveUnit(row);
    } else if (!row.bad) {
      RowNames.resolveNamedOrganizations(row);
    }
    Location location = row.location(cells.row());
    if (!row.bad) {
      try {
        FieldCells fields = FieldCells.of(cells, fieldIndexes, location);
        switch (layout.roster()) {
          case MEMBERS ->
              context.record(RecordKind.MEMBER, RosterRecords.member(row), location, fields);
          case ORGANIZATIONS -> {
            Optional<Organization> organization = RosterRecords.organization(row, layout);
            if (organization.isPresent()) {
              names.add(organization.get());
              context.record(RecordKind.ORGANIZATION, organization.get(), location, fields);
            }
          }
          case UNITS ->
              PlatformRecords.unit(row, layout)
                  .ifPresent(u -> context.record(RecordKind.UNIT, u, location, fields));
          case POINT_ENTRIES ->
              context.record(
                  RecordKind.POINT_ENTRY, PlatformRecords.pointEntry(row), location, fields);
          case TEAMS ->
              context.record(RecordKind.TEAM, PlatformRecords.team(row), location, fields);
        }
      } catch (IllegalStateException e) {
        // an organization dissolved before it was founded: impossible, so not a record
        int at = layout.indexOf(OrganizationColumn.DISSOLVED_ON);
        row.problem(
            InputProblem.VALUE,
            row.at(at, OrganizationColumn.DISSOLVED_ON),
            String.valueOf(row.values.get(OrganizationColumn.DISSOLVED_ON)),
            Map.of(
                "field",
                layout.headers().get(at),
                "expected",
                "不早于成立日期的日期",
                "expectedEn",
                "a date not before the founding date"));
      }
    }
    if (row.bad) {
      context.reject(location, masked(cells));
    }
  }

  /**
   * True when cell {@code i} is a spreadsheet formula, or text that {@link FormulaCells} takes for
   * one; a numeric XLSX cell (such as -5) never is.
   */
  static boolean isFormula(RowCells cells, int i, String raw) {
    return cells.isFormula(i) || (!cells.isNumber(i) && FormulaCells.isFormula(raw));
  }

  private Optional<String> recordId(RowCells cells) {
    int at = layout.indexOf(RosterHeaders.idColumn(layout.roster()));
    String text = at >= 0 && at < cells.size() ? cells.text(at) : null;
    if (text == null || isFormula(cells, at, text)) {
      return Optional.empty();
    }
    String value = FormulaCells.unneutralize(text);
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  static String shown(RosterColumn column, String raw) {
    String text = raw.length() > MAX_RAW_CELL ? raw.substring(0, MAX_RAW_CELL) + "…" : raw;
    if (column == null) {
      return text;
    }
    return switch (column.type()) {
      case RESIDENT_ID -> PersonalData.maskIdText(raw.strip());
      case MOBILE -> PersonalData.maskMobileText(raw.strip());
      default -> text;
    };
  }

  private String masked(RowCells cells) {
    StringBuilder raw = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String text = cells.text(i);
      if (text == null || text.isBlank()) {
        continue;
      }
      if (raw.length() > 0) {
        raw.append(", ");
      }
      RosterColumn column = layout.column(i);
      String header = i < layout.headers().size() ? layout.headers().get(i) : "";
      raw.append(header.isEmpty() ? "#" + (i + 1) : header).append('=').append(shown(column, text));
    }
    return raw.toString();
  }

  /** What a cell of {@code column} must hold, in Chinese or English. */
  public static String expected(RosterColumn column, boolean english) {
    return switch (column.type()) {
      case DATE ->
          english
              ? "a date (yyyy-MM-dd, yyyy/M/d, yyyy.MM.dd, yyyy年M月d日 or an Excel serial number)"
              : "日期（yyyy-MM-dd、yyyy/M/d、yyyy.MM.dd、yyyy年M月d日或 Excel 日期序号）";
      case CODE -> {
        CodedValue example = column.codeType().orElseThrow().getEnumConstants()[0];
        if (column.codeType().get() == Gender.class) {
          example = Gender.MALE;
        }
        String e = example.code() + ", " + example.label() + ", " + ((Enum<?>) example).name();
        yield english
            ? "a code, Chinese label or constant name of "
                + column.englishHeader()
                + " (e.g. "
                + e
                + ")"
            : column.header() + "的代码、中文名称或常量名（如 " + e.replace(", ", "、") + "）";
      }
      case INTEGER -> english ? "a whole number, zero or more" : "非负整数";
      case SIGNED_INTEGER -> english ? "a whole number (negative for a deduction)" : "整数（扣分为负数）";
      default -> english ? "text" : "文本";
    };
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static Optional<CodedValue> lookup(Class<? extends CodedValue> type, String text) {
    return Codes.lookup((Class) type, text);
  }
}
