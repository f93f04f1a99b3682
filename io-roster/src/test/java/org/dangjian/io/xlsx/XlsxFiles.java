package org.dangjian.io.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Test helper: builds small XLSX files by hand, with exactly the XML a test needs (inline strings,
 * numbers, formulas, shared strings, extra or huge entries). Cells are written as text; a cell
 * starting with {@code #n:} is a number, {@code #f:} a formula, {@code #s:} a shared-string index.
 */
public final class XlsxFiles {

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  private final List<String> sheetNames = new ArrayList<>();
  private final List<StringBuilder> sheets = new ArrayList<>();
  private final Map<String, byte[]> extra = new LinkedHashMap<>();
  private String sharedStrings;

  /** A workbook with sheets of these names. */
  public static XlsxFiles workbook(String... names) {
    XlsxFiles files = new XlsxFiles();
    for (String name : names) {
      files.sheetNames.add(name);
      files.sheets.add(new StringBuilder());
    }
    return files;
  }

  /** Appends row {@code r} (1-based) to sheet {@code index} with cells from column A. */
  public XlsxFiles row(int index, int r, String... cells) {
    StringBuilder xml = sheets.get(index).append("<row r=\"").append(r).append("\">");
    for (int c = 0; c < cells.length; c++) {
      if (cells[c] == null) {
        continue;
      }
      xml.append(cell(column(c) + r, cells[c]));
    }
    xml.append("</row>");
    return this;
  }

  /** Appends raw XML inside {@code sheetData} of sheet {@code index}. */
  public XlsxFiles raw(int index, String xml) {
    sheets.get(index).append(xml);
    return this;
  }

  /** Sets the shared-string table: the strings as {@code <si>} elements. */
  public XlsxFiles sharedStrings(String... strings) {
    StringBuilder xml = new StringBuilder();
    for (String s : strings) {
      xml.append("<si><t>").append(escape(s)).append("</t></si>");
    }
    return sharedStringsXml(xml.toString());
  }

  /** Sets the shared-string table's inner XML. */
  public XlsxFiles sharedStringsXml(String inner) {
    this.sharedStrings = inner;
    return this;
  }

  /** Adds an entry. */
  public XlsxFiles entry(String name, byte[] data) {
    extra.put(name, data);
    return this;
  }

  /** The cell XML of {@code text} at {@code ref}. */
  public static String cell(String ref, String text) {
    if (text.startsWith("#n:")) {
      return "<c r=\"" + ref + "\"><v>" + text.substring(3) + "</v></c>";
    }
    if (text.startsWith("#f:")) {
      return "<c r=\"" + ref + "\"><f>" + escape(text.substring(3)) + "</f><v>0</v></c>";
    }
    if (text.startsWith("#s:")) {
      return "<c r=\"" + ref + "\" t=\"s\"><v>" + text.substring(3) + "</v></c>";
    }
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + escape(text) + "</t></is></c>";
  }

  /** The letters of a 0-based column. */
  public static String column(int c) {
    StringBuilder letters = new StringBuilder();
    for (int n = c + 1; n > 0; n = (n - 1) / 26) {
      letters.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return letters.toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** The XLSX bytes. */
  public byte[] bytes() {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(out)) {
        StringBuilder types =
            new StringBuilder(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
                    + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\""
                    + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
        if (sharedStrings != null) {
          types.append(
              "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
                  + "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
        }
        types.append("</Types>");
        put(zip, "[Content_Types].xml", types.toString());
        put(
            zip,
            "_rels/.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
                + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        StringBuilder workbook =
            new StringBuilder(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\""
                    + MAIN
                    + "\" xmlns:r=\""
                    + REL
                    + "\"><sheets>");
        StringBuilder rels =
            new StringBuilder(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
                    + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int i = 0; i < sheets.size(); i++) {
          workbook
              .append("<sheet name=\"")
              .append(escape(sheetNames.get(i)))
              .append("\" sheetId=\"")
              .append(i + 1)
              .append("\" r:id=\"rId")
              .append(i + 1)
              .append("\"/>");
          rels.append("<Relationship Id=\"rId")
              .append(i + 1)
              .append("\" Type=\"")
              .append(REL)
              .append("/worksheet\" Target=\"worksheets/sheet")
              .append(i + 1)
              .append(".xml\"/>");
        }
        workbook.append("</sheets></workbook>");
        rels.append("</Relationships>");
        put(zip, "xl/workbook.xml", workbook.toString());
        put(zip, "xl/_rels/workbook.xml.rels", rels.toString());
        for (int i = 0; i < sheets.size(); i++) {
          put(
              zip,
              "xl/worksheets/sheet" + (i + 1) + ".xml",
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                  + MAIN
                  + "\"><sheetData>"
                  + sheets.get(i)
                  + "</sheetData></worksheet>");
        }
        if (sharedStrings != null) {
          put(
              zip,
              "xl/sharedStrings.xml",
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\""
                  + MAIN
                  + "\">"
                  + sharedStrings
                  + "</sst>");
        }
        for (Map.Entry<String, byte[]> e : extra.entrySet()) {
          zip.putNextEntry(new ZipEntry(e.getKey()));
          zip.write(e.getValue());
          zip.closeEntry();
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A ZIP of the added entries only. */
  public byte[] bytesOnly() {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(out)) {
        for (Map.Entry<String, byte[]> e : extra.entrySet()) {
          zip.putNextEntry(new ZipEntry(e.getKey()));
          zip.write(e.getValue());
          zip.closeEntry();
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void put(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
