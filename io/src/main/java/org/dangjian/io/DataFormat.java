package org.dangjian.io;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dangjian.core.record.RecordKind;
import org.dangjian.io.internal.FormatRegistry;

/**
 * A file format party-organization data is exchanged in: its name (as the command line spells it,
 * such as {@code jsonl}), the file-name extensions that identify it, and the kinds of record it has
 * a place for. An open value type: the well-known formats are constants ({@link #JSON}, {@link
 * #JSON_LINES}, {@link #CSV}, {@link #XLSX}, {@link #XLS}, {@link #TEXT}, {@link #MARKDOWN}, {@link
 * #HTML}), and a third party adds one with {@link #of} and a {@link
 * org.dangjian.io.spi.FormatReader} or {@link org.dangjian.io.spi.FormatWriter} provider. Whether a
 * format can be read or written depends on what is installed: {@link #readable()} and {@link
 * #writable()} list the formats whose providers are on the class or module path, and {@link
 * #forFileName} is how the importer, the exporter and the command line pick a format when none is
 * given. Two formats are equal when their names are.
 */
public final class DataFormat {

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

  /** One JSON exchange document, holding records of every kind. */
  public static final DataFormat JSON = new DataFormat("json", EnumSet.allOf(RecordKind.class));

  /** JSON Lines: one record of any kind per line, with a {@code "kind"}. */
  public static final DataFormat JSON_LINES =
      new DataFormat("jsonl", EnumSet.allOf(RecordKind.class), "ndjson");

  /** A CSV roster (花名册) of members or of organizations, UTF-8 (with or without BOM) or GB18030. */
  public static final DataFormat CSV =
      new DataFormat("csv", EnumSet.of(RecordKind.ORGANIZATION, RecordKind.MEMBER));

  /** An Excel workbook with a member roster and an organization roster. */
  public static final DataFormat XLSX =
      new DataFormat("xlsx", EnumSet.of(RecordKind.ORGANIZATION, RecordKind.MEMBER));

  /**
   * A legacy Excel 97-2003 workbook (BIFF8, {@code .xls}) with a member roster and an organization
   * roster; read only.
   */
  public static final DataFormat XLS =
      new DataFormat("xls", EnumSet.of(RecordKind.ORGANIZATION, RecordKind.MEMBER));

  /** A plain-text bulletin. */
  public static final DataFormat TEXT = new DataFormat("txt", EnumSet.of(RecordKind.BULLETIN));

  /** A Markdown bulletin, lossless: reading it back gives an equal bulletin. */
  public static final DataFormat MARKDOWN =
      new DataFormat("md", EnumSet.of(RecordKind.BULLETIN), "markdown");

  /** A standalone printable HTML page of bulletins (A4). */
  public static final DataFormat HTML =
      new DataFormat("html", EnumSet.of(RecordKind.BULLETIN), "htm");

  private static final List<DataFormat> WELL_KNOWN =
      List.of(JSON, JSON_LINES, CSV, XLSX, XLS, TEXT, MARKDOWN, HTML);

  private final String name;
  private final List<String> extensions;
  private final Set<RecordKind> kinds;

  private DataFormat(String name, Set<RecordKind> kinds, String... otherExtensions) {
    this.name = name;
    this.kinds = Set.copyOf(kinds);
    this.extensions = Stream.concat(Stream.of(name), Stream.of(otherExtensions)).toList();
  }

  /**
   * A format named {@code name}, which is also its preferred file-name extension, with {@code
   * otherExtensions} also identifying it, holding records of {@code kinds}. Names and extensions
   * are lower case letters, digits, dots, hyphens and underscores.
   *
   * @throws IllegalArgumentException for an empty or malformed name or extension, or no kind
   */
  public static DataFormat of(
      String name, Collection<RecordKind> kinds, String... otherExtensions) {
    check(name);
    for (String extension : otherExtensions) {
      check(extension);
    }
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("a format holds records of at least one kind: " + name);
    }
    return new DataFormat(name, EnumSet.copyOf(kinds), otherExtensions);
  }

  private static void check(String text) {
    if (!NAME.matcher(Objects.requireNonNull(text, "name")).matches()) {
      throw new IllegalArgumentException("not a format name or extension: '" + text + "'");
    }
  }

  /** The name, such as {@code jsonl}: how options and messages name the format. */
  public String name() {
    return name;
  }

  /**
   * The file-name extensions, without the dot, lower case; the first, the name, is the one written.
   */
  public List<String> extensions() {
    return extensions;
  }

  /** The kinds of record the format has a place for; a writer skips and counts the others. */
  public Set<RecordKind> kinds() {
    return kinds;
  }

  /** True when the format has a place for records of {@code kind}. */
  public boolean holds(RecordKind kind) {
    return kinds.contains(kind);
  }

  /** True when a reader of this format is installed. */
  public boolean isReadable() {
    return FormatRegistry.installed().readable().contains(this);
  }

  /** True when a writer of this format is installed. */
  public boolean isWritable() {
    return FormatRegistry.installed().writable().contains(this);
  }

  /**
   * The well-known formats, installed or not, in the order of the constants: {@link #JSON} ...
   * {@link #HTML}.
   */
  public static List<DataFormat> wellKnown() {
    return WELL_KNOWN;
  }

  /**
   * The formats that can be read, those whose {@link org.dangjian.io.spi.FormatReader} is
   * installed: the well-known ones in the order of the constants, then the others by name.
   */
  public static List<DataFormat> readable() {
    return FormatRegistry.installed().readable();
  }

  /** The formats that can be written, in the order of {@link #readable()}. */
  public static List<DataFormat> writable() {
    return FormatRegistry.installed().writable();
  }

  /**
   * The format whose name or extension is {@code name}, case-insensitively, among the well-known
   * and the installed formats; empty when none is.
   */
  public static Optional<DataFormat> forName(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    for (DataFormat format : FormatRegistry.installed().known()) {
      if (format.extensions.contains(wanted)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /**
   * The format a file name's extension names, case-insensitively, among the well-known and the
   * installed formats; empty for an unknown or missing extension.
   */
  public static Optional<DataFormat> forFileName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot < 0 || dot == fileName.length() - 1) {
      return Optional.empty();
    }
    return forName(fileName.substring(dot + 1));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DataFormat format && format.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /** The name. */
  @Override
  public String toString() {
    return name;
  }
}
