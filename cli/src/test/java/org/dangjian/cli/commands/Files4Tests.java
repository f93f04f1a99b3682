package org.dangjian.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.Privacy;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;

/** Test data for the command tests: generated groups written with the library's exporter. */
final class Files4Tests {

  static final LocalDate AS_OF = GeneratorSettings.DEFAULT_AS_OF;
  static final String DATE = AS_OF.toString();

  private Files4Tests() {}

  /** A valid proportional group of {@code members} as of {@link #AS_OF}. */
  static Dataset group(long seed, int members) {
    return DatasetGenerator.generate(GeneratorSettings.proportional(seed, members).build());
  }

  /** Writes {@code dataset} with full identifiers to {@code file}, format by its name. */
  static Path write(Dataset dataset, Path file) throws IOException {
    DangjianExporter.of(ExportOptions.of(Privacy.FULL)).write(dataset, file);
    return file;
  }
}
