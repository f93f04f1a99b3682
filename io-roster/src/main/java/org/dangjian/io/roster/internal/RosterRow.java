package org.dangjian.io.roster.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjian.core.code.CodedValue;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.record.ImmutableLocation;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.io.Roster;
import org.dangjian.io.internal.PersonalData;
import org.dangjian.io.roster.ColumnType;
import org.dangjian.io.roster.MemberColumn;
import org.dangjian.io.roster.PointColumn;
import org.dangjian.io.roster.RosterColumn;
import org.dangjian.io.roster.RosterMapping;
import org.dangjian.validation.InputProblem;

/**
 * One row of a roster as {@link RosterRows} decodes it: the value of each known cell by column, the
 * extras, the problems of the row (any problem marks the row bad, so it is rejected with its raw
 * cells), and the steps after decoding: a month-precision 出生年月 completed from the ID number, the
 * derived id of a row without 编号 ({@link RecordIds}), and the organization a member row names
 * ({@link OrganizationNames}, or a placeholder). {@link RosterRecords} builds the record from it.
 */
final class RosterRow {

  private final RosterRows rows;
  final RowCells cells;
  final long recordIndex;
  Optional<String> recordId;
  final Map<RosterColumn, Object> values = new HashMap<>();

  /** The unit a member row's 工作单位 names, set by {@link #resolveUnit}; null otherwise. */
  String unitId;

  final Map<String, String> extras = new LinkedHashMap<>();
  YearMonth birthMonth;
  int birthMonthAt;
  String idText;
  final List<RosterColumn> failed = new ArrayList<>();
  boolean bad;

  RosterRow(RosterRows rows, RowCells cells, long recordIndex, Optional<String> recordId) {
    this.rows = rows;
    this.cells = cells;
    this.recordIndex = recordIndex;
    this.recordId = recordId;
  }

  /** The rows this row belongs to. */
  RosterRows rows() {
    return rows;
  }

  Location location(ImmutableLocation.Builder position) {
    position.source(rows.source).recordKind(rows.recordType).recordIndex(recordIndex);
    recordId.ifPresent(position::recordId);
    return position.build();
  }

  Location at(int cell, RosterColumn column) {
    ImmutableLocation.Builder position = cell >= 0 ? cells.cell(cell) : cells.row();
    if (column != null) {
      position.fieldPath(column.fieldPath());
    }
    return location(position);
  }

  void problem(
      InputProblem problem, Location location, String value, Map<String, String> arguments) {
    bad = true;
    rows.context.problem(problem, location, value, arguments);
  }

  void decode(int i) {
    String raw = cells.text(i);
    RosterColumn column = rows.layout.column(i);
    String extra = rows.layout.extra(i);
    if (raw == null || (raw.isBlank() && !cells.isFormula(i))) {
      if (extra != null) {
        // every record of a sheet has every extras label, so that writers keep its columns
        extras.put(extra, "");
      }
      return;
    }
    if (column == null && extra != null) {
      if (RosterRows.isFormula(cells, i, raw)) {
        problem(InputProblem.FORMULA, at(i, null), RosterRows.shown(null, raw), Map.of());
      } else {
        extras.put(extra, FormulaCells.unneutralize(raw));
      }
      return;
    }
    if (column == null && rows.layout.isIgnored(i)) {
      return;
    }
    boolean mapped =
        column != null && rows.mapping != null && !rows.mapping.mapValue(column, raw).equals(raw);
    if (column != null && !mapped && !cells.isFormula(i) && CellText.isEmptyMarker(raw)) {
      return;
    }
    if (column == null) {
      problem(
          InputProblem.UNKNOWN_FIELD,
          at(i, null),
          RosterRows.shown(null, raw),
          Map.of("field", "#" + (i + 1)));
      return;
    }
    if (RosterRows.isFormula(cells, i, raw)) {
      failed.add(column);
      problem(InputProblem.FORMULA, at(i, column), RosterRows.shown(column, raw), Map.of());
      return;
    }
    String text = FormulaCells.unneutralize(raw);
    if (rows.mapping != null) {
      text = rows.mapping.mapValue(column, text);
    }
    Location location = at(i, column);
    Object value = value(column, i, text, location);
    if (value != null) {
      values.put(column, value);
    }
  }

  /**
   * Fills the fields a row leaves empty, or that the roster has no column of, with the defaults of
   * the mapping, read as the cell would be.
   */
  void applyDefaults(RosterMapping mapping) {
    for (Map.Entry<RosterColumn, String> d : mapping.defaults().entrySet()) {
      RosterColumn column = d.getKey();
      if (values.containsKey(column)
          || failed.contains(column)
          || (column == MemberColumn.BIRTH_DATE && birthMonth != null)) {
        continue;
      }
      int i = rows.layout.indexOf(column);
      Object value = value(column, i, d.getValue(), at(i, column));
      if (value != null) {
        values.put(column, value);
      }
    }
  }

  /**
   * The 1st of the month a month-precision date cell names (入党时间 {@code 2001.07}), reported once
   * per column of the roster as {@code IO-DATE-MONTH} so that the reader's choice is seen.
   */
  private LocalDate monthStart(
      RosterColumn column, int i, String text, Location location, YearMonth month) {
    if (rows.monthReported.add(column)) {
      String field = i >= 0 ? rows.layout.headers().get(i) : column.header();
      rows.context.problem(InputProblem.DATE_MONTH, location, text.strip(), Map.of("field", field));
    }
    return month.atDay(1);
  }

  /** The value of {@code text} in column {@code column} (cell {@code i}, or -1), or null. */
  private Object value(RosterColumn column, int i, String text, Location location) {
    return switch (column.type()) {
      case TEXT -> text;
      case DATE -> {
        // 出生年月 first: 198506 is June 1985, not the Excel serial of a day in 2443
        Optional<YearMonth> month =
            column == MemberColumn.BIRTH_DATE ? CellText.month(text) : Optional.empty();
        if (month.isPresent()) {
          birthMonth = month.get();
          birthMonthAt = i;
          yield null;
        }
        // the mapping's own patterns first: 19850612 is a day, not an Excel serial number
        Optional<LocalDate> date =
            rows.mapping != null ? rows.mapping.date(text) : Optional.empty();
        if (date.isEmpty() && column != MemberColumn.BIRTH_DATE) {
          // 入党时间 2001.07, 200107: a month, before 200107 could pass for an Excel serial
          date = CellText.month(text).map(m -> monthStart(column, i, text, location, m));
        }
        if (date.isEmpty()) {
          date = CellText.date(text, rows.date1904);
        }
        if (date.isEmpty()) {
          yield invalid(column, i, text, location);
        }
        yield date.get();
      }
      case CODE -> {
        Optional<CodedValue> code = RosterRows.lookup(column.codeType().orElseThrow(), text);
        if (code.isEmpty()) {
          yield invalid(column, i, text, location);
        }
        yield code.get();
      }
      case INTEGER, SIGNED_INTEGER -> {
        String digits = text.strip();
        boolean negative = column.type() == ColumnType.SIGNED_INTEGER && digits.startsWith("-");
        Optional<Long> number = CellText.wholeNumber(negative ? digits.substring(1) : digits);
        if (number.isEmpty() || number.get() < 0 || number.get() > Integer.MAX_VALUE) {
          yield invalid(column, i, text, location);
        }
        yield negative ? -number.get().intValue() : number.get().intValue();
      }
      case RESIDENT_ID -> {
        if ((i >= 0 && cells.isNumber(i)) || CellText.looksLikeStoredNumber(text)) {
          // the digits are lost: reported here, never as a checksum error of a wrong number
          rows.context.problem(
              InputProblem.ID_AS_NUMBER,
              location,
              CellText.looksLikeStoredNumber(text) && text.contains("E")
                  ? text.strip()
                  : PersonalData.maskIdText(text.strip()),
              Map.of());
          yield null;
        }
        idText = text;
        yield rows.context.residentIdNumber(text, location).orElse(null);
      }
      case MOBILE -> rows.context.mobileNumber(text, location).orElse(null);
      case CREDIT_CODE -> rows.context.creditCode(text, location).orElse(null);
    };
  }

  /**
   * Completes a month-precision 出生年月 from the ID number when its birth month agrees; otherwise
   * records the 1st of the month (the validation then reports a disagreement with the ID number as
   * {@code ID-BIRTH}, naming both dates; without an ID number, once per roster as {@code
   * IO-BIRTH-MONTH}).
   */
  void completeBirthDate() {
    if (birthMonth == null || values.containsKey(MemberColumn.BIRTH_DATE)) {
      return;
    }
    ResidentIdNumber id = get(MemberColumn.ID_NUMBER);
    if (id != null && YearMonth.from(id.birthDate()).equals(birthMonth)) {
      values.put(MemberColumn.BIRTH_DATE, id.birthDate());
      return;
    }
    values.put(MemberColumn.BIRTH_DATE, birthMonth.atDay(1));
    if (id == null && !rows.birthMonthReported) {
      rows.birthMonthReported = true;
      rows.context.problem(
          InputProblem.BIRTH_MONTH,
          at(birthMonthAt, MemberColumn.BIRTH_DATE),
          cells.text(birthMonthAt).strip(),
          Map.of());
    }
  }

  /**
   * Gives a row of a member roster without 人员类别 its stage from its dates, as the 党员花名册 party
   * offices keep lists party members only: with a 转正时间 a full member, with only an 入党时间 a
   * probationary one (so that an old admission without a recorded 转正时间 meets the probation rules
   * instead of passing unseen). A row with neither date has no stage: its 入党时间 is reported missing.
   * The layout issue of the sheet says the stage was derived ({@link
   * RosterHeaders.Layout#stageDerived()}).
   */
  void deriveStage() {
    if (!rows.layout.stageDerived()) {
      return;
    }
    if (values.containsKey(MemberColumn.FULL_MEMBERSHIP_DATE)) {
      values.put(MemberColumn.STAGE, MemberStage.FULL);
    } else if (values.containsKey(MemberColumn.ADMISSION_DATE)) {
      values.put(MemberColumn.STAGE, MemberStage.PROBATIONARY);
    } else if (!failed.contains(MemberColumn.ADMISSION_DATE)
        && !failed.contains(MemberColumn.FULL_MEMBERSHIP_DATE)) {
      int at = rows.layout.indexOf(MemberColumn.ADMISSION_DATE);
      problem(
          InputProblem.MISSING_FIELD,
          at(at, MemberColumn.ADMISSION_DATE),
          "",
          Map.of("field", rows.layout.headers().get(at)));
    }
  }

  /** Gives a row of a roster without 编号 its derived id ({@link RecordIds}). */
  void deriveId() {
    Roster roster = rows.layout.roster();
    RosterColumn idColumn = RosterHeaders.idColumn(roster);
    String name = get(RosterHeaders.nameColumn(roster));
    if (rows.layout.indexOf(idColumn) >= 0 || name == null) {
      return;
    }
    Location at = cells.row().build();
    long position = at.row().isPresent() ? at.row().getAsInt() : at.line().orElse(0);
    String id =
        switch (roster) {
          case MEMBERS -> RecordIds.member(at.sheet().orElse(""), name, idText, position);
          case ORGANIZATIONS -> RecordIds.organization(name);
          case UNITS -> RecordIds.unit(name);
          case TEAMS -> RecordIds.team(name);
          case POINT_ENTRIES ->
              RecordIds.pointEntry(
                  at.sheet().orElse(""),
                  position,
                  name,
                  values.get(PointColumn.DATE),
                  values.get(PointColumn.POINTS));
        };
    values.put(idColumn, id);
    recordId = Optional.of(id);
  }

  /**
   * Resolves the organization a member row names: against the organizations read from the same
   * file, or from the files read before it in the same import, when there are any; otherwise, in a
   * roster without 编号 (an office roster, which names organizations), through a placeholder
   * organization created once per name.
   */
  void resolveOrganization() {
    String text = get(MemberColumn.ORGANIZATION_ID);
    if (text == null) {
      return;
    }
    int at = rows.layout.indexOf(MemberColumn.ORGANIZATION_ID);
    if (rows.names.hasOrganizations()) {
      OrganizationNames.Resolution resolution = rows.names.resolve(text);
      if (resolution instanceof OrganizationNames.Found found) {
        values.put(MemberColumn.ORGANIZATION_ID, found.id());
      } else if (resolution instanceof OrganizationNames.Ambiguous ambiguous) {
        problem(
            InputProblem.ORG_AMBIGUOUS,
            at(at, MemberColumn.ORGANIZATION_ID),
            text,
            Map.of("candidates", String.join("、", ambiguous.candidates())));
      }
      return;
    }
    if (rows.layout.indexOf(MemberColumn.ID) >= 0) {
      return;
    }
    Organization placeholder = rows.names.placeholder(text);
    if (placeholder != null) {
      Location where =
          cells
              .cell(at)
              .source(rows.source)
              .recordKind(RecordKind.ORGANIZATION)
              .recordId(placeholder.id())
              .build();
      rows.context.problem(
          InputProblem.PLACEHOLDER_ORG, where, text.strip(), Map.of("id", placeholder.id()));
      rows.context.organization(placeholder, where);
    }
    values.put(MemberColumn.ORGANIZATION_ID, rows.names.placeholderId(text));
  }

  private Object invalid(RosterColumn column, int i, String text, Location location) {
    failed.add(column);
    String header = i >= 0 ? rows.layout.headers().get(i) : column.header();
    problem(
        InputProblem.VALUE,
        location,
        RosterRows.shown(column, text),
        Map.of(
            "field",
            header,
            "expected",
            RosterRows.expected(column, false),
            "expectedEn",
            RosterRows.expected(column, true)));
    return null;
  }

  @SuppressWarnings("unchecked")
  <T> T get(RosterColumn column) {
    return (T) values.get(column);
  }

  <T> Optional<T> optional(RosterColumn column) {
    return Optional.ofNullable(get(column));
  }
}
