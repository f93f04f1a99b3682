package org.dangjian.io.bulletin.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph (or a priority line, or a statistics passage) joined from one or more source lines,
 * remembering where each joined part came from so that a position in the joined text maps back to
 * its line and column.
 */
final class Para {

  private final StringBuilder text = new StringBuilder();
  private final List<int[]> parts = new ArrayList<>(); // offset, line, column

  Para(SourceLine first) {
    append(first, first.text);
  }

  Para(SourceLine line, String text, int columnOffset) {
    parts.add(new int[] {0, line.number, line.column + columnOffset});
    this.text.append(text);
  }

  /** Appends a continuation line, joined as {@link Texts#joiner} says. */
  void join(SourceLine line) {
    text.append(Texts.joiner(text, line.text));
    append(line, line.text);
  }

  private void append(SourceLine line, String part) {
    parts.add(new int[] {text.length(), line.number, line.column});
    text.append(part);
  }

  String text() {
    return text.toString();
  }

  /** True when the joined text ends a sentence, so that the next line starts anew. */
  boolean complete() {
    return Texts.endsSentence(text);
  }

  int firstLine() {
    return parts.get(0)[1];
  }

  int firstColumn() {
    return parts.get(0)[2];
  }

  /** The line of the character at {@code offset}. */
  int lineAt(int offset) {
    return part(offset)[1];
  }

  /** The column of the character at {@code offset}. */
  int columnAt(int offset) {
    int[] part = part(offset);
    return part[2] + offset - part[0];
  }

  private int[] part(int offset) {
    int[] found = parts.get(0);
    for (int[] part : parts) {
      if (part[0] <= offset) {
        found = part;
      }
    }
    return found;
  }
}
