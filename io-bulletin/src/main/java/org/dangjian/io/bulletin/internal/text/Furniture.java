package org.dangjian.io.bulletin.internal.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.dangjian.io.bulletin.internal.text.SourceLine.Kind;

/**
 * Recognizes the page furniture that text converted from PDF carries, so that the layout pass sees
 * only content: page numbers ({@code - 3 -}, {@code — 3 —}, {@code 第 3 页}, {@code 第3页 共8页}, {@code
 * 3/8}, {@code Page 3}, and a bare number next to a form feed), rules of dashes or box-drawing
 * characters, running headers and footers next to page breaks, and a line repeated right after
 * itself.
 */
final class Furniture {

  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "[-—–－~～]{1,2}\\s*[0-9]{1,4}\\s*[-—–－~～]{1,2}"
              + "|第\\s*[0-9]{1,4}\\s*页(?:\\s*[，,/]?\\s*共\\s*[0-9]{1,4}\\s*页)?"
              + "|[0-9]{1,4}\\s*/\\s*[0-9]{1,4}"
              + "|[Pp]age\\s*[0-9]{1,4}(?:\\s*(?:of|/)\\s*[0-9]{1,4})?");

  private static final Pattern BARE_NUMBER = Pattern.compile("[0-9]{1,4}");

  private static final Pattern SEPARATOR =
      Pattern.compile("[-—–－─━═=_＿*＊·•~～\\u2500-\\u257F\\u25A0-\\u25A1]{3,}");

  /** How many content lines next to a page break may be its running header or footer. */
  private static final int WINDOW = 2;

  private Furniture() {}

  /** True when {@code text} is a page number such as {@code - 3 -} or {@code 第 3 页}. */
  static boolean isPageNumber(String text) {
    return PAGE_NUMBER.matcher(Texts.normalize(Texts.strip(text))).matches();
  }

  /** Marks blank lines, page numbers and separator rules. */
  static void pages(List<SourceLine> lines) {
    for (int i = 0; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      if (line.kind != Kind.CONTENT) {
        continue;
      }
      String text = Texts.normalize(line.text);
      String squeezed = Texts.squeeze(text);
      if (PAGE_NUMBER.matcher(text).matches()) {
        line.kind = Kind.PAGE_NUMBER;
      } else if (SEPARATOR.matcher(squeezed).matches()) {
        line.kind = Kind.SEPARATOR;
      } else if (BARE_NUMBER.matcher(squeezed).matches() && nextToFormFeed(lines, i)) {
        line.kind = Kind.PAGE_NUMBER;
      }
    }
  }

  private static boolean nextToFormFeed(List<SourceLine> lines, int i) {
    if (lines.get(i).formFeed) {
      return true;
    }
    for (int j = i + 1; j < lines.size(); j++) {
      if (lines.get(j).formFeed) {
        return true;
      }
      if (lines.get(j).kind != Kind.BLANK) {
        break;
      }
    }
    return false;
  }

  /**
   * Marks running headers and footers from line {@code from} on: a content line among the {@value
   * #WINDOW} content lines before or after a page break (a form feed or a page number) that {@code
   * masthead} recognizes as a repetition of the masthead, or whose text is also the text of another
   * line next to a page break.
   */
  static void runningHeaders(List<SourceLine> lines, int from, Predicate<String> masthead) {
    List<List<Integer>> nearBreaks = new ArrayList<>();
    int i = from;
    while (i < lines.size()) {
      if (!isBreak(lines.get(i))) {
        i++;
        continue;
      }
      int first = i;
      int last = i;
      // one page break: markers with only blank or furniture lines between
      for (int j = i + 1; j < lines.size(); j++) {
        SourceLine line = lines.get(j);
        if (isBreak(line)) {
          last = j;
        } else if (line.kind == Kind.CONTENT) {
          break;
        }
      }
      List<Integer> near = new ArrayList<>();
      for (int j = first - 1, found = 0; j >= from && found < WINDOW; j--) {
        if (lines.get(j).kind == Kind.CONTENT) {
          near.add(j);
          found++;
        }
      }
      for (int j = first, found = 0; j < lines.size() && found < WINDOW; j++) {
        if (lines.get(j).kind == Kind.CONTENT) {
          near.add(j);
          found++;
        }
      }
      nearBreaks.add(near);
      i = last + 1;
    }
    // the lines, next to any page break, that hold each text
    Map<String, Set<Integer>> linesOfText = new HashMap<>();
    for (List<Integer> near : nearBreaks) {
      for (int index : near) {
        linesOfText
            .computeIfAbsent(Texts.squeeze(lines.get(index).text), k -> new HashSet<>())
            .add(index);
      }
    }
    for (List<Integer> near : nearBreaks) {
      for (int index : near) {
        SourceLine line = lines.get(index);
        if (masthead.test(line.text) || linesOfText.get(Texts.squeeze(line.text)).size() >= 2) {
          line.kind = Kind.RUNNING_HEADER;
        }
      }
    }
  }

  private static boolean isBreak(SourceLine line) {
    return line.formFeed || line.kind == Kind.PAGE_NUMBER;
  }

  /**
   * Marks a content line whose text, white space aside, equals the content line before it (page
   * furniture and blank lines between do not count) as a duplicate.
   */
  static void duplicates(List<SourceLine> lines, int from, int to) {
    String previous = null;
    for (int i = from; i < to; i++) {
      SourceLine line = lines.get(i);
      if (line.kind != Kind.CONTENT) {
        continue;
      }
      String text = Texts.squeeze(line.text);
      if (text.equals(previous)) {
        line.kind = Kind.DUPLICATE;
      } else {
        previous = text;
      }
    }
  }
}
