package org.dangjian.io.bulletin.internal;

import java.util.List;
import org.dangjian.io.bulletin.internal.text.TextBulletinReader;
import org.dangjian.io.spi.ReadContext;

/**
 * Hands the text that the PDF and Word readers extract to the tolerant layout engine of plain-text
 * bulletins ({@link TextBulletinReader#readParagraphs}: each line is a whole paragraph), so that
 * one engine reads every text-like form. Every record and problem goes to the caller's context;
 * line numbers in issues count the lines of the extracted text.
 */
public final class TextHandOff {

  private TextHandOff() {}

  /**
   * Reads {@code text} as a plain-text bulletin named {@code source}, reporting to {@code context}.
   */
  public static void read(String text, String source, ReadContext context) {
    List<String> lines = List.of(text.split("\n", -1));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines = lines.subList(0, lines.size() - 1);
    }
    TextBulletinReader.readParagraphs(lines, source, context);
  }
}
