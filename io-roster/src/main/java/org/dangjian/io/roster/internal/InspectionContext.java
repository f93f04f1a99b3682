package org.dangjian.io.roster.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.util.CellReference;
import org.dangjian.core.id.MobileNumber;
import org.dangjian.core.id.PersonalNumbers;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.id.SocialCreditCode;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.internal.PersonalData;
import org.dangjian.io.roster.RosterColumn;
import org.dangjian.io.roster.RosterInspection;
import org.dangjian.io.roster.RosterInspection.Column;
import org.dangjian.io.roster.RosterInspection.PreviewRow;
import org.dangjian.io.roster.RosterInspection.SkipReason;
import org.dangjian.io.roster.RosterInspection.SkippedRow;
import org.dangjian.io.roster.RosterInspection.Status;
import org.dangjian.io.roster.RosterInspection.Use;
import org.dangjian.io.spi.ReadContext;
import org.dangjian.validation.InputProblem;

/**
 * The read context of {@code RosterInspector}: a {@link ReadContext} that drops the records and
 * keeps the problems reported outside data rows, and a {@link SheetObserver} that builds the {@link
 * RosterInspection.Sheet} of each roster from what {@link RosterSheet} decided. Cells shown are
 * masked: resident ID and mobile columns by {@link PersonalData}, every other text by {@link
 * PersonalNumbers#scrub}.
 */
public final class InspectionContext implements ReadContext, SheetObserver {

  /** How many data rows each sheet's preview holds. */
  public static final int PREVIEW = 5;

  /** How many skipped rows each sheet lists. */
  public static final int MAX_SKIPPED = 200;

  private static final int MAX_TEXT = 60;

  private final ImportOptions options;
  private final List<RosterInspection.Sheet> sheets = new ArrayList<>();
  private final List<RosterInspection.Problem> problems = new ArrayList<>();
  private SheetState current;

  /** A context reading with {@code options}. */
  public InspectionContext(ImportOptions options) {
    this.options = options;
  }

  /** The sheets seen, in order; ends the last one. */
  public List<RosterInspection.Sheet> sheets() {
    if (current != null) {
      sheets.add(current.build());
      current = null;
    }
    return sheets;
  }

  /** The problems reported outside data rows. */
  public List<RosterInspection.Problem> problems() {
    return problems;
  }

  /** The place of {@code at} as a user reads it: {@code 花名册!F12}, {@code 花名册!12} or {@code 3:7}. */
  public static String where(Location at) {
    StringBuilder b = new StringBuilder();
    at.sheet().ifPresent(s -> b.append(s).append('!'));
    if (at.cell().isPresent()) {
      b.append(at.cell().get());
    } else if (at.row().isPresent()) {
      b.append(at.row().getAsInt());
    } else if (at.line().isPresent()) {
      b.append(at.line().getAsInt());
      at.column().ifPresent(c -> b.append(':').append(c));
    }
    return b.toString();
  }

  @Override
  public void begin(String sheet) {
    sheets();
    current = new SheetState(sheet);
  }

  @Override
  public void blank(RowCells row) {
    current.skip(BufferedRow.of(row).number(), SkipReason.BLANK, "");
  }

  @Override
  public void notRoster(List<BufferedRow> scanned) {
    current.status = Status.NOT_A_ROSTER;
  }

  @Override
  public void header(
      List<BufferedRow> above,
      LayoutDetector.Header header,
      List<BufferedRow> headerRows,
      Optional<RosterHeaders.Layout> layout) {
    for (BufferedRow row : above) {
      String text = summary(row);
      boolean unit = text.contains("单位") || text.contains("日期") || text.contains("时间：");
      current.skip(row.number(), unit ? SkipReason.UNIT : SkipReason.TITLE, text);
    }
    headerRows.forEach(row -> current.headerRows.add(row.number()));
    current.layout = layout.orElse(null);
    current.status = layout.isPresent() ? Status.READ : Status.HEADER_UNUSABLE;
    for (int i = 0; i < header.headers().size(); i++) {
      final int at = i;
      String text = header.headers().get(i);
      RosterColumn field = layout.map(l -> l.column(at)).orElse(null);
      String extra = layout.map(l -> l.extra(at)).orElse(null);
      if (text.isEmpty() && field == null && extra == null) {
        continue;
      }
      Use use = field != null ? Use.FIELD : extra != null ? Use.EXTRA : Use.IGNORED;
      current.columns.add(
          new Column(
              CellReference.convertNumToColString(i),
              text,
              use,
              Optional.ofNullable(field),
              Optional.ofNullable(extra)));
    }
  }

  @Override
  public void data(RowCells row, RosterHeaders.Layout layout) {
    current.dataRows++;
    if (current.preview.size() >= PREVIEW) {
      return;
    }
    List<String> cells = new ArrayList<>();
    int width = Math.max(row.size(), layout.headers().size());
    for (int i = 0; i < width; i++) {
      String text = i < row.size() && row.text(i) != null ? row.text(i).strip() : "";
      cells.add(masked(layout.column(i), text));
    }
    current.preview.add(new PreviewRow(BufferedRow.of(row).number(), cells));
  }

  @Override
  public void footer(RowCells row) {
    BufferedRow copy = BufferedRow.of(row);
    current.skip(copy.number(), SkipReason.FOOTER, summary(copy));
  }

  /** {@code text} of a cell of {@code column} (null for an extra or ignored one), masked. */
  private static String masked(RosterColumn column, String text) {
    if (text.isEmpty()) {
      return text;
    }
    if (column != null) {
      switch (column.type()) {
        case RESIDENT_ID -> {
          return PersonalData.maskIdText(text);
        }
        case MOBILE -> {
          return PersonalData.maskMobileText(text);
        }
        default -> {}
      }
    }
    return shorten(PersonalNumbers.scrub(text));
  }

  /** The first non-blank cells of {@code row}, masked and shortened. */
  private static String summary(BufferedRow row) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < row.size() && b.length() <= MAX_TEXT; i++) {
      String text = row.trimmed(i);
      if (!text.isEmpty()) {
        b.append(b.length() == 0 ? "" : " ").append(text);
      }
    }
    return shorten(PersonalNumbers.scrub(b));
  }

  private static String shorten(String text) {
    return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "…" : text;
  }

  @Override
  public ImportOptions options() {
    return options;
  }

  @Override
  public boolean shouldStop() {
    return false;
  }

  @Override
  public void stoppedEarly() {
    // the inspection says what was read; a stop is reported as its problem
  }

  @Override
  public void problem(
      InputProblem problem, Location location, String value, Map<String, String> arguments) {
    if (location.recordKind().isEmpty()
        && problem != InputProblem.LAYOUT
        && problem != InputProblem.HEADER_UNKNOWN
        && problem != InputProblem.COLUMN_NOT_KEPT) {
      problems.add(
          new RosterInspection.Problem(
              problem.code(), where(location), shorten(PersonalNumbers.scrub(value))));
    }
  }

  @Override
  public void record(RecordKind kind, Object record, Location location) {
    // an inspection keeps no records
  }

  @Override
  public void reject(Location location, String maskedRaw) {
    // a rejected row is still a data row of its sheet, counted there
  }

  @Override
  public Optional<ResidentIdNumber> residentIdNumber(String text, Location location) {
    return ResidentIdNumber.parse(text, options.asOf()).value();
  }

  @Override
  public Optional<MobileNumber> mobileNumber(String text, Location location) {
    return MobileNumber.parse(text).value();
  }

  @Override
  public Optional<SocialCreditCode> creditCode(String text, Location location) {
    return SocialCreditCode.parse(text).value();
  }

  /** The sheet being read. */
  private static final class SheetState {
    final String name;
    Status status = Status.EMPTY;
    RosterHeaders.Layout layout;
    final List<Integer> headerRows = new ArrayList<>();
    final List<Column> columns = new ArrayList<>();
    final List<SkippedRow> skipped = new ArrayList<>();
    final List<PreviewRow> preview = new ArrayList<>();
    long dataRows;

    SheetState(String name) {
      this.name = name;
    }

    void skip(int row, SkipReason reason, String text) {
      if (skipped.size() < MAX_SKIPPED) {
        skipped.add(new SkippedRow(row, reason, text));
      }
    }

    RosterInspection.Sheet build() {
      return new RosterInspection.Sheet(
          Optional.ofNullable(name),
          status,
          Optional.ofNullable(layout).map(RosterHeaders.Layout::roster),
          headerRows,
          columns,
          skipped,
          preview,
          dataRows);
    }
  }
}
