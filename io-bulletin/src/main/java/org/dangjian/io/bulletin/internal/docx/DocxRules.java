package org.dangjian.io.bulletin.internal.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

/**
 * The rules of the Word layout, drawn as paragraph borders so that they stay with their text: the
 * red rule under the masthead and the black rules above and below the trailer.
 */
final class DocxRules {

  private DocxRules() {}

  /**
   * Draws a rule of {@code eighths} eighths of a point in {@code color} under {@code paragraph}.
   */
  static void bottom(XWPFParagraph paragraph, String color, int eighths) {
    style(borders(paragraph).addNewBottom(), color, eighths);
  }

  /**
   * Draws a rule of {@code eighths} eighths of a point in {@code color} above {@code paragraph}.
   */
  static void top(XWPFParagraph paragraph, String color, int eighths) {
    style(borders(paragraph).addNewTop(), color, eighths);
  }

  private static CTPBdr borders(XWPFParagraph paragraph) {
    CTPPr properties =
        paragraph.getCTP().isSetPPr()
            ? paragraph.getCTP().getPPr()
            : paragraph.getCTP().addNewPPr();
    return properties.isSetPBdr() ? properties.getPBdr() : properties.addNewPBdr();
  }

  private static void style(CTBorder border, String color, int eighths) {
    border.setVal(STBorder.SINGLE);
    border.setSz(BigInteger.valueOf(eighths));
    border.setSpace(BigInteger.valueOf(4));
    border.setColor(color);
  }
}
