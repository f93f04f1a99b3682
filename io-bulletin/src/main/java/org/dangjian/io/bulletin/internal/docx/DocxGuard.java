package org.dangjian.io.bulletin.internal.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks the ZIP container of a Word file before POI opens it, because POI inflates every part into
 * memory and bounds only the inflate ratio: the guard inflates each entry once, in the order POI
 * reads them, measuring bytes out and compressed bytes consumed (not the sizes the ZIP declares),
 * and stops at the first breach of the entry count, an XML part's size, all entries' size, or the
 * inflate ratio of an entry past {@value #RATIO_GRACE} bytes. It also refuses a document type
 * declaration in any XML part, so that no entity of the file is ever resolved (XML external
 * entities).
 *
 * <p>Why not POI's own {@code ZipSecureFile} alone (reviewed for POI 5.5): its thresholds (minimum
 * inflate ratio, maximum entry size, maximum file count) are static settings of the whole JVM, so a
 * library that tightened them would change how the embedding application's own POI code reads its
 * files; its defaults allow entries of 4 GB, far past what one bulletin needs; and it has no limit
 * on all entries together. POI's checks still run after this guard with their defaults. POI's XML
 * parsers refuse a document type declaration too; the guard's own check gives the report a clear
 * reason instead of a parser's exception text.
 */
final class DocxGuard {

  /** Most entries. */
  static final int MAX_ENTRIES = 1_000;

  /** Most bytes one XML part may inflate to. */
  static final long MAX_XML_BYTES = 24L * 1024 * 1024;

  /** Most bytes all entries together may inflate to. */
  static final long MAX_TOTAL_BYTES = 64L * 1024 * 1024;

  /** Highest ratio of inflated to compressed bytes of one entry. */
  static final long MAX_RATIO = 100;

  /** Bytes an entry may inflate to before its ratio is checked. */
  static final long RATIO_GRACE = 1L << 20;

  /** What ended the check: a limit (name, maximum, actual) or malformed content (detail). */
  record Breach(String limit, long max, String actual, String detail) {
    static Breach limit(String limit, long max, String actual) {
      return new Breach(limit, max, actual, null);
    }

    static Breach syntax(String detail) {
      return new Breach(null, 0, null, detail);
    }
  }

  private DocxGuard() {}

  /** Checks {@code bytes}; empty when they are within every limit. */
  static Optional<Breach> check(byte[] bytes) {
    long total = 0;
    int entries = 0;
    boolean document = false;
    Counted counted = new Counted(bytes);
    try (ZipInputStream zip = new ZipInputStream(counted)) {
      ZipEntry entry;
      byte[] buffer = new byte[1 << 14];
      while ((entry = zip.getNextEntry()) != null) {
        if (++entries > MAX_ENTRIES) {
          return Optional.of(Breach.limit("maxZipEntries", MAX_ENTRIES, "> " + MAX_ENTRIES));
        }
        String name = entry.getName().toLowerCase(Locale.ROOT);
        boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
        document |= name.equals("word/document.xml");
        long out = 0;
        long start = counted.count();
        Prolog prolog = xml ? new Prolog() : null;
        int n;
        while ((n = zip.read(buffer)) > 0) {
          if (prolog != null && !prolog.accept(buffer, n)) {
            return Optional.of(
                Breach.syntax("a document type declaration in " + shown(entry.getName())));
          }
          out += n;
          total += n;
          if (xml && out > MAX_XML_BYTES) {
            return Optional.of(
                Breach.limit("maxDocxXmlBytes", MAX_XML_BYTES, "> " + MAX_XML_BYTES));
          }
          if (total > MAX_TOTAL_BYTES) {
            return Optional.of(
                Breach.limit("maxDocxBytes", MAX_TOTAL_BYTES, "> " + MAX_TOTAL_BYTES));
          }
          // the compressed bytes consumed so far (the sizes a streamed entry declares come after
          // it)
          long compressed = Math.max(1, counted.count() - start);
          if (out > RATIO_GRACE && out / compressed > MAX_RATIO) {
            return Optional.of(
                Breach.limit("maxInflateRatio", MAX_RATIO, Long.toString(out / compressed)));
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      return Optional.of(Breach.syntax("not a valid ZIP archive"));
    }
    if (entries == 0) {
      return Optional.of(Breach.syntax("not a ZIP archive"));
    }
    if (!document) {
      return Optional.of(Breach.syntax("no word/document.xml: not a Word document"));
    }
    return Optional.empty();
  }

  /** The bytes of the file, counting how many the ZIP reader has consumed. */
  private static final class Counted extends ByteArrayInputStream {
    Counted(byte[] bytes) {
      super(bytes);
    }

    long count() {
      return pos;
    }
  }

  private static String shown(String name) {
    String shown = name.length() > 80 ? name.substring(0, 80) : name;
    return shown.replaceAll("[^\\p{Alnum}./_\\[\\]-]", "?");
  }

  /**
   * Watches the first {@value #PROLOG} bytes of an XML part, where its prolog stands, for {@code
   * <!DOCTYPE} (a declaration after the root element is not XML at all).
   */
  private static final class Prolog {
    static final int PROLOG = 4096;
    private final StringBuilder seen = new StringBuilder();

    /** False when the part declares a document type. */
    boolean accept(byte[] buffer, int length) {
      if (seen.length() >= PROLOG) {
        return true;
      }
      for (int i = 0; i < length && seen.length() < PROLOG; i++) {
        byte b = buffer[i];
        if (b != 0) { // UTF-16 text: its ASCII characters, without their zero bytes
          seen.append((char) (b & 0xFF));
        }
      }
      return seen.toString().toUpperCase(Locale.ROOT).indexOf("<!DOCTYPE") < 0;
    }
  }
}
