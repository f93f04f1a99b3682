package org.dangjian.io.roster.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjian.core.code.CodedValue;
import org.dangjian.core.code.Codes;
import org.dangjian.core.code.Education;
import org.dangjian.core.code.Ethnicity;
import org.dangjian.core.code.Gender;
import org.dangjian.core.code.Occupation;
import org.dangjian.core.id.MobileNumber;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.id.SocialCreditCode;
import org.dangjian.core.member.Development;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.ImmutableDevelopment;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.member.ProbationExtension;
import org.dangjian.core.member.StepCoverage;
import org.dangjian.core.member.StepRecord;
import org.dangjian.core.organization.Committee;
import org.dangjian.core.organization.HostUnit;
import org.dangjian.core.organization.ImmutableHostUnit;
import org.dangjian.core.organization.ImmutableOrganization;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.Ownership;
import org.dangjian.core.organization.UnitType;
import org.dangjian.core.record.ImmutableLocation;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.io.Roster;
import org.dangjian.io.internal.PersonalData;
import org.dangjian.io.roster.MemberColumn;
import org.dangjian.io.roster.OrganizationColumn;
import org.dangjian.io.roster.RosterColumn;
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
 * names in member rows resolve through {@link OrganizationNames}.
 */
public final class RosterRows {

  private static final int MAX_RAW_CELL = 100;

  private final ReadContext context;
  private final String source;
  private final RosterHeaders.Layout layout;
  private final boolean date1904;
  private final RecordKind recordType;
  private final OrganizationNames names;
  private long index;
  private boolean birthMonthReported;

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
    this.recordType =
        layout.roster() == Roster.MEMBERS ? RecordKind.MEMBER : RecordKind.ORGANIZATION;
    this.index = firstIndex;
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
    Row row = new Row(cells, recordIndex, recordId);
    for (int i = 0; i < Math.max(cells.size(), layout.headers().size()); i++) {
      row.decode(i);
    }
    row.completeBirthDate();
    for (RosterColumn column : RosterHeaders.columns(layout.roster())) {
      if (column.required()
          && !row.values.containsKey(column)
          && !row.failed.contains(column)
          && !(RecordIds.derivable(column) && layout.indexOf(column) < 0)) {
        int at = layout.indexOf(column);
        row.problem(
            InputProblem.MISSING_FIELD,
            row.at(at, column),
            "",
            Map.of("field", layout.headers().get(at)));
      }
    }
    row.deriveId();
    if (!row.bad && layout.roster() == Roster.MEMBERS) {
      row.resolveOrganization();
    }
    Location location = row.location(cells.row());
    if (!row.bad) {
      try {
        if (layout.roster() == Roster.MEMBERS) {
          context.member(member(row), location);
        } else {
          Optional<Organization> organization = organization(row);
          if (organization.isPresent()) {
            names.add(organization.get());
            context.organization(organization.get(), location);
          }
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
  private static boolean isFormula(RowCells cells, int i, String raw) {
    return cells.isFormula(i) || (!cells.isNumber(i) && FormulaCells.isFormula(raw));
  }

  private Optional<String> recordId(RowCells cells) {
    int at =
        layout.indexOf(layout.roster() == Roster.MEMBERS ? MemberColumn.ID : OrganizationColumn.ID);
    String text = at >= 0 && at < cells.size() ? cells.text(at) : null;
    if (text == null || isFormula(cells, at, text)) {
      return Optional.empty();
    }
    String value = FormulaCells.unneutralize(text);
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /** The decoded values and the problems of one row. */
  private final class Row {
    final RowCells cells;
    final long recordIndex;
    Optional<String> recordId;
    final Map<RosterColumn, Object> values = new HashMap<>();
    final Map<String, String> extras = new LinkedHashMap<>();
    YearMonth birthMonth;
    int birthMonthAt;
    String idText;
    final List<RosterColumn> failed = new ArrayList<>();
    boolean bad;

    Row(RowCells cells, long recordIndex, Optional<String> recordId) {
      this.cells = cells;
      this.recordIndex = recordIndex;
      this.recordId = recordId;
    }

    Location location(ImmutableLocation.Builder position) {
      position.source(source).recordKind(recordType).recordIndex(recordIndex);
      recordId.ifPresent(position::recordId);
      return position.build();
    }

    Location at(int cell, RosterColumn column) {
      ImmutableLocation.Builder position = cells.cell(cell);
      if (column != null) {
        position.fieldPath(column.fieldPath());
      }
      return location(position);
    }

    void problem(
        InputProblem problem, Location location, String value, Map<String, String> arguments) {
      bad = true;
      context.problem(problem, location, value, arguments);
    }

    void decode(int i) {
      String raw = cells.text(i);
      RosterColumn column = layout.column(i);
      String extra = layout.extra(i);
      if (raw == null || (raw.isBlank() && !cells.isFormula(i))) {
        if (extra != null) {
          // every record of a sheet has every extras label, so that writers keep its columns
          extras.put(extra, "");
        }
        return;
      }
      if (column == null && extra != null) {
        if (isFormula(cells, i, raw)) {
          problem(InputProblem.FORMULA, at(i, null), shown(null, raw), Map.of());
        } else {
          extras.put(extra, FormulaCells.unneutralize(raw));
        }
        return;
      }
      if (column == null && layout.isIgnored(i)) {
        return;
      }
      if (column != null && !cells.isFormula(i) && CellText.isEmptyMarker(raw)) {
        return;
      }
      if (column == null) {
        problem(
            InputProblem.UNKNOWN_FIELD,
            at(i, null),
            shown(null, raw),
            Map.of("field", "#" + (i + 1)));
        return;
      }
      if (isFormula(cells, i, raw)) {
        failed.add(column);
        problem(InputProblem.FORMULA, at(i, column), shown(column, raw), Map.of());
        return;
      }
      String text = FormulaCells.unneutralize(raw);
      Location location = at(i, column);
      Object value =
          switch (column.type()) {
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
              Optional<LocalDate> date = CellText.date(text, date1904);
              if (date.isEmpty()) {
                yield invalid(column, i, text, location);
              }
              yield date.get();
            }
            case CODE -> {
              Optional<CodedValue> code = lookup(column.codeType().orElseThrow(), text);
              if (code.isEmpty()) {
                yield invalid(column, i, text, location);
              }
              yield code.get();
            }
            case INTEGER -> {
              Optional<Long> number = CellText.wholeNumber(text);
              if (number.isEmpty() || number.get() < 0 || number.get() > Integer.MAX_VALUE) {
                yield invalid(column, i, text, location);
              }
              yield number.get().intValue();
            }
            case RESIDENT_ID -> {
              if (cells.isNumber(i) || CellText.looksLikeStoredNumber(text)) {
                // the digits are lost: reported here, never as a checksum error of a wrong number
                context.problem(
                    InputProblem.ID_AS_NUMBER,
                    location,
                    CellText.looksLikeStoredNumber(text) && text.contains("E")
                        ? text.strip()
                        : PersonalData.maskIdText(text.strip()),
                    Map.of());
                yield null;
              }
              idText = text;
              yield context.residentIdNumber(text, location).orElse(null);
            }
            case MOBILE -> context.mobileNumber(text, location).orElse(null);
            case CREDIT_CODE -> context.creditCode(text, location).orElse(null);
          };
      if (value != null) {
        values.put(column, value);
      }
    }

    /**
     * Completes a month-precision 出生年月 from the ID number when its birth month agrees; otherwise
     * records the 1st of the month (the validation then reports a disagreement with the ID number
     * as {@code ID-BIRTH}, naming both dates; without an ID number, once per roster as {@code
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
      if (id == null && !birthMonthReported) {
        birthMonthReported = true;
        context.problem(
            InputProblem.BIRTH_MONTH,
            at(birthMonthAt, MemberColumn.BIRTH_DATE),
            cells.text(birthMonthAt).strip(),
            Map.of());
      }
    }

    /** Gives a row of a roster without 编号 its derived id ({@link RecordIds}). */
    void deriveId() {
      RosterColumn idColumn =
          layout.roster() == Roster.MEMBERS ? MemberColumn.ID : OrganizationColumn.ID;
      RosterColumn nameColumn =
          layout.roster() == Roster.MEMBERS ? MemberColumn.NAME : OrganizationColumn.NAME;
      String name = get(nameColumn);
      if (layout.indexOf(idColumn) >= 0 || name == null) {
        return;
      }
      String id;
      if (layout.roster() == Roster.MEMBERS) {
        Location at = cells.row().build();
        long position = at.row().isPresent() ? at.row().getAsInt() : at.line().orElse(0);
        id = RecordIds.member(at.sheet().orElse(""), name, idText, position);
      } else {
        id = RecordIds.organization(name);
      }
      values.put(idColumn, id);
      recordId = Optional.of(id);
    }

    /**
     * Resolves the organization a member row names: against the organizations read from the same
     * file, or from the files read before it in the same import, when there are any; otherwise, in
     * a roster without 编号 (an office roster, which names organizations), through a placeholder
     * organization created once per name.
     */
    void resolveOrganization() {
      String text = get(MemberColumn.ORGANIZATION_ID);
      if (text == null) {
        return;
      }
      int at = layout.indexOf(MemberColumn.ORGANIZATION_ID);
      if (names.hasOrganizations()) {
        OrganizationNames.Resolution resolution = names.resolve(text);
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
      if (layout.indexOf(MemberColumn.ID) >= 0) {
        return;
      }
      Organization placeholder = names.placeholder(text);
      if (placeholder != null) {
        Location where =
            cells
                .cell(at)
                .source(source)
                .recordKind(RecordKind.ORGANIZATION)
                .recordId(placeholder.id())
                .build();
        context.problem(
            InputProblem.PLACEHOLDER_ORG, where, text.strip(), Map.of("id", placeholder.id()));
        context.organization(placeholder, where);
      }
      values.put(MemberColumn.ORGANIZATION_ID, names.placeholderId(text));
    }

    private Object invalid(RosterColumn column, int i, String text, Location location) {
      failed.add(column);
      String header = layout.headers().get(i);
      problem(
          InputProblem.VALUE,
          location,
          shown(column, text),
          Map.of(
              "field",
              header,
              "expected",
              expected(column, false),
              "expectedEn",
              expected(column, true)));
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

  private static String shown(RosterColumn column, String raw) {
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
      default -> english ? "text" : "文本";
    };
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Optional<CodedValue> lookup(Class<? extends CodedValue> type, String text) {
    return Codes.lookup((Class) type, text);
  }

  private static Member member(Row row) {
    ImmutableMember.Builder b =
        Member.builder()
            .id(row.<String>get(MemberColumn.ID))
            .name(row.<String>get(MemberColumn.NAME))
            .gender(row.<Gender>get(MemberColumn.GENDER))
            .birthDate(row.<LocalDate>get(MemberColumn.BIRTH_DATE))
            .stage(row.<MemberStage>get(MemberColumn.STAGE))
            .organizationId(row.<String>get(MemberColumn.ORGANIZATION_ID))
            .ethnicity(row.<Ethnicity>optional(MemberColumn.ETHNICITY))
            .idNumber(row.<ResidentIdNumber>optional(MemberColumn.ID_NUMBER))
            .education(row.<Education>optional(MemberColumn.EDUCATION))
            .partyGroupId(row.<String>optional(MemberColumn.PARTY_GROUP_ID))
            .phone(row.<MobileNumber>optional(MemberColumn.PHONE))
            .employer(row.<String>optional(MemberColumn.EMPLOYER))
            .jobTitle(row.<String>optional(MemberColumn.JOB_TITLE))
            .occupation(row.<Occupation>optional(MemberColumn.OCCUPATION))
            .lostContactSince(row.<LocalDate>optional(MemberColumn.LOST_CONTACT_SINCE))
            .putAllExtras(row.extras);
    Development development =
        development(
            row.get(MemberColumn.APPLICATION_DATE),
            row.get(MemberColumn.ACTIVIST_DATE),
            row.get(MemberColumn.TARGET_DATE),
            row.get(MemberColumn.ADMISSION_DATE),
            row.get(MemberColumn.FULL_MEMBERSHIP_DATE));
    if (!development.steps().isEmpty()) {
      b.development(development);
    }
    return b.build();
  }

  /**
   * The development record of the five roster dates (any may be null), with coverage {@code
   * MILESTONES} (an absent step is unknown, not missing): steps 1, 3, 7, 15 and 24, and an
   * extension of the probation when the end of probation falls 1 to 12 whole months after the first
   * anniversary of the admission.
   */
  public static Development development(
      LocalDate application,
      LocalDate activist,
      LocalDate target,
      LocalDate admission,
      LocalDate fullMembership) {
    ImmutableDevelopment.Builder d = Development.builder().coverage(StepCoverage.MILESTONES);
    Map<DevelopmentStep, LocalDate> steps = new EnumMap<>(DevelopmentStep.class);
    steps.put(DevelopmentStep.APPLICATION, application);
    steps.put(DevelopmentStep.ACTIVIST_DESIGNATION, activist);
    steps.put(DevelopmentStep.TARGET_DESIGNATION, target);
    steps.put(DevelopmentStep.ADMISSION_MEETING, admission);
    steps.put(DevelopmentStep.CONVERSION_APPROVAL, fullMembership);
    steps.forEach(
        (step, date) -> {
          if (date != null) {
            d.addStep(StepRecord.of(step, date));
          }
        });
    if (admission != null && fullMembership != null) {
      LocalDate anniversary = admission.plusYears(1);
      for (int months = 1; months <= 12; months++) {
        if (anniversary.plusMonths(months).equals(fullMembership)) {
          d.probationExtension(ProbationExtension.of(anniversary, months));
          break;
        }
      }
    }
    return d.build();
  }

  private Optional<Organization> organization(Row row) {
    ImmutableOrganization.Builder b =
        Organization.builder()
            .id(row.<String>get(OrganizationColumn.ID))
            .name(row.<String>get(OrganizationColumn.NAME))
            .kind(row.<OrganizationKind>get(OrganizationColumn.KIND))
            .parentId(row.<String>optional(OrganizationColumn.PARENT_ID))
            .foundedOn(row.<LocalDate>optional(OrganizationColumn.FOUNDED_ON))
            .dissolvedOn(row.<LocalDate>optional(OrganizationColumn.DISSOLVED_ON))
            .putAllExtras(row.extras);
    Optional<LocalDate> elected = row.optional(OrganizationColumn.COMMITTEE_ELECTED_ON);
    Optional<Integer> term = row.optional(OrganizationColumn.COMMITTEE_TERM_YEARS);
    if (elected.isPresent() != term.isPresent()) {
      OrganizationColumn absent =
          elected.isPresent()
              ? OrganizationColumn.COMMITTEE_TERM_YEARS
              : OrganizationColumn.COMMITTEE_ELECTED_ON;
      OrganizationColumn given =
          elected.isPresent()
              ? OrganizationColumn.COMMITTEE_ELECTED_ON
              : OrganizationColumn.COMMITTEE_TERM_YEARS;
      int at = layout.indexOf(absent);
      row.problem(
          InputProblem.MISSING_FIELD,
          row.at(at >= 0 ? at : layout.indexOf(given), absent),
          "",
          Map.of("field", at >= 0 ? layout.headers().get(at) : absent.header()));
      return Optional.empty();
    }
    if (elected.isPresent()) {
      if (term.get() <= 0) {
        int at = layout.indexOf(OrganizationColumn.COMMITTEE_TERM_YEARS);
        row.problem(
            InputProblem.VALUE,
            row.at(at, OrganizationColumn.COMMITTEE_TERM_YEARS),
            String.valueOf(term.get()),
            Map.of(
                "field",
                layout.headers().get(at),
                "expected",
                "正整数（年）",
                "expectedEn",
                "a positive number of years"));
        return Optional.empty();
      }
      b.addCommittee(Committee.builder().electedOn(elected.get()).termYears(term.get()).build());
    }
    Optional<String> unitName = row.optional(OrganizationColumn.UNIT_NAME);
    if (unitName.isPresent()) {
      ImmutableHostUnit.Builder unit =
          HostUnit.builder()
              .name(unitName.get())
              .creditCode(row.<SocialCreditCode>optional(OrganizationColumn.UNIT_CREDIT_CODE))
              .ownership(row.<Ownership>optional(OrganizationColumn.UNIT_OWNERSHIP));
      row.<UnitType>optional(OrganizationColumn.UNIT_TYPE).ifPresent(unit::type);
      row.<Integer>optional(OrganizationColumn.UNIT_EMPLOYEE_COUNT).ifPresent(unit::employeeCount);
      b.hostUnit(unit.build());
    } else {
      for (OrganizationColumn column :
          List.of(
              OrganizationColumn.UNIT_CREDIT_CODE,
              OrganizationColumn.UNIT_TYPE,
              OrganizationColumn.UNIT_OWNERSHIP,
              OrganizationColumn.UNIT_EMPLOYEE_COUNT)) {
        int at = layout.indexOf(column);
        String text = at >= 0 && at < row.cells.size() ? row.cells.text(at) : null;
        if (text != null && !text.isBlank()) {
          int nameAt = layout.indexOf(OrganizationColumn.UNIT_NAME);
          row.problem(
              InputProblem.MISSING_FIELD,
              row.at(nameAt >= 0 ? nameAt : at, OrganizationColumn.UNIT_NAME),
              "",
              Map.of(
                  "field",
                  nameAt >= 0
                      ? layout.headers().get(nameAt)
                      : OrganizationColumn.UNIT_NAME.header()));
          return Optional.empty();
        }
      }
    }
    return Optional.of(b.build());
  }
}
