package org.dangjian.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.ImmutableDataset;
import org.dangjian.io.internal.FormatRegistry;
import org.dangjian.io.internal.ImportContext;
import org.dangjian.io.spi.FormatReader;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.ValidationRun;
import org.dangjian.validation.report.ValidationReport;

/**
 * Imports files: decodes every {@link DataFormat#readable() readable} format (JSON and JSON Lines;
 * CSV and XLSX rosters with {@code dangjian-io-roster}; bulletins in plain text and Markdown with
 * {@code dangjian-io-bulletin}; any format a {@link org.dangjian.io.spi.FormatReader} provider
 * adds), and validates every record in the same streaming pass, so that one report holds decoding
 * problems ({@code IO-*}) and rule violations, each with its file location (CSV line and column,
 * XLSX sheet and cell, JSON line, column and pointer). Several files form one dataset, so a member
 * roster and an organization roster are checked against each other. An importer is immutable and
 * can be shared; build it once.
 *
 * <pre>{@code
 * ImportResult result = DangjianImporter.of(ImportOptions.of(LocalDate.of(2026, 6, 30)))
 *     .read(Path.of("党员花名册.xlsx"));
 * result.report().write(ReportFormat.TEXT, Locale.CHINA, writer);
 * }</pre>
 */
public final class DangjianImporter {

  private final ImportOptions options;
  private final DangjianValidator validator;

  private DangjianImporter(ImportOptions options) {
    this.options = options;
    this.validator = DangjianValidator.of(options.settings());
  }

  /** An importer with {@code options}. */
  public static DangjianImporter of(ImportOptions options) {
    return new DangjianImporter(options);
  }

  /** The options of this importer. */
  public ImportOptions options() {
    return options;
  }

  /**
   * Reads {@code files} as one dataset and keeps the accepted records in memory.
   *
   * @throws DangjianIoException when a file cannot be opened or read, or its format is unknown
   */
  public ImportResult read(Path... files) throws DangjianIoException {
    ImmutableDataset.Builder dataset = Dataset.builder();
    ValidationReport report = read(List.of(files), RecordHandler.into(dataset));
    return ImmutableImportResult.builder().dataset(dataset.build()).report(report).build();
  }

  /**
   * Reads {@code files} as one dataset, streaming: each accepted record goes to {@code handler} and
   * nothing is kept, so memory stays bounded whatever the size of the files.
   *
   * @throws DangjianIoException when a file cannot be opened or read, or its format is unknown
   */
  public ValidationReport read(List<Path> files, RecordHandler handler) throws DangjianIoException {
    List<FormatReader> readers = new ArrayList<>();
    for (Path file : files) {
      readers.add(FormatRegistry.installed().reader(format(file)));
    }
    String source = files.stream().map(Path::toString).collect(Collectors.joining(", "));
    ValidationRun run = validator.newRun(source, options.asOf());
    ImportContext context = new ImportContext(options, run, handler);
    Iterator<FormatReader> reader = readers.iterator();
    for (Path file : files) {
      if (context.strictStop()) {
        context.stoppedEarly();
        break;
      }
      context.startInput();
      try {
        reader.next().read(file, file.toString(), context);
      } catch (DangjianIoException e) {
        throw e;
      } catch (IOException e) {
        throw new DangjianIoException("cannot read " + file + ": " + why(e), e);
      }
    }
    return run.finish(context.summary());
  }

  /**
   * Why a file could not be read, in words: the JDK's file-system exceptions carry only the path as
   * their message ({@code NoSuchFileException: data/nope.csv}), which would repeat the file name.
   */
  static String why(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    } else if (e instanceof AccessDeniedException) {
      return "permission denied";
    } else if (e instanceof NotDirectoryException) {
      return "a directory on its path is a file";
    } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    } else if (e instanceof FileSystemException) {
      return e.getClass().getSimpleName();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /**
   * Reads one stream of {@code format}, named {@code source} in the report, streaming into {@code
   * handler}. The stream is not closed.
   *
   * @throws DangjianIoException when the stream cannot be read
   */
  public ValidationReport read(
      InputStream in, String source, DataFormat format, RecordHandler handler)
      throws DangjianIoException {
    FormatReader reader = FormatRegistry.installed().reader(format);
    ValidationRun run = validator.newRun(source, options.asOf());
    ImportContext context = new ImportContext(options, run, handler);
    try {
      reader.read(in, source, context);
    } catch (DangjianIoException e) {
      throw e;
    } catch (IOException e) {
      throw new DangjianIoException("cannot read " + source + ": " + why(e), e);
    }
    return run.finish(context.summary());
  }

  private DataFormat format(Path file) throws DangjianIoException {
    if (options.format().isPresent()) {
      return options.format().get();
    }
    return DataFormat.forFileName(String.valueOf(file.getFileName()))
        .orElseThrow(
            () ->
                new DangjianIoException(
                    "cannot tell the format of "
                        + file
                        + " from its name; name the format ("
                        + FormatRegistry.names(DataFormat.readable())
                        + ")"));
  }
}
