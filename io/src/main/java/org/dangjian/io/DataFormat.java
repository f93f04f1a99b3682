package org.dangjian.io;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file formats party-organization data is exchanged in, with the file-name extensions that
 * identify them: the JSON exchange document, JSON Lines (one record per line), CSV and XLSX rosters
 * (花名册), and plain-text or Markdown bulletins. {@link #fromFileName(String)} is how the command
 * line picks a format when none is given.
 */
public enum DataFormat {
  /** One JSON exchange document. */
  JSON("json"),
  /** JSON Lines: one record per line with a {@code "kind"}. */
  JSON_LINES("jsonl", "ndjson"),
  /** A CSV roster, UTF-8 (with or without BOM) or GB18030. */
  CSV("csv"),
  /** An Excel workbook roster. */
  XLSX("xlsx"),
  /** A plain-text bulletin. */
  TEXT("txt"),
  /** A Markdown bulletin, lossless: reading it back gives an equal bulletin. */
  MARKDOWN("md", "markdown"),
  /** A standalone printable HTML page of bulletins (A4); written only. */
  HTML("html", "htm");

  private final List<String> extensions;

  DataFormat(String... extensions) {
    this.extensions = List.of(extensions);
  }

  /** The file-name extensions, without the dot, the first one preferred when writing. */
  public List<String> extensions() {
    return extensions;
  }

  /**
   * The format a file name's extension names, case-insensitively; empty for an unknown or missing
   * extension.
   */
  public static Optional<DataFormat> fromFileName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot < 0 || dot == fileName.length() - 1) {
      return Optional.empty();
    }
    String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    for (DataFormat format : values()) {
      if (format.extensions.contains(ext)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
