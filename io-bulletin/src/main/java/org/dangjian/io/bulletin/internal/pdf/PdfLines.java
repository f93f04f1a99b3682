package org.dangjian.io.bulletin.internal.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the text lines of a PDF in reading order with where they stand: PDFBox's {@link
 * PDFTextStripper}, sorted by position, finds the lines and the words on them; this subclass keeps,
 * for each line, its page, the x of its first and the end of its last glyph, its baseline, its font
 * size and whether its first glyph is bold (words set {@value #WIDE_GAP} font sizes or more apart
 * are separated by a tab rather than a space, as a masthead sets its publishers and its date), so
 * that {@link PdfParagraphs} can tell page furniture and wrapped lines from content. Text beyond
 * {@code maxChars} characters stops the collection ({@link #overflowed()}).
 */
final class PdfLines extends PDFTextStripper {

  /** One line of text as printed. */
  record Line(
      int page,
      float x,
      float endX,
      float y,
      float size,
      boolean bold,
      float pageWidth,
      float pageHeight,
      String text) {}

  /** A gap between words, in font sizes, that separates columns (marked with a tab). */
  static final float WIDE_GAP = 2f;

  private final long maxChars;
  private final List<Line> lines = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private long chars;
  private boolean overflowed;
  private int page;
  private float pageWidth;
  private float pageHeight;
  private TextPosition first;
  private TextPosition last;

  PdfLines(long maxChars) {
    this.maxChars = maxChars;
    setSortByPosition(true);
    setSuppressDuplicateOverlappingText(true);
  }

  /** The lines collected, in reading order. */
  List<Line> lines() {
    return lines;
  }

  /** True when the text went beyond the limit and collection stopped. */
  boolean overflowed() {
    return overflowed;
  }

  @Override
  protected void startPage(PDPage pdPage) throws IOException {
    page++;
    PDRectangle box = pdPage.getCropBox();
    pageWidth = box.getWidth();
    pageHeight = box.getHeight();
    super.startPage(pdPage);
  }

  @Override
  protected void writeString(String string, List<TextPosition> positions) {
    if (overflowed) {
      return;
    }
    if (!positions.isEmpty()) {
      TextPosition start = positions.get(0);
      if (first == null) {
        first = start;
      } else if (last != null
          && text.length() > 0
          && text.charAt(text.length() - 1) == ' '
          && start.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj())
              > WIDE_GAP * Math.max(1f, start.getFontSizeInPt())) {
        text.setCharAt(text.length() - 1, '\t');
      }
      last = positions.get(positions.size() - 1);
    }
    append(string);
  }

  @Override
  protected void writeWordSeparator() {
    append(" ");
  }

  @Override
  protected void writeLineSeparator() {
    flush();
  }

  @Override
  protected void endPage(PDPage pdPage) throws IOException {
    flush();
    super.endPage(pdPage);
  }

  /** Ends the line being collected, if any. */
  private void flush() {
    if (first != null && !overflowed) {
      String line = text.toString().strip().replaceAll("\\s*\t\\s*", "\t");
      if (!line.isEmpty()) {
        lines.add(
            new Line(
                page,
                first.getXDirAdj(),
                last.getXDirAdj() + last.getWidthDirAdj(),
                first.getYDirAdj(),
                Math.max(first.getFontSizeInPt(), first.getHeightDir()),
                bold(first.getFont()),
                pageWidth,
                pageHeight,
                line));
      }
    }
    text.setLength(0);
    first = null;
    last = null;
  }

  private void append(String string) {
    chars += string.length();
    if (chars > maxChars) {
      overflowed = true;
      return;
    }
    text.append(string);
  }

  private static boolean bold(PDFont font) {
    if (font == null) {
      return false;
    }
    PDFontDescriptor descriptor = font.getFontDescriptor();
    if (descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600)) {
      return true;
    }
    String name = font.getName();
    return name != null && name.toLowerCase(Locale.ROOT).contains("bold");
  }
}
