package org.dangjian.testkit.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.record.RecordKind;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.Privacy;
import org.dangjian.io.Roster;
import org.dangjian.testkit.Mutation;

/**
 * Writes a dataset, such as one from {@code DatasetGenerator} or a {@link Mutation} of it, as files
 * in the formats the installed io modules write, so that the test suite of an application that
 * imports files gets realistic files, valid and broken. Two kinds of format:
 *
 * <ul>
 *   <li>the <em>lossless</em> ones, which have a place for every record kind (JSON, JSON Lines):
 *       importing the file gives back an equal dataset, so a defect survives the trip and the
 *       importer's report names exactly the defect's rule at its record;
 *   <li>the <em>rosters</em>, which hold members or organizations only, and of those only the
 *       columns of docs/FORMATS.md ("the roster projection"): one CSV file per roster ({@code
 *       <name>-members.csv}, {@code <name>-organizations.csv}) and one XLSX workbook with both.
 * </ul>
 *
 * <p>Every file is written in full ({@link Privacy#FULL}): these are synthetic people. The formats
 * that hold bulletins only (Markdown, HTML, Word) are written apart, by {@link #writeBulletins},
 * with the dataset's bulletins.
 *
 * <pre>{@code
 * Dataset valid = DatasetGenerator.generate(GeneratorSettings.proportional(1, 300).build());
 * List<Path> files = DatasetFiles.writeAll(valid, dir, "valid");    // valid.json, valid.jsonl, ...
 * Mutation m = Defect.ONE_INTRODUCER.applyTo(valid, GeneratorSettings.DEFAULT_AS_OF);
 * List<Path> broken = DatasetFiles.writeLossless(m, dir);           // one-introducer.json, ...
 * }</pre>
 */
public final class DatasetFiles {

  private static final DangjianExporter FULL =
      DangjianExporter.of(ExportOptions.builder().privacy(Privacy.FULL).build());

  private DatasetFiles() {}

  /**
   * The installed formats that can be written and hold members or organizations, in the order of
   * {@link DataFormat#writable()}.
   */
  public static List<DataFormat> formats() {
    return DataFormat.writable().stream()
        .filter(f -> f.kinds().contains(RecordKind.MEMBER))
        .toList();
  }

  /**
   * True when {@code format} has a place for every record kind, so that a file of it re-imports to
   * an equal dataset.
   */
  public static boolean lossless(DataFormat format) {
    return format.kinds().containsAll(EnumSet.allOf(RecordKind.class));
  }

  /**
   * Writes {@code dataset} in every format of {@link #formats()} into {@code directory} (created if
   * missing), each file named {@code name} plus the format's first extension; a CSV format gives
   * one file per {@link Roster}, {@code name-members.csv} and {@code name-organizations.csv}.
   *
   * @return the files written, in the order of {@link #formats()}
   * @throws IOException when a file cannot be written
   */
  public static List<Path> writeAll(Dataset dataset, Path directory, String name)
      throws IOException {
    return write(dataset, directory, name, formats());
  }

  /**
   * Writes {@code dataset} in the lossless formats of {@link #formats()} only, named as {@link
   * #writeAll} names them.
   *
   * @return the files written
   * @throws IOException when a file cannot be written
   */
  public static List<Path> writeLossless(Dataset dataset, Path directory, String name)
      throws IOException {
    return write(
        dataset, directory, name, formats().stream().filter(DatasetFiles::lossless).toList());
  }

  /**
   * Writes the dataset of {@code mutation} in the lossless formats, named after its defect in lower
   * case with dashes, such as {@code one-introducer.jsonl}; only a lossless file keeps a defect
   * that lies outside the roster columns.
   *
   * @return the files written
   * @throws IOException when a file cannot be written
   */
  public static List<Path> writeLossless(Mutation mutation, Path directory) throws IOException {
    Objects.requireNonNull(mutation, "mutation");
    return writeLossless(mutation.dataset(), directory, fileName(mutation));
  }

  /**
   * The installed formats that can be written and hold bulletins only (Markdown, the HTML page,
   * Word {@code .docx} with io-bulletin), in the order of {@link DataFormat#writable()}.
   */
  public static List<DataFormat> bulletinFormats() {
    return DataFormat.writable().stream()
        .filter(f -> f.kinds().equals(EnumSet.of(RecordKind.BULLETIN)))
        .toList();
  }

  /**
   * Writes the bulletins of {@code dataset} (its other records are left out) in every format of
   * {@link #bulletinFormats()} into {@code directory}, each file named {@code name} plus the
   * format's first extension. Markdown reads back to equal bulletins; Word to the same masthead,
   * sections, statistics, headlines and priorities (docs/BULLETINS.md); the HTML page is written
   * only (print it to PDF to test a PDF import).
   *
   * @return the files written, in the order of {@link #bulletinFormats()}
   * @throws IOException when a file cannot be written
   */
  public static List<Path> writeBulletins(Dataset dataset, Path directory, String name)
      throws IOException {
    Objects.requireNonNull(dataset, "dataset");
    Dataset bulletins = Dataset.builder().addAllBulletins(dataset.bulletins()).build();
    return write(bulletins, directory, name, bulletinFormats());
  }

  /** The base file name of a mutation's files: its defect in lower case with dashes. */
  public static String fileName(Mutation mutation) {
    return mutation.defect().name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static List<Path> write(
      Dataset dataset, Path directory, String name, List<DataFormat> formats) throws IOException {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(name, "name");
    Files.createDirectories(directory);
    List<Path> written = new ArrayList<>();
    for (DataFormat format : formats) {
      String extension = format.extensions().get(0);
      if (format.equals(DataFormat.CSV)) {
        // the member and organization rosters, as before issue 18 added unit, points and team
        // sheets
        for (Roster roster : List.of(Roster.MEMBERS, Roster.ORGANIZATIONS)) {
          Path file = directory.resolve(name + "-" + roster.code() + "." + extension);
          DangjianExporter.of(ExportOptions.builder().privacy(Privacy.FULL).roster(roster).build())
              .write(dataset, Files.newOutputStream(file), format);
          written.add(file);
        }
      } else {
        Path file = directory.resolve(name + "." + extension);
        FULL.write(dataset, Files.newOutputStream(file), format);
        written.add(file);
      }
    }
    return written;
  }
}
