package org.dangjian.spark.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.dangjian.io.DangjianIoException;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.RecordHandler;
import org.dangjian.io.internal.FormatRegistry;
import org.dangjian.io.internal.ImportContext;
import org.dangjian.spark.ValidationSettingsSource;
import org.dangjian.validation.ValidationSettings;
import org.dangjian.validation.internal.Segment;
import org.dangjian.validation.internal.parts.Parts;

/**
 * The executor's side: reads the files of one partition from a Hadoop file system, each through the
 * SDK's reader of its format, into a recording run (field and record checks here, on the executor),
 * and returns each file's {@link Segment}. The rule groups are static, made once per executor JVM;
 * the settings are made once per partition.
 */
public final class PartReader {

  private PartReader() {}

  /** The formats a Spark validation reads: those whose files are read on their own. */
  public static DataFormat formatOf(String path) {
    String name = new Path(path).getName();
    DataFormat format =
        DataFormat.forFileName(name)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "cannot tell the format of " + path + " from its name"));
    if (!format.equals(DataFormat.JSON_LINES)) {
      throw new IllegalArgumentException(
          path
              + ": dangjian-spark reads JSON Lines (.jsonl) only, not "
              + format.name()
              + " (docs/SPARK.md)");
    }
    return format;
  }

  /** The segments of the files {@code paths}, in order. */
  public static Iterator<Segment> read(
      Iterator<String> paths,
      Map<String, String> hadoop,
      ValidationSettingsSource settings,
      LocalDate asOf) {
    ValidationSettings made = settings.get();
    Configuration configuration = new Configuration(false);
    hadoop.forEach(configuration::set);
    List<Segment> segments = new ArrayList<>();
    while (paths.hasNext()) {
      segments.add(read(paths.next(), configuration, made, asOf));
    }
    return segments.iterator();
  }

  private static Segment read(
      String path, Configuration configuration, ValidationSettings settings, LocalDate asOf) {
    Parts.Recording recording = Parts.recording(settings, path, asOf, ExchangeCodec.INSTANCE);
    ImportOptions options = ImportOptions.builder().asOf(asOf).settings(settings).build();
    ImportContext context = new ImportContext(options, recording.run(), new RecordHandler() {});
    context.startInput();
    Path file = new Path(path);
    try (InputStream in = file.getFileSystem(configuration).open(file)) {
      FormatRegistry.installed().reader(formatOf(path)).read(in, path, context);
    } catch (DangjianIoException e) {
      throw new IllegalStateException(e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    return recording.segment(context.summary());
  }
}
