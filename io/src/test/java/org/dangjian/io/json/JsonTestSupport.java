package org.dangjian.io.json;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.ImmutableDataset;
import org.dangjian.core.record.Location;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.Privacy;
import org.dangjian.io.RecordHandler;
import org.dangjian.testkit.BulletinGenerator;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.report.ValidationReport;

/** Imports of JSON text in tests, and a compact spelling of issue locations to assert on. */
public final class JsonTestSupport {

  /** The date generated test data is judged as of. */
  public static final java.time.LocalDate AS_OF = GeneratorSettings.DEFAULT_AS_OF;

  /**
   * The settings of the generated group the round trips use: 3,000 members with people in the
   * development pipeline and a year of activities.
   */
  public static final GeneratorSettings GENERATED_SETTINGS =
      GeneratorSettings.proportional(7, 3000).build();

  private static final Map<String, byte[]> EXPORTS = new ConcurrentHashMap<>();
  private static volatile Dataset generated;

  private JsonTestSupport() {}

  /** The outcome of an import: the report and the accepted records. */
  public record Imported(ValidationReport report, Dataset dataset) {

    /** The issues whose code starts with {@code prefix}, such as {@code IO-}. */
    public List<Issue> issues(String prefix) {
      return report.issues().stream().filter(i -> i.code().startsWith(prefix)).toList();
    }

    /** The {@code IO-*} issues spelled as {@link #describe(Issue)} does. */
    public List<String> io() {
      return issues("IO-").stream().map(JsonTestSupport::describe).toList();
    }
  }

  /** The generated group of {@link #GENERATED_SETTINGS}, generated once. */
  public static synchronized Dataset generated() {
    if (generated == null) {
      Dataset group = DatasetGenerator.generate(GENERATED_SETTINGS);
      generated =
          ImmutableDataset.copyOf(group)
              .withBulletins(
                  BulletinGenerator.reporting(
                      group, YearMonth.from(GENERATED_SETTINGS.asOf()).minusMonths(2), 1),
                  BulletinGenerator.reporting(
                      group, YearMonth.from(GENERATED_SETTINGS.asOf()).minusMonths(1), 2));
    }
    return generated;
  }

  /** {@link #generated()} exported in {@code format} with {@code privacy}, once per pair. */
  public static byte[] export(DataFormat format, Privacy privacy) {
    return EXPORTS.computeIfAbsent(
        format + "/" + privacy,
        key -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          try {
            DangjianExporter.of(ExportOptions.of(privacy)).write(generated(), out, format);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return out.toByteArray();
        });
  }

  /** Imports {@code bytes} of {@code format} with {@code options}. */
  public static Imported read(byte[] bytes, DataFormat format, ImportOptions options) {
    ImmutableDataset.Builder dataset = Dataset.builder();
    RecordHandler collect = RecordHandler.into(dataset);
    try {
      ValidationReport report =
          DangjianImporter.of(options)
              .read(new ByteArrayInputStream(bytes), "test", format, collect);
      return new Imported(report, dataset.build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Imports {@code text} of {@code format} as of {@link #AS_OF}. */
  public static Imported read(String text, DataFormat format) {
    return read(text.getBytes(StandardCharsets.UTF_8), format, ImportOptions.of(AS_OF));
  }

  /** Imports {@code text} of {@code format} with {@code options}. */
  public static Imported read(String text, DataFormat format, ImportOptions options) {
    return read(text.getBytes(StandardCharsets.UTF_8), format, options);
  }

  /**
   * An issue as one line: code, {@code line:column}, JSON pointer, field path, record type, index
   * and id when known, value, then the message arguments in order of their names.
   */
  public static String describe(Issue issue) {
    Location at = issue.location();
    StringBuilder text = new StringBuilder(issue.code());
    text.append(' ')
        .append(at.line().isPresent() ? at.line().getAsInt() : "-")
        .append(':')
        .append(at.column().isPresent() ? at.column().getAsInt() : "-");
    text.append(' ').append(at.jsonPointer().orElse("-"));
    text.append(' ').append(at.fieldPath().orElse("-"));
    text.append(' ')
        .append(at.recordKind().map(t -> t.code()).orElse("-"))
        .append('#')
        .append(at.recordIndex().isPresent() ? at.recordIndex().getAsLong() : "-")
        .append(' ')
        .append(at.recordId().orElse("-"));
    issue.value().ifPresent(v -> text.append(" value=").append(v));
    String arguments =
        issue.arguments().entrySet().stream()
            // The Chinese variant of a detail (detailZh) is checked by SyntaxMessagesTest.
            .filter(e -> !e.getKey().equals("value") && !e.getKey().equals("detailZh"))
            .sorted(java.util.Map.Entry.comparingByKey())
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(" "));
    if (!arguments.isEmpty()) {
      text.append(' ').append(arguments);
    }
    return text.toString();
  }
}
