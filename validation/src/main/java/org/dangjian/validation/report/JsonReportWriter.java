package org.dangjian.validation.report;

import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import org.dangjian.core.id.PersonalNumbers;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Renders a report as one JSON document with Jackson's streaming generator: summary fields, the
 * tallies by rule, the record counts and the issues with their location, in report order and with a
 * fixed key order, so that equal reports give byte-identical JSON.
 */
final class JsonReportWriter {

  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private JsonReportWriter() {}

  /** Writes {@code report} to {@code out} with messages in {@code locale}; does not close it. */
  public static void write(ValidationReport report, Locale locale, Writer out) {
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      g.writeStringProperty("source", PersonalNumbers.scrub(report.source()));
      g.writeStringProperty("asOf", report.asOf().toString());
      g.writeStringProperty("profile", report.profile());
      g.writeBooleanProperty("successful", report.isSuccessful());
      g.writeName("counts");
      g.writeStartObject();
      for (var severity : org.dangjian.validation.rule.Severity.values()) {
        g.writeNumberProperty(severity.name().toLowerCase(Locale.ROOT), report.count(severity));
      }
      g.writeNumberProperty("omitted", report.omittedIssues());
      g.writeEndObject();
      g.writeName("records");
      g.writeStartObject();
      for (Map.Entry<RecordKind, Long> e : report.recordCounts().entrySet()) {
        g.writeNumberProperty(e.getKey().code(), e.getValue());
      }
      g.writeEndObject();
      if (report.input().isPresent()) {
        var input = report.input().get();
        g.writeName("input");
        g.writeStartObject();
        g.writeNumberProperty("read", input.read());
        g.writeNumberProperty("accepted", input.accepted());
        g.writeNumberProperty("rejected", input.rejected());
        g.writeBooleanProperty("stoppedEarly", input.stoppedEarly());
        g.writeEndObject();
      }
      g.writeName("rules");
      g.writeStartArray();
      for (RuleTally tally : report.tallies()) {
        g.writeStartObject();
        g.writeStringProperty("code", tally.code());
        g.writeStringProperty("severity", tally.severity().name());
        g.writeNumberProperty("count", tally.count());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeName("issues");
      g.writeStartArray();
      for (Issue issue : report.issues()) {
        writeIssue(g, issue, locale);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private static void writeIssue(JsonGenerator g, Issue issue, Locale locale) {
    g.writeStartObject();
    g.writeStringProperty("severity", issue.severity().name());
    g.writeStringProperty("code", issue.code());
    g.writeStringProperty("message", issue.message(locale));
    if (issue.value().isPresent()) {
      g.writeStringProperty("value", issue.value().get());
    }
    g.writeName("location");
    writeLocation(g, issue.location());
    g.writeEndObject();
  }

  private static void writeLocation(JsonGenerator g, Location l) {
    g.writeStartObject();
    if (l.source().isPresent()) {
      g.writeStringProperty("source", PersonalNumbers.scrub(l.source().get()));
    }
    if (l.recordKind().isPresent()) {
      g.writeStringProperty("recordType", l.recordKind().get().code());
    }
    if (l.recordIndex().isPresent()) {
      g.writeNumberProperty("recordIndex", l.recordIndex().getAsLong());
    }
    if (l.recordId().isPresent()) {
      g.writeStringProperty("recordId", l.recordId().get());
    }
    if (l.line().isPresent()) {
      g.writeNumberProperty("line", l.line().getAsInt());
    }
    if (l.column().isPresent()) {
      g.writeNumberProperty("column", l.column().getAsInt());
    }
    if (l.sheet().isPresent()) {
      g.writeStringProperty("sheet", l.sheet().get());
    }
    if (l.row().isPresent()) {
      g.writeNumberProperty("row", l.row().getAsInt());
    }
    if (l.cell().isPresent()) {
      g.writeStringProperty("cell", l.cell().get());
    }
    if (l.jsonPointer().isPresent()) {
      g.writeStringProperty("jsonPointer", l.jsonPointer().get());
    }
    if (l.fieldPath().isPresent()) {
      g.writeStringProperty("field", l.fieldPath().get());
    }
    g.writeEndObject();
  }
}
