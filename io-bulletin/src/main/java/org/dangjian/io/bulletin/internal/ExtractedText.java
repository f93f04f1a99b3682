package org.dangjian.io.bulletin.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The plain text that the PDF and Word readers hand to the text layout engine, made from the
 * logical lines they extracted (a paragraph, a table row, a line of a text box; a tab separates
 * what was set in columns). Before the first section heading {@code 【…】} each column is a line of
 * its own (a masthead sets the publishers and the date on one line, or in the cells of a table);
 * after it, columns are joined with a space, and a line that opens no section, item, priority or
 * trailer entry is indented with two ideographic spaces, as a printed paragraph is. The title row
 * of a table of figures ({@code 项目 数值 单位}) is dropped as furniture.
 */
public final class ExtractedText {

  /** What opens a unit of its own: a section, an item, a priority, a list entry, the trailer. */
  public static final Pattern OPENS =
      Pattern.compile("[【➤➢►▶◇◆●■□•·\\-*#]|[0-9一二三四五六七八九十]+[、.．)）]|(?:报|送|发|编辑|签发|印数)[:：].*");

  private static final Pattern DIGIT = Pattern.compile("[0-9０-９]");

  private static final String INDENT = "\u3000\u3000";

  private ExtractedText() {}

  /** The text of {@code lines}, each ending in a line feed. */
  public static String of(List<String> lines) {
    StringBuilder text = new StringBuilder();
    boolean body = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || (body && columnTitles(line, lines, i))) {
        continue;
      }
      body |= line.startsWith("【");
      if (!body) {
        for (String column : line.split("\t")) {
          if (!column.isBlank()) {
            text.append(column.strip()).append('\n');
          }
        }
      } else {
        if (!OPENS.matcher(line).lookingAt()) {
          text.append(INDENT);
        }
        text.append(line.replaceAll("\\s*\t\\s*", " ")).append('\n');
      }
    }
    return text.toString();
  }

  /**
   * True when {@code line} is the title row of a table of figures: two or more columns, no digit,
   * and the next line a row of columns with a digit ({@code 项目 数值 单位} above {@code 党员总数 3096 名}).
   * Like a running header, it is the table's furniture, not a statement.
   */
  private static boolean columnTitles(String line, List<String> lines, int i) {
    if (line.indexOf('\t') < 0 || DIGIT.matcher(line).find() || i + 1 >= lines.size()) {
      return false;
    }
    String next = lines.get(i + 1).strip();
    return next.indexOf('\t') >= 0 && DIGIT.matcher(next).find();
  }
}
