package org.dangjian.io.bulletin.internal.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * The logical lines of a Word document's body, in document order, for {@link
 * org.dangjian.io.bulletin.internal.ExtractedText}: a paragraph is a line; a table row is a line
 * whose cells are separated by tabs (a masthead set in a table); the paragraphs of a text box
 * ({@code w:txbxContent}, once, although Word stores a drawing's text box twice, as the drawing and
 * as its VML fallback) come before the text of the paragraph that anchors it. A paragraph in a
 * heading style ({@code Heading N}, {@code 标题 N}, or an outline level) is a section heading when it
 * is at the level of the first bracketed heading {@code 【…】} or above, and gets brackets if it has
 * none; below that level it is an item headline and gets the {@code ➤} marker if it has none.
 * Headings before the first section (the title, the lead headline) stay as they are.
 */
final class DocxText {

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final Pattern HEADING_STYLE =
      Pattern.compile("(?:heading|标题)\\s*([1-9])", Pattern.CASE_INSENSITIVE);
  private static final String ITEM_MARKERS = "➤➢►▶";

  private final XWPFDocument document;
  private final List<String> lines = new ArrayList<>();
  private int sectionLevel = -1;
  private final int maxChars;
  private long chars;

  private DocxText(XWPFDocument document, int maxChars) {
    this.document = document;
    this.maxChars = maxChars;
  }

  /** The lines of {@code document}, or null when they hold more than {@code maxChars}. */
  static List<String> lines(XWPFDocument document, int maxChars) {
    DocxText text = new DocxText(document, maxChars);
    for (IBodyElement element : document.getBodyElements()) {
      if (!text.element(element)) {
        return null;
      }
    }
    return text.lines;
  }

  private boolean element(IBodyElement element) {
    if (element instanceof XWPFParagraph paragraph) {
      return paragraph(paragraph);
    }
    if (element instanceof XWPFTable table) {
      for (XWPFTableRow row : table.getRows()) {
        List<String> cells = new ArrayList<>();
        for (XWPFTableCell cell : row.getTableCells()) {
          StringBuilder text = new StringBuilder();
          for (XWPFParagraph paragraph : cell.getParagraphs()) {
            if (text.length() > 0) {
              text.append('\t');
            }
            text.append(paragraph.getText().strip());
          }
          cells.add(text.toString());
        }
        if (!add(String.join("\t", cells))) {
          return false;
        }
      }
    }
    return true;
  }

  private boolean paragraph(XWPFParagraph paragraph) {
    List<String> boxes = textBoxes(paragraph);
    for (String box : boxes) {
      if (!add(box)) {
        return false;
      }
    }
    // POI's paragraph text includes the text of VML text boxes: without boxes, take it as it is
    String text = boxes.isEmpty() ? paragraph.getText().strip() : ownText(paragraph);
    OptionalInt level = headingLevel(paragraph);
    if (level.isPresent() && !text.isEmpty()) {
      int n = level.getAsInt();
      if (text.startsWith("【")) {
        if (sectionLevel < 0) {
          sectionLevel = n;
        }
      } else if (sectionLevel >= 0) {
        if (n <= sectionLevel) {
          text = "【" + text + "】";
        } else if (ITEM_MARKERS.indexOf(text.charAt(0)) < 0) {
          text = "➤" + text;
        }
      }
    }
    return add(text);
  }

  /** The text of the runs of {@code paragraph} without the text of the boxes they anchor. */
  private static String ownText(XWPFParagraph paragraph) {
    StringBuilder text = new StringBuilder();
    for (IRunElement run : paragraph.getIRuns()) {
      if (run instanceof XWPFRun r) {
        text.append(r.text());
      }
    }
    return text.toString().strip();
  }

  /** The paragraphs of the text boxes anchored in {@code anchor}, each box once. */
  private static List<String> textBoxes(XWPFParagraph anchor) {
    List<String> boxes = new ArrayList<>();
    XmlObject[] found =
        anchor.getCTP().selectPath("declare namespace w='" + W + "' .//w:txbxContent");
    for (XmlObject box : found) {
      if (underFallback(box)) {
        continue;
      }
      XmlObject[] paragraphs = box.selectPath("declare namespace w='" + W + "' ./w:p");
      for (XmlObject p : paragraphs) {
        if (p instanceof CTP ctp) {
          String text = new XWPFParagraph(ctp, anchor.getBody()).getText().strip();
          if (!text.isEmpty()) {
            boxes.add(text);
          }
        }
      }
    }
    return boxes;
  }

  private static boolean underFallback(XmlObject object) {
    try (XmlCursor cursor = object.newCursor()) {
      while (cursor.toParent()) {
        QName name = cursor.getName();
        if (name != null && "Fallback".equals(name.getLocalPart())) {
          return true;
        }
      }
    }
    return false;
  }

  private OptionalInt headingLevel(XWPFParagraph paragraph) {
    String id = paragraph.getStyleID();
    if (id != null) {
      Matcher byId = HEADING_STYLE.matcher(id);
      if (byId.lookingAt()) {
        return OptionalInt.of(Integer.parseInt(byId.group(1)));
      }
      XWPFStyle style = document.getStyles() == null ? null : document.getStyles().getStyle(id);
      if (style != null && style.getName() != null) {
        Matcher byName = HEADING_STYLE.matcher(style.getName().toLowerCase(Locale.ROOT));
        if (byName.lookingAt()) {
          return OptionalInt.of(Integer.parseInt(byName.group(1)));
        }
      }
    }
    if (paragraph.getCTP().getPPr() != null
        && paragraph.getCTP().getPPr().getOutlineLvl() != null) {
      return OptionalInt.of(paragraph.getCTP().getPPr().getOutlineLvl().getVal().intValue() + 1);
    }
    return OptionalInt.empty();
  }

  private boolean add(String line) {
    chars += line.length() + 1L;
    if (chars > maxChars) {
      return false;
    }
    lines.add(line);
    return true;
  }
}
