package org.dangjian.io.roster.internal.csv;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjian.core.record.ImmutableLocation;
import org.dangjian.core.record.Location;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ReadLimits;
import org.dangjian.io.Roster;
import org.dangjian.io.internal.TextInput;
import org.dangjian.io.roster.internal.CellText;
import org.dangjian.io.roster.internal.OrganizationNames;
import org.dangjian.io.roster.internal.RosterSheet;
import org.dangjian.io.roster.internal.RowCells;
import org.dangjian.io.spi.FormatReader;
import org.dangjian.io.spi.ReadContext;
import org.dangjian.validation.InputProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Reads a CSV roster with Jackson's streaming CSV parser, through the row pipeline of {@link
 * RosterSheet}: the header row is found among the first records (title rows above it are skipped, a
 * two-row header is merged), it decides the roster, and every further non-blank record up to a
 * footer is one member or organization. Locations are the line where a cell starts (quoted fields
 * may span lines) and the 1-based field number as column. Field length, column count and record
 * size are limited ({@link ReadLimits}); a breach, malformed CSV or undecodable bytes end the file
 * with one issue.
 */
public final class CsvRosterReader implements FormatReader {

  @Override
  public DataFormat format() {
    return DataFormat.CSV;
  }

  @Override
  public void read(InputStream in, String source, ReadContext context) throws IOException {
    ReadLimits limits = context.options().limits();
    TextInput text;
    try {
      text = new TextInput(in, context.options().charset());
    } catch (TextInput.EncodingException e) {
      encoding(context, source, e);
      return;
    }
    CsvFactory factory =
        CsvFactory.builder()
            .enable(CsvReadFeature.WRAP_AS_ARRAY)
            .streamReadConstraints(
                StreamReadConstraints.builder().maxStringLength(limits.maxFieldLength()).build())
            .build();
    Record record = new Record(source);
    RosterSheet sheet =
        new RosterSheet(
            context,
            source,
            null,
            Optional.empty(),
            false,
            new EnumMap<>(Roster.class),
            OrganizationNames.of(context));
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), text)) {
      try {
        records(parser, record, sheet, context, limits);
      } catch (StreamConstraintsException e) {
        sheet.finish(); // the rows read before the breach stay read
        limit(
            context,
            Location.builder()
                .source(source)
                .line(parser.currentTokenLocation().getLineNr())
                .column(record.cells.size() + 1),
            "maxFieldLength",
            limits.maxFieldLength(),
            "> " + limits.maxFieldLength());
      } catch (JacksonIOException e) {
        IOException cause = e.getCause();
        if (cause instanceof TextInput.EncodingException encoding) {
          sheet.finish();
          encoding(context, source, encoding);
        } else if (cause != null) {
          throw cause;
        } else {
          throw e;
        }
      } catch (JacksonException e) {
        sheet.finish();
        syntax(
            context,
            Location.builder().source(source).line(parser.currentLocation().getLineNr()).build(),
            CellText.safeDetail(e.getOriginalMessage()),
            CsvSyntaxTexts.chinese(e));
      }
    }
  }

  private static void records(
      JsonParser parser, Record record, RosterSheet sheet, ReadContext context, ReadLimits limits) {
    int depth = 0;
    JsonToken token;
    while ((token = parser.nextToken()) != null) {
      if (token == JsonToken.START_ARRAY) {
        if (++depth == 2) {
          record.start();
        }
      } else if (token == JsonToken.VALUE_STRING) {
        if (record.cells.size() == limits.maxColumns()) {
          sheet.finish();
          limit(
              context, record.at(), "maxColumns", limits.maxColumns(), "> " + limits.maxColumns());
          return;
        }
        if (record.cells.isEmpty()) {
          record.offset = parser.currentTokenLocation().getCharOffset();
        }
        record.add(parser.getString(), parser.currentTokenLocation().getLineNr());
        if (!withinRecordSize(parser, record, context, limits)) {
          sheet.finish();
          return;
        }
      } else if (token == JsonToken.END_ARRAY && --depth == 1) {
        if (!withinRecordSize(parser, record, context, limits)) {
          sheet.finish();
          return;
        }
        if (!sheet.row(record)) {
          return;
        }
      }
    }
    if (sheet.isEmpty()) {
      syntax(
          context,
          Location.builder().source(record.source).line(1).build(),
          "no header row",
          "没有标题行");
      return;
    }
    sheet.finish();
  }

  /** Checks the characters of the record so far, from its first field to the current one. */
  private static boolean withinRecordSize(
      JsonParser parser, Record record, ReadContext context, ReadLimits limits) {
    long size =
        record.cells.isEmpty() ? 0 : parser.currentLocation().getCharOffset() - record.offset;
    if (size > limits.maxRecordSize()) {
      ImmutableLocation.Builder at =
          Location.builder()
              .source(record.source)
              .line(record.lastLine())
              .column(record.cells.size());
      limit(context, at, "maxRecordSize", limits.maxRecordSize(), Long.toString(size));
      return false;
    }
    return true;
  }

  private static void encoding(ReadContext context, String source, TextInput.EncodingException e) {
    context.problem(
        InputProblem.ENCODING,
        Location.builder().source(source).line((int) Math.min(Integer.MAX_VALUE, e.line())).build(),
        "",
        Map.of("detail", e.getMessage()));
    context.stoppedEarly();
  }

  /** Reports IO-SYNTAX with the detail in English and in Chinese (for the Chinese report). */
  private static void syntax(
      ReadContext context, Location location, String detail, String chineseDetail) {
    context.problem(
        InputProblem.SYNTAX, location, "", Map.of("detail", detail, "detailZh", chineseDetail));
    context.stoppedEarly();
  }

  private static void limit(
      ReadContext context, ImmutableLocation.Builder at, String limit, long max, String actual) {
    context.problem(
        InputProblem.LIMIT,
        at.build(),
        "",
        Map.of("limit", limit, "max", Long.toString(max), "actual", actual));
    context.stoppedEarly();
  }

  /** The cells of the record being read, with the line each starts on. */
  private static final class Record implements RowCells {
    final String source;
    final List<String> cells = new ArrayList<>();
    final List<Integer> lines = new ArrayList<>();
    long offset;

    Record(String source) {
      this.source = source;
    }

    void start() {
      cells.clear();
      lines.clear();
    }

    void add(String text, int line) {
      cells.add(text);
      lines.add(line);
    }

    int lastLine() {
      return lines.isEmpty() ? 1 : lines.get(lines.size() - 1);
    }

    ImmutableLocation.Builder at() {
      return Location.builder().source(source).line(lastLine()).column(cells.size() + 1);
    }

    @Override
    public int size() {
      return cells.size();
    }

    @Override
    public String text(int index) {
      return index < cells.size() ? cells.get(index) : null;
    }

    @Override
    public boolean isNumber(int index) {
      return false;
    }

    @Override
    public boolean isFormula(int index) {
      return false;
    }

    @Override
    public ImmutableLocation.Builder cell(int index) {
      int line = index < lines.size() ? lines.get(index) : lastLine();
      return Location.builder().line(line).column(index + 1);
    }

    @Override
    public ImmutableLocation.Builder row() {
      return Location.builder().line(lines.isEmpty() ? 1 : lines.get(0));
    }
  }
}
