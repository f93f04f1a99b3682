package org.dangjian.io.roster.internal;

import java.io.StringWriter;
import java.util.List;
import org.dangjian.io.roster.RosterInspection;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * Writes a {@link RosterInspection} as JSON with Jackson's streaming generator: the field names are
 * those of the inspection's components; fields by their English header, rosters and enums by their
 * names in lower case.
 */
public final class InspectionJson {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private InspectionJson() {}

  /** The JSON text of {@code inspection}, pretty-printed. */
  public static String write(RosterInspection inspection) {
    return write(List.of(inspection), false);
  }

  /** The JSON text of {@code inspections}: one object, or an array of several. */
  public static String write(List<RosterInspection> inspections, boolean array) {
    StringWriter out = new StringWriter();
    ObjectWriteContext pretty =
        new ObjectWriteContext.Base() {
          @Override
          public PrettyPrinter getPrettyPrinter() {
            return new DefaultPrettyPrinter();
          }
        };
    try (JsonGenerator g = FACTORY.createGenerator(pretty, out)) {
      if (array) {
        g.writeStartArray();
      }
      for (RosterInspection inspection : inspections) {
        inspection(g, inspection);
      }
      if (array) {
        g.writeEndArray();
      }
    }
    return out.toString();
  }

  private static void inspection(JsonGenerator g, RosterInspection inspection) {
    g.writeStartObject();
    g.writeStringProperty("source", inspection.source());
    g.writeStringProperty("format", inspection.format().name());
    g.writeArrayPropertyStart("sheets");
    for (RosterInspection.Sheet sheet : inspection.sheets()) {
      sheet(g, sheet);
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("problems");
    for (RosterInspection.Problem problem : inspection.problems()) {
      g.writeStartObject();
      g.writeStringProperty("code", problem.code());
      g.writeStringProperty("where", problem.where());
      g.writeStringProperty("value", problem.value());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void sheet(JsonGenerator g, RosterInspection.Sheet sheet) {
    g.writeStartObject();
    if (sheet.name().isPresent()) {
      g.writeStringProperty("name", sheet.name().get());
    } else {
      g.writeNullProperty("name");
    }
    g.writeStringProperty("status", lower(sheet.status()));
    if (sheet.roster().isPresent()) {
      g.writeStringProperty("roster", sheet.roster().get().code());
    } else {
      g.writeNullProperty("roster");
    }
    g.writeArrayPropertyStart("headerRows");
    for (int row : sheet.headerRows()) {
      g.writeNumber(row);
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("columns");
    for (RosterInspection.Column column : sheet.columns()) {
      g.writeStartObject();
      g.writeStringProperty("letter", column.letter());
      g.writeStringProperty("header", column.header());
      g.writeStringProperty("use", lower(column.use()));
      if (column.field().isPresent()) {
        g.writeStringProperty("field", column.field().get().englishHeader());
      }
      if (column.extraLabel().isPresent()) {
        g.writeStringProperty("extraLabel", column.extraLabel().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("skippedRows");
    for (RosterInspection.SkippedRow row : sheet.skippedRows()) {
      g.writeStartObject();
      g.writeNumberProperty("row", row.row());
      g.writeStringProperty("reason", lower(row.reason()));
      g.writeStringProperty("text", row.text());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("preview");
    for (RosterInspection.PreviewRow row : sheet.preview()) {
      g.writeStartObject();
      g.writeNumberProperty("row", row.row());
      g.writeArrayPropertyStart("cells");
      for (String cell : row.cells()) {
        g.writeString(cell);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeNumberProperty("dataRows", sheet.dataRows());
    g.writeEndObject();
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
