package org.dangjian.spark.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.statistics.StatisticsTally;
import org.dangjian.io.DangjianIoException;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.RecordHandler;
import org.dangjian.io.internal.FormatRegistry;
import org.dangjian.io.internal.ImportContext;
import org.dangjian.io.internal.json.JsonLinesSplit;
import org.dangjian.validation.ValidationSettings;
import org.dangjian.validation.internal.Segment;
import org.dangjian.validation.internal.parts.Parts;

/**
 * The executor's side: reads one {@link ReadTask} from a Hadoop file system — a whole file through
 * the SDK's reader of its format, or a split of a JSON Lines file through {@link JsonLinesSplit} —
 * into a recording run (field and record checks here, on the executor), and returns the {@link
 * Part}: the segment for a validation, or the statistics tally of the accepted records. The rule
 * groups are static, made once per executor JVM.
 */
public final class PartReader {

  /** The formats read: JSON Lines in splits, the others a whole file per task. */
  static final List<DataFormat> FORMATS =
      List.of(
          DataFormat.JSON_LINES, DataFormat.JSON, DataFormat.CSV, DataFormat.XLSX, DataFormat.XLS);

  private PartReader() {}

  /**
   * The format of {@code path}, from its name.
   *
   * @throws IllegalArgumentException when the name gives no format, or one not read on Spark
   */
  public static DataFormat formatOf(String path) {
    String name = new Path(path).getName();
    DataFormat format =
        DataFormat.forFileName(name)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "cannot tell the format of " + path + " from its name"));
    if (!FORMATS.contains(format) || !FormatRegistry.installed().readable().contains(format)) {
      throw new IllegalArgumentException(
          path
              + ": dangjian-spark reads JSON Lines (.jsonl), JSON, CSV and Excel rosters"
              + " (.csv, .xlsx, .xls), not "
              + format.name()
              + " (docs/SPARK.md)");
    }
    return format;
  }

  /** True for the formats whose members name their organization: read after the files before. */
  static boolean isRoster(String path) {
    DataFormat format = formatOf(path);
    return format.equals(DataFormat.CSV)
        || format.equals(DataFormat.XLSX)
        || format.equals(DataFormat.XLS);
  }

  /**
   * Reads {@code task}.
   *
   * @param figures true for statistics (a tally, no segment), false for a validation
   */
  public static Part read(
      ReadTask task,
      Map<String, String> hadoop,
      ValidationSettings settings,
      LocalDate asOf,
      boolean figures) {
    Configuration configuration = new Configuration(false);
    hadoop.forEach(configuration::set);
    Parts.Recording recording =
        Parts.recording(
            settings, task.path(), asOf, figures ? NoRecords.INSTANCE : ExchangeCodec.INSTANCE);
    ImportOptions options = ImportOptions.builder().asOf(asOf).settings(settings).build();
    StatisticsTally tally = figures ? StatisticsTally.on(asOf) : null;
    ImportContext context =
        new ImportContext(
            options, recording.run(), figures ? counting(tally) : new RecordHandler() {});
    context.organizationsReadBefore(task.namesBefore());
    context.startInput();
    Map<RecordKind, Long> counts = new EnumMap<>(RecordKind.class);
    Path file = new Path(task.path());
    try (FSDataInputStream in = file.getFileSystem(configuration).open(file)) {
      if (task.isWhole()) {
        FormatRegistry.installed().reader(formatOf(task.path())).read(in, task.path(), context);
      } else {
        in.seek(task.start());
        long[] begun =
            JsonLinesSplit.read(
                new Limited(in, task.end() - task.start()),
                task.path(),
                context,
                task.firstLine(),
                task.header());
        List<RecordKind> kinds = JsonLinesSplit.kinds();
        for (int i = 0; i < begun.length; i++) {
          counts.put(kinds.get(i), begun[i]);
        }
      }
    } catch (DangjianIoException e) {
      throw new IllegalStateException(e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + task.path(), e);
    }
    Segment segment = recording.segment(context.summary());
    return new Part(
        task,
        figures ? null : segment,
        counts,
        new LinkedHashMap<>(context.organizationNames()),
        tally,
        context.summary().stoppedEarly());
  }

  private static RecordHandler counting(StatisticsTally tally) {
    return new RecordHandler() {
      @Override
      public void record(RecordKind kind, Object record, Location location) {
        if (kind == RecordKind.MEMBER) {
          tally.member((Member) record);
        } else if (kind == RecordKind.ORGANIZATION) {
          tally.organization((Organization) record);
        }
      }
    };
  }

  /** At most {@code remaining} bytes of a stream, which it does not close. */
  static final class Limited extends FilterInputStream {
    private long remaining;

    Limited(InputStream in, long remaining) {
      super(in);
      this.remaining = remaining;
    }

    @Override
    public int read() throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int b = super.read();
      if (b >= 0) {
        remaining--;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int n = super.read(buffer, offset, (int) Math.min(length, remaining));
      if (n > 0) {
        remaining -= n;
      }
      return n;
    }

    @Override
    public void close() {
      // The file's stream is closed by its owner.
    }
  }
}
