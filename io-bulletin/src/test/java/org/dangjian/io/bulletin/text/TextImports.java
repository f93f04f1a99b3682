package org.dangjian.io.bulletin.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.record.Location;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.RecordHandler;
import org.dangjian.validation.report.InputSummary;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.report.ValidationReport;

/**
 * Test helper: imports a plain-text bulletin and keeps the bulletins, their locations, the report.
 */
public final class TextImports implements RecordHandler {

  /** The date imports in these tests are judged as of. */
  public static final LocalDate AS_OF = LocalDate.of(2024, 2, 29);

  public final List<Bulletin> bulletins = new ArrayList<>();
  public final List<Location> locations = new ArrayList<>();
  public ValidationReport report;

  /** Imports UTF-8 text. */
  public static TextImports text(String text) {
    return read(text.getBytes(StandardCharsets.UTF_8), ImportOptions.of(AS_OF));
  }

  /** Imports a resource of the test class path. */
  public static TextImports resource(String name) {
    try (InputStream in = TextImports.class.getResourceAsStream(name)) {
      return read(in.readAllBytes(), ImportOptions.of(AS_OF));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Imports bytes with options. */
  public static TextImports read(byte[] bytes, ImportOptions options) {
    TextImports imports = new TextImports();
    try {
      imports.report =
          DangjianImporter.of(options)
              .read(new ByteArrayInputStream(bytes), "test.txt", DataFormat.TEXT, imports);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return imports;
  }

  @Override
  public void bulletin(Bulletin bulletin, Location location) {
    bulletins.add(bulletin);
    locations.add(location);
  }

  /** The only bulletin read. */
  public Bulletin bulletin() {
    if (bulletins.size() != 1) {
      throw new AssertionError("expected one bulletin, got " + bulletins + "; " + issues());
    }
    return bulletins.get(0);
  }

  /** Every issue as {@code CODE@line[:column][ fieldPath]}, in report order. */
  public List<String> issues() {
    return report.issues().stream().map(TextImports::describe).toList();
  }

  /** The input counts. */
  public InputSummary input() {
    return report.input().orElseThrow();
  }

  public static String describe(Issue issue) {
    Location l = issue.location();
    StringBuilder text = new StringBuilder(issue.code()).append('@');
    text.append(l.line().isPresent() ? Integer.toString(l.line().getAsInt()) : "-");
    l.column().ifPresent(c -> text.append(':').append(c));
    l.fieldPath().ifPresent(p -> text.append(' ').append(p));
    return text.toString();
  }
}
