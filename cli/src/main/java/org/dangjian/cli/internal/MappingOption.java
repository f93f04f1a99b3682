package org.dangjian.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import org.dangjian.io.ImmutableImportOptions;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.roster.RosterMapping;
import picocli.CommandLine.Option;

/**
 * {@code --mapping FILE} of the commands that read rosters ({@code validate}, {@code convert},
 * {@code inspect}): a mapping profile ({@link RosterMapping}) for CSV, XLSX and XLS rosters whose
 * layout is not detected. A file that cannot be read or is not a usable mapping is a usage error
 * (exit 2) naming every problem of the file at its JSON pointer.
 */
final class MappingOption {

  @Option(
      names = "--mapping",
      paramLabel = "FILE",
      description =
          "Mapping profile (映射配置) for CSV, XLSX and XLS rosters whose layout is not detected:"
              + " a JSON file giving the header row (or none), each column's field by letter or"
              + " header, value maps and defaults (see docs/FORMATS.md).")
  Path mapping;

  /** {@code options} with the mapping of {@code --mapping}, when given. */
  ImportOptions apply(ImportOptions options) {
    if (mapping == null) {
      return options;
    }
    Inputs.checkReadable(mapping);
    RosterMapping loaded;
    try {
      loaded = RosterMapping.load(mapping);
    } catch (RosterMapping.InvalidMappingException e) {
      // one line (the command line escapes line breaks): every problem, separated by "; "
      throw new CliFailure(
          "--mapping " + mapping + " cannot be used: " + String.join("; ", e.problems()));
    } catch (IOException e) {
      throw new CliFailure("cannot read --mapping " + mapping, e);
    }
    return ImmutableImportOptions.copyOf(options).withReaderSettings(loaded);
  }
}
