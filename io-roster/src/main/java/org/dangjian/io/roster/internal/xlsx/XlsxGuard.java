package org.dangjian.io.roster.internal.xlsx;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.dangjian.io.ReadLimits;
import org.dangjian.io.roster.internal.CellText;

/**
 * Checks an XLSX file against the {@link ReadLimits} before fastexcel-reader opens it, because
 * fastexcel-reader inflates ZIP entries without bounds and keeps every shared string up to the
 * highest index a cell uses in a list in memory. The guard reads the ZIP directory with the JDK
 * (entry count) and then every entry with commons-compress, the library fastexcel-reader uses, so
 * that both see the same entries. While inflating it measures bytes out and bytes in (not the sizes
 * the ZIP declares) and stops at the first breach: entry size, inflate ratio (checked once an entry
 * has inflated past {@value #RATIO_GRACE} bytes), and, in XML parts, rows and columns of a sheet,
 * characters of a cell, the number and total characters of shared strings, and shared-string
 * indexes beyond the table. XML is read with the JDK's StAX parser without DTDs, which hands long
 * text over in chunks, so no text is held whole. POI's {@code ZipSecureFile} is no substitute: it
 * guards the packages POI itself opens, and fastexcel-reader opens the workbook with its own
 * commons-compress {@code ZipFile}; it also knows nothing of rows, cells or shared strings.
 */
final class XlsxGuard {

  /** Bytes an entry may inflate to before its ratio is checked: small parts cannot do harm. */
  static final long RATIO_GRACE = 1L << 20;

  private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String REL_NS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  private final ReadLimits limits;
  private final XMLInputFactory xml;
  private final Map<String, String> sheetNamesByRelation = new HashMap<>();
  private final Map<String, String> partsByRelation = new HashMap<>();
  private long sharedStrings = -1;
  private long highestSharedIndex = -1;
  private Breach highestSharedCell;

  /**
   * What ended the check: a limit (name, maximum, actual) or malformed content (detail), with the
   * sheet, row and cell when known.
   */
  record Breach(
      String limit,
      long max,
      String actual,
      String detail,
      Optional<String> sheet,
      int row,
      Optional<String> cell) {

    static Breach limit(String limit, long max, String actual) {
      return new Breach(limit, max, actual, null, Optional.empty(), 0, Optional.empty());
    }

    static Breach syntax(String detail) {
      return new Breach(null, 0, null, detail, Optional.empty(), 0, Optional.empty());
    }

    Breach at(Optional<String> sheet, int row, Optional<String> cell) {
      return new Breach(limit, max, actual, detail, sheet, row, cell);
    }

    boolean isLimit() {
      return limit != null;
    }
  }

  /** A breach found while reading a part; unwinds the scan. */
  private static final class Stop extends Exception {
    private static final long serialVersionUID = 1L;
    final transient Breach breach;

    Stop(Breach breach) {
      super(null, null, false, false);
      this.breach = breach;
    }
  }

  XlsxGuard(ReadLimits limits) {
    this.limits = limits;
    this.xml = XMLInputFactory.newDefaultFactory();
    xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    xml.setProperty(XMLInputFactory.IS_COALESCING, false);
    xml.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
  }

  /** Checks {@code file}; empty when it is within every limit. */
  Optional<Breach> check(Path file) throws IOException {
    try (java.util.zip.ZipFile directory = new java.util.zip.ZipFile(file.toFile())) {
      if (directory.size() > limits.maxZipEntries()) {
        return Optional.of(
            Breach.limit(
                "maxZipEntries", limits.maxZipEntries(), Integer.toString(directory.size())));
      }
    } catch (IOException | RuntimeException e) {
      return Optional.of(Breach.syntax("not a ZIP archive"));
    }
    try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
      List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
      if (entries.size() > limits.maxZipEntries()) {
        return Optional.of(
            Breach.limit(
                "maxZipEntries", limits.maxZipEntries(), Integer.toString(entries.size())));
      }
      // the workbook and its relations first, so that sheet parts can be named
      List<ZipArchiveEntry> ordered = new ArrayList<>();
      for (ZipArchiveEntry entry : entries) {
        if (isWorkbookPart(entry.getName())) {
          ordered.add(0, entry);
        } else {
          ordered.add(entry);
        }
      }
      for (ZipArchiveEntry entry : ordered) {
        if (entry.isDirectory()) {
          continue;
        }
        if (!zip.canReadEntryData(entry)) {
          return Optional.of(Breach.syntax("unsupported ZIP entry " + safe(entry.getName())));
        }
        try (InputStream raw = zip.getInputStream(entry)) {
          scan(entry.getName(), new Measured(raw, entry.getCompressedSize()));
        } catch (Stop stop) {
          return Optional.of(stop.breach);
        }
      }
      if (highestSharedIndex >= 0 && highestSharedIndex >= Math.max(0, sharedStrings)) {
        return Optional.of(highestSharedCell);
      }
      return Optional.empty();
    } catch (Breached e) {
      return Optional.of(e.breach);
    } catch (IOException | RuntimeException e) {
      // the file is a copy of the input on local disk: a failure to read it is its structure
      return Optional.of(
          Breach.syntax("not a valid ZIP archive: " + CellText.safeDetail(e.getMessage())));
    }
  }

  private static boolean isWorkbookPart(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith("workbook.xml") || lower.endsWith("workbook.xml.rels");
  }

  private static String safe(String name) {
    String shown = name.length() > 80 ? name.substring(0, 80) : name;
    return shown.replaceAll("[^\\p{Alnum}./_\\[\\]-]", "?");
  }

  /** An entry's inflated bytes, measured against the compressed bytes actually consumed. */
  private final class Measured extends InputStream {
    private final InputStream in;
    private final InputStreamStatistics statistics;
    private final long declaredCompressed;
    private long out;

    Measured(InputStream in, long declaredCompressed) {
      this.in = in;
      this.statistics = in instanceof InputStreamStatistics s ? s : null;
      this.declaredCompressed = declaredCompressed;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        out += n;
        check();
      }
      return n;
    }

    private void check() throws IOException {
      if (out > limits.maxEntryBytes()) {
        throw new Breached(
            Breach.limit("maxEntryBytes", limits.maxEntryBytes(), "> " + limits.maxEntryBytes()));
      }
      if (out > RATIO_GRACE) {
        long in = statistics != null ? statistics.getCompressedCount() : declaredCompressed;
        long ratio = out / Math.max(1, in);
        if (ratio > limits.maxInflateRatio()) {
          throw new Breached(
              Breach.limit("maxInflateRatio", limits.maxInflateRatio(), Long.toString(ratio)));
        }
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** Carries a breach through the XML parser, which only passes I/O exceptions on. */
  private static final class Breached extends IOException {
    private static final long serialVersionUID = 1L;
    final transient Breach breach;

    Breached(Breach breach) {
      super(breach.limit);
      this.breach = breach;
    }
  }

  private void scan(String name, Measured entry) throws IOException, Stop {
    BufferedInputStream in = new BufferedInputStream(entry, 1 << 14);
    try {
      if (!startsLikeXml(in)) {
        drain(in);
        return;
      }
      XMLStreamReader reader;
      try {
        reader = xml.createXMLStreamReader(in);
        xmlPart(name, reader);
      } catch (XMLStreamException e) {
        Breached breached = breached(e);
        if (breached != null) {
          throw breached;
        }
        drain(in); // malformed XML: fastexcel-reader reports it, if it reads this part at all
      }
    } catch (Breached e) {
      throw new Stop(e.breach);
    }
  }

  private static Breached breached(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof Breached b) {
        return b;
      }
      if (t instanceof XMLStreamException x && x.getNestedException() instanceof Breached b) {
        return b;
      }
    }
    return null;
  }

  private static boolean startsLikeXml(BufferedInputStream in) throws IOException {
    in.mark(64);
    try {
      for (int i = 0; i < 64; i++) {
        int b = in.read();
        if (b < 0) {
          return false;
        }
        if (b == '<') {
          return true;
        }
        if (b != 0xEF && b != 0xBB && b != 0xBF && b != ' ' && b != '\t' && b != '\r'
            && b != '\n') {
          return false;
        }
      }
      return false;
    } finally {
      in.reset();
    }
  }

  private static void drain(InputStream in) throws IOException {
    byte[] buffer = new byte[1 << 14];
    while (in.read(buffer) >= 0) {
      // measured by the stream
    }
  }

  private void xmlPart(String name, XMLStreamReader r) throws XMLStreamException, Stop {
    while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
      // the root element
    }
    if (!r.isStartElement()) {
      return;
    }
    switch (r.getLocalName()) {
      case "sst" -> sharedStrings(r);
      case "worksheet" -> sheet(name, r);
      case "workbook" -> workbook(r);
      case "Relationships" -> relationships(name, r);
      default -> {
        while (r.hasNext()) {
          r.next();
        }
      }
    }
  }

  private void workbook(XMLStreamReader r) throws XMLStreamException {
    while (r.hasNext()) {
      if (r.next() == XMLStreamConstants.START_ELEMENT && "sheet".equals(r.getLocalName())) {
        String id = r.getAttributeValue(REL_NS, "id");
        String sheetName = r.getAttributeValue(null, "name");
        if (id != null && sheetName != null) {
          sheetNamesByRelation.put(id, sheetName);
        }
      }
    }
  }

  private void relationships(String name, XMLStreamReader r) throws XMLStreamException {
    boolean workbookRelations = name.toLowerCase(Locale.ROOT).endsWith("workbook.xml.rels");
    String folder = name.contains("_rels/") ? name.substring(0, name.indexOf("_rels/")) : "";
    while (r.hasNext()) {
      if (r.next() == XMLStreamConstants.START_ELEMENT
          && workbookRelations
          && "Relationship".equals(r.getLocalName())) {
        String id = r.getAttributeValue(null, "Id");
        String target = r.getAttributeValue(null, "Target");
        if (id != null && target != null) {
          partsByRelation.put(id, target.startsWith("/") ? target.substring(1) : folder + target);
        }
      }
    }
  }

  private Optional<String> sheetName(String part) {
    for (Map.Entry<String, String> relation : partsByRelation.entrySet()) {
      if (relation.getValue().equalsIgnoreCase(part)) {
        return Optional.ofNullable(sheetNamesByRelation.get(relation.getKey()));
      }
    }
    return Optional.empty();
  }

  private void sharedStrings(XMLStreamReader r) throws XMLStreamException, Stop {
    long count = 0;
    long total = 0;
    long current = 0;
    int depth = 0;
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT && "si".equals(r.getLocalName())) {
        if (++count > limits.maxSharedStrings()) {
          throw new Stop(
              Breach.limit(
                  "maxSharedStrings", limits.maxSharedStrings(), "> " + limits.maxSharedStrings()));
        }
        current = 0;
        depth = 1;
      } else if (event == XMLStreamConstants.END_ELEMENT && "si".equals(r.getLocalName())) {
        depth = 0;
      } else if (depth > 0
          && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
        int length = r.getTextLength();
        current += length;
        total += length;
        if (current > limits.maxCellCharacters()) {
          throw new Stop(
              Breach.limit(
                  "maxCellCharacters",
                  limits.maxCellCharacters(),
                  "> " + limits.maxCellCharacters()));
        }
        if (total > limits.maxSharedStringCharacters()) {
          throw new Stop(
              Breach.limit(
                  "maxSharedStringCharacters",
                  limits.maxSharedStringCharacters(),
                  "> " + limits.maxSharedStringCharacters()));
        }
      }
    }
    sharedStrings = sharedStrings < 0 ? count : Math.min(sharedStrings, count);
  }

  private void sheet(String part, XMLStreamReader r) throws XMLStreamException, Stop {
    Optional<String> sheet = sheetName(part);
    long rows = 0;
    int row = 0;
    int cells = 0;
    int column = -1;
    String cellRef = null;
    boolean sharedCell = false;
    boolean inValue = false;
    StringBuilder value = new StringBuilder();
    long characters = 0;
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String element = r.getLocalName();
        if ("row".equals(element)) {
          rows++;
          String number = r.getAttributeValue(null, "r");
          row = number == null ? row + 1 : parseRow(number, sheet);
          if (rows > limits.maxSheetRows() || row > limits.maxSheetRows()) {
            throw new Stop(
                Breach.limit(
                        "maxSheetRows",
                        limits.maxSheetRows(),
                        Long.toString(Math.max(rows, (long) row)))
                    .at(sheet, row, Optional.empty()));
          }
          cells = 0;
          column = -1;
        } else if ("c".equals(element)) {
          cellRef = r.getAttributeValue(null, "r");
          column = cellRef == null ? column + 1 : parseColumn(cellRef, sheet, row);
          cells++;
          if (Math.max(cells, column + 1) > limits.maxColumns()) {
            throw new Stop(
                Breach.limit(
                        "maxColumns",
                        limits.maxColumns(),
                        Integer.toString(Math.max(cells, column + 1)))
                    .at(sheet, row, Optional.of(reference(row, column))));
          }
          sharedCell = "s".equals(r.getAttributeValue(null, "t"));
          characters = 0;
        } else if ("v".equals(element)) {
          inValue = true;
          value.setLength(0);
        }
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
        if (column >= 0) {
          characters += r.getTextLength();
          if (characters > limits.maxCellCharacters()) {
            throw new Stop(
                Breach.limit(
                        "maxCellCharacters",
                        limits.maxCellCharacters(),
                        "> " + limits.maxCellCharacters())
                    .at(sheet, row, Optional.of(reference(row, column))));
          }
          if (inValue && sharedCell && value.length() < 20) {
            value.append(r.getTextCharacters(), r.getTextStart(), Math.min(20, r.getTextLength()));
          }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        String element = r.getLocalName();
        if ("v".equals(element)) {
          inValue = false;
          if (sharedCell) {
            sharedIndex(value.toString().strip(), sheet, row, column);
          }
        } else if ("c".equals(element)) {
          sharedCell = false;
        }
      }
    }
  }

  private void sharedIndex(String text, Optional<String> sheet, int row, int column) throws Stop {
    long index;
    try {
      index = text.isEmpty() ? -1 : Long.parseLong(text);
    } catch (NumberFormatException e) {
      index = Long.MAX_VALUE;
    }
    if (index < -1 || index > Integer.MAX_VALUE) {
      throw new Stop(
          Breach.syntax("shared-string index is not a number")
              .at(sheet, row, Optional.of(reference(row, column))));
    }
    if (index > highestSharedIndex) {
      highestSharedIndex = index;
      highestSharedCell =
          Breach.syntax("shared-string index beyond the shared-string table")
              .at(sheet, row, Optional.of(reference(row, column)));
    }
  }

  private int parseRow(String number, Optional<String> sheet) throws Stop {
    try {
      int row = Integer.parseInt(number.strip());
      if (row >= 1) {
        return row;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new Stop(Breach.syntax("row number is not a number").at(sheet, 0, Optional.empty()));
  }

  private int parseColumn(String reference, Optional<String> sheet, int row) throws Stop {
    int column = 0;
    int letters = 0;
    for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
      char c = Character.toUpperCase(reference.charAt(i));
      if (c < 'A' || c > 'Z' || ++letters > 3) {
        throw new Stop(Breach.syntax("invalid cell reference").at(sheet, row, Optional.empty()));
      }
      column = column * 26 + (c - 'A' + 1);
    }
    if (letters == 0) {
      throw new Stop(Breach.syntax("invalid cell reference").at(sheet, row, Optional.empty()));
    }
    return column - 1;
  }

  /** The A1-style reference of a 1-based row and 0-based column. */
  static String reference(int row, int column) {
    StringBuilder letters = new StringBuilder();
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      letters.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return letters.toString() + row;
  }
}
