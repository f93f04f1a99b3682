package org.dangjian.io.bulletin.internal.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.dangjian.core.record.RecordKind;
import org.dangjian.io.DataFormat;
import org.dangjian.io.bulletin.internal.ExtractedText;
import org.dangjian.io.bulletin.internal.FileProblems;
import org.dangjian.io.bulletin.internal.TextHandOff;
import org.dangjian.io.spi.FormatReader;
import org.dangjian.io.spi.ReadContext;

/**
 * Reads a bulletin from a Word document ({@code .docx}, one bulletin per file). {@link DocxGuard}
 * checks the ZIP container first (entries, inflated sizes and ratio, no document type declaration
 * in any XML part); POI's XWPF then opens it from memory, {@link DocxText} takes its paragraphs,
 * tables and text boxes in document order, with heading styles made into sections and items, and
 * the text goes to the plain-text reader ({@link TextHandOff}); issues name the lines of that text.
 * A file larger than {@value #MAX_BYTES} bytes or beyond a guard limit is {@code IO-LIMIT}; one
 * that is not a Word document, or that POI cannot read, is {@code IO-SYNTAX}; each rejects the
 * file.
 */
public final class DocxBulletinReader implements FormatReader {

  /** The format: {@code docx}, bulletins only. */
  public static final DataFormat DOCX = DataFormat.of("docx", EnumSet.of(RecordKind.BULLETIN));

  /** Most bytes of a Word file. */
  static final long MAX_BYTES = 32L * 1024 * 1024;

  @Override
  public DataFormat format() {
    return DOCX;
  }

  @Override
  public void read(Path file, String source, ReadContext context) throws IOException {
    long size = Files.size(file);
    if (size > MAX_BYTES) {
      FileProblems.limit(context, source, "maxDocxFileBytes", MAX_BYTES, Long.toString(size));
      return;
    }
    try (InputStream in = Files.newInputStream(file)) {
      read(in, source, context);
    }
  }

  @Override
  public void read(InputStream in, String source, ReadContext context) throws IOException {
    byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      FileProblems.limit(context, source, "maxDocxFileBytes", MAX_BYTES, "> " + MAX_BYTES);
      return;
    }
    Optional<DocxGuard.Breach> breach = DocxGuard.check(bytes);
    if (breach.isPresent()) {
      DocxGuard.Breach b = breach.get();
      if (b.limit() != null) {
        FileProblems.limit(context, source, b.limit(), b.max(), b.actual());
      } else {
        FileProblems.syntax(context, source, b.detail());
      }
      return;
    }
    int maxChars = context.options().limits().maxRecordSize();
    List<String> lines;
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      lines = DocxText.lines(document, maxChars);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      // POI signals malformed parts with I/O and runtime exceptions (XmlBeans' among them); the
      // bytes are in memory, so every failure here is the file's structure
      String detail = FileProblems.safe(e.getMessage());
      FileProblems.syntax(
          context,
          source,
          "not a readable Word document" + (detail.isEmpty() ? "" : ": " + detail));
      return;
    }
    if (lines == null) {
      FileProblems.limit(context, source, "maxRecordSize", maxChars, "> " + maxChars);
      return;
    }
    TextHandOff.read(ExtractedText.of(lines), source, context);
  }

  /** The text the reader hands on for the Word document {@code docx}, for tests and diagnostics. */
  static String text(byte[] docx) throws IOException {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      return ExtractedText.of(DocxText.lines(document, Integer.MAX_VALUE));
    }
  }
}
