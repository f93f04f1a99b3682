package org.dangjian.io.bulletin.internal.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.dangjian.core.record.RecordKind;
import org.dangjian.io.DataFormat;
import org.dangjian.io.bulletin.internal.ExtractedText;
import org.dangjian.io.bulletin.internal.FileProblems;
import org.dangjian.io.bulletin.internal.TextHandOff;
import org.dangjian.io.spi.FormatReader;
import org.dangjian.io.spi.ReadContext;

/**
 * Reads a bulletin printed to PDF ({@code .pdf}, one bulletin per file). PDFBox extracts the text
 * in reading order ({@link PdfLines}), {@link PdfParagraphs} drops page furniture and joins wrapped
 * lines, and the text goes to the plain-text reader ({@link TextHandOff}), which finds the
 * masthead, sections, items, statistics and priorities by their content; issues name the lines of
 * that text. A file that does not start with {@code %PDF-} (within its first {@value
 * #HEADER_WINDOW} bytes), that does not end with {@code %%EOF} (within its last {@value
 * #TRAILER_WINDOW}: truncated), that needs a password, that PDFBox cannot parse (its buffers
 * included, at most {@value #MAX_MEMORY} bytes, in main memory only, so that nothing is written to
 * disk) or that holds no text at all (a scan) is {@code IO-SYNTAX}; more than {@value #MAX_BYTES}
 * bytes, {@value #MAX_PAGES} pages or {@link org.dangjian.io.ReadLimits#maxRecordSize()} characters
 * of text is {@code IO-LIMIT}; each then rejects the file.
 */
public final class PdfBulletinReader implements FormatReader {

  /** The format: {@code pdf}, bulletins only. */
  public static final DataFormat PDF = DataFormat.of("pdf", EnumSet.of(RecordKind.BULLETIN));

  /** Most bytes of a PDF file. */
  static final long MAX_BYTES = 64L * 1024 * 1024;

  /** Most pages. */
  static final int MAX_PAGES = 500;

  /** Most bytes PDFBox may hold for decoded streams and scratch data. */
  static final long MAX_MEMORY = 96L * 1024 * 1024;

  /** Where the {@code %PDF-} header must start (PDF readers accept some leading junk). */
  static final int HEADER_WINDOW = 1024;

  /** Where the {@code %%EOF} marker must stand: within this many bytes of the end. */
  static final int TRAILER_WINDOW = 1024;

  private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  @Override
  public DataFormat format() {
    return PDF;
  }

  @Override
  public void read(InputStream in, String source, ReadContext context) throws IOException {
    byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      FileProblems.limit(context, source, "maxPdfBytes", MAX_BYTES, "> " + MAX_BYTES);
      return;
    }
    if (!hasHeader(bytes, bytes.length)) {
      notPdf(context, source);
      return;
    }
    int tail = Math.max(0, bytes.length - TRAILER_WINDOW);
    if (!hasEnd(java.util.Arrays.copyOfRange(bytes, tail, bytes.length))) {
      truncated(context, source);
      return;
    }
    read(new RandomAccessReadBuffer(bytes), source, context);
  }

  @Override
  public void read(Path file, String source, ReadContext context) throws IOException {
    long size = Files.size(file);
    if (size > MAX_BYTES) {
      FileProblems.limit(context, source, "maxPdfBytes", MAX_BYTES, Long.toString(size));
      return;
    }
    byte[] start;
    try (InputStream in = Files.newInputStream(file)) {
      start = in.readNBytes(HEADER_WINDOW);
    }
    if (!hasHeader(start, start.length)) {
      notPdf(context, source);
      return;
    }
    byte[] end;
    try (java.nio.channels.SeekableByteChannel channel = Files.newByteChannel(file)) {
      long from = Math.max(0, size - TRAILER_WINDOW);
      channel.position(from);
      java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate((int) (size - from));
      while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
        // fill the tail
      }
      end = java.util.Arrays.copyOf(buffer.array(), buffer.position());
    }
    if (!hasEnd(end)) {
      truncated(context, source);
      return;
    }
    read(new RandomAccessReadBufferedFile(file), source, context);
  }

  private static void truncated(ReadContext context, String source) {
    FileProblems.syntax(context, source, "a truncated PDF: no %%EOF at its end");
  }

  /** True when {@code tail}, the last bytes of the file, holds the end-of-file marker. */
  static boolean hasEnd(byte[] tail) {
    String text = new String(tail, StandardCharsets.ISO_8859_1);
    return text.contains("%%EOF");
  }

  private static void notPdf(ReadContext context, String source) {
    FileProblems.syntax(context, source, "not a PDF file: no %PDF- header");
  }

  static boolean hasHeader(byte[] bytes, int length) {
    int last = Math.min(length, HEADER_WINDOW) - HEADER.length;
    for (int i = 0; i <= last; i++) {
      int j = 0;
      while (j < HEADER.length && bytes[i + j] == HEADER[j]) {
        j++;
      }
      if (j == HEADER.length) {
        return true;
      }
    }
    return false;
  }

  private static void read(RandomAccessRead input, String source, ReadContext context)
      throws IOException {
    int maxChars = context.options().limits().maxRecordSize();
    PdfLines lines = new PdfLines(maxChars);
    try (PDDocument document =
        Loader.loadPDF(
            input,
            "",
            null,
            null,
            MemoryUsageSetting.setupMainMemoryOnly(MAX_MEMORY).streamCache)) {
      int pages = document.getNumberOfPages();
      if (pages > MAX_PAGES) {
        FileProblems.limit(context, source, "maxPdfPages", MAX_PAGES, Integer.toString(pages));
        return;
      }
      lines.writeText(document, Writer.nullWriter());
    } catch (InvalidPasswordException e) {
      FileProblems.syntax(context, source, "an encrypted PDF that needs a password");
      return;
    } catch (IOException | RuntimeException | StackOverflowError e) {
      // PDFBox signals malformed files with I/O and runtime exceptions, and overly deep nesting
      // with a stack overflow; the input is bytes in memory or a local file, so every failure here
      // is the file's structure or a PDFBox buffer limit
      String detail = FileProblems.safe(e.getMessage());
      FileProblems.syntax(
          context, source, "not a readable PDF" + (detail.isEmpty() ? "" : ": " + detail));
      return;
    } finally {
      input.close();
    }
    if (lines.overflowed()) {
      FileProblems.limit(context, source, "maxRecordSize", maxChars, "> " + maxChars);
      return;
    }
    if (lines.lines().isEmpty()) {
      FileProblems.syntax(
          context, source, "a PDF without text: its pages are images (a scan) or empty");
      return;
    }
    TextHandOff.read(ExtractedText.of(PdfParagraphs.text(lines.lines())), source, context);
  }

  /** The text the reader hands on for the PDF {@code pdf}, for tests and diagnostics. */
  static String text(byte[] pdf) throws IOException {
    PdfLines lines = new PdfLines(Integer.MAX_VALUE);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      lines.writeText(document, Writer.nullWriter());
    }
    return ExtractedText.of(PdfParagraphs.text(lines.lines()));
  }
}
