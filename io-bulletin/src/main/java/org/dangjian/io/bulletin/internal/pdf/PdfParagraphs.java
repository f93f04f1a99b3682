package org.dangjian.io.bulletin.internal.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dangjian.io.bulletin.internal.ExtractedText;
import org.dangjian.io.bulletin.internal.pdf.PdfLines.Line;

/**
 * Turns the positioned lines of a PDF into the text the plain-text reader reads: page furniture
 * dropped, wrapped lines joined into their paragraph. Furniture is a line in the top or bottom
 * {@value #BAND} of its page that is a page number ({@code 3}, {@code - 3 -}, {@code 第3页}, {@code
 * 3/8}) or whose text, digits aside, stands in that band of another page too (a running header or
 * footer, such as a browser's date, title and address). A line is joined to the one before it when
 * the one before reaches the right edge of the text on its page (it was wrapped, possibly in the
 * middle of a word or across a page break), it starts at the left edge (or, after a line that opens
 * with a list marker such as {@code ◇}, under the text after the marker), its font size is the same
 * and it does not open a section, item or priority itself. Lines are joined without a space unless
 * both sides are Latin letters or digits; {@link ExtractedText} makes the text of the result.
 */
final class PdfParagraphs {

  /** The share of the page height at its top and bottom where running headers and footers stand. */
  static final double BAND = 0.08;

  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "[-—–－~～]{0,2}\\s*[0-9]{1,4}\\s*[-—–－~～]{0,2}"
              + "|第\\s*[0-9]{1,4}\\s*页(?:\\s*[，,/]?\\s*共\\s*[0-9]{1,4}\\s*页)?"
              + "|[0-9]{1,4}\\s*/\\s*[0-9]{1,4}"
              + "|[Pp]age\\s*[0-9]{1,4}(?:\\s*(?:of|/)\\s*[0-9]{1,4})?");

  private static final Pattern MARKER = Pattern.compile("[➤➢►▶◇◆●■□•·\\-*][\\s\\S]*");

  private PdfParagraphs() {}

  /**
   * The logical lines of {@code lines}: one per paragraph or table row, in reading order, columns
   * separated by a tab.
   */
  static List<String> text(List<Line> lines) {
    List<Line> content = withoutFurniture(lines);
    Map<Integer, float[]> edges = edges(content);
    List<String> text = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    Line before = null;
    for (Line line : content) {
      String printed = line.text();
      if (before != null && continues(before, line, edges)) {
        if (latin(current.charAt(current.length() - 1)) && latin(printed.charAt(0))) {
          current.append(' ');
        }
      } else if (before != null) {
        text.add(current.toString());
        current.setLength(0);
      }
      current.append(printed);
      before = line;
    }
    if (before != null) {
      text.add(current.toString());
    }
    return text;
  }

  private static List<Line> withoutFurniture(List<Line> lines) {
    Map<String, Integer> pagesWith = new HashMap<>();
    Map<String, Integer> lastPage = new HashMap<>();
    for (Line line : lines) {
      if (inBand(line)) {
        String key = key(line.text());
        if (!Integer.valueOf(line.page()).equals(lastPage.put(key, line.page()))) {
          pagesWith.merge(key, 1, Integer::sum);
        }
      }
    }
    List<Line> content = new ArrayList<>();
    for (Line line : lines) {
      boolean furniture =
          inBand(line)
              && (PAGE_NUMBER.matcher(line.text().strip()).matches()
                  || pagesWith.getOrDefault(key(line.text()), 0) > 1);
      if (!furniture) {
        content.add(line);
      }
    }
    return content;
  }

  private static boolean inBand(Line line) {
    double band = line.pageHeight() * BAND;
    return line.y() < band || line.y() > line.pageHeight() - band;
  }

  /** A line's text with its digits and spaces dropped, to find a running header or footer. */
  private static String key(String text) {
    return text.replaceAll("[0-9\\s]", "");
  }

  /** The left and right edge of the text of each page: the leftmost start and rightmost end. */
  private static Map<Integer, float[]> edges(List<Line> lines) {
    Map<Integer, float[]> edges = new HashMap<>();
    for (Line line : lines) {
      float[] edge =
          edges.computeIfAbsent(line.page(), p -> new float[] {Float.MAX_VALUE, -Float.MAX_VALUE});
      edge[0] = Math.min(edge[0], line.x());
      edge[1] = Math.max(edge[1], line.endX());
    }
    return edges;
  }

  private static boolean continues(Line before, Line line, Map<Integer, float[]> edges) {
    float size = Math.max(1f, before.size());
    if (Math.abs(before.size() - line.size()) > size * 0.15f
        || ExtractedText.OPENS.matcher(line.text()).lookingAt()) {
      return false;
    }
    if (before.endX() < edges.get(before.page())[1] - 1.5f * size) {
      return false;
    }
    float left = edges.get(line.page())[0];
    if (line.x() <= left + 0.5f * size) {
      return true;
    }
    // a hanging indent: the text after a list marker, as priorities are printed
    return MARKER.matcher(before.text()).matches()
        && line.x() > before.x() + 0.5f * size
        && line.x() <= before.x() + 3f * size
        && line.page() == before.page();
  }

  private static boolean latin(char c) {
    return c < 0x80 && Character.isLetterOrDigit(c);
  }
}
