package org.dangjian.io.bulletin.internal.text;

/**
 * One line of a bulletin text: its 1-based number, the 1-based column where its text starts, the
 * text without the indentation, trailing white space and form feeds around it, whether a form feed
 * (a page break of text converted from PDF) was in it, and what the page-furniture pass made of it.
 */
final class SourceLine {

  /** What a line is, once page furniture is recognized. */
  enum Kind {
    /** Empty or only white space. */
    BLANK,
    /** A line joined into the line before it. */
    JOINED,
    /** Logo text before the masthead's title (the group's short name, its Latin initials). */
    LOGO,
    /** A page number such as {@code - 3 -}, {@code 第 3 页} or {@code 3/8}. */
    PAGE_NUMBER,
    /** A rule of dashes, box-drawing characters or stars. */
    SEPARATOR,
    /** A running header or footer repeated at page breaks. */
    RUNNING_HEADER,
    /** The same text as the content line before it. */
    DUPLICATE,
    /** Content to place. */
    CONTENT
  }

  final int number;
  final int column;
  final String text;
  final boolean formFeed;

  /** The level of the Markdown heading the line was ({@code ## …}), 0 when it was none. */
  final int heading;

  Kind kind;

  SourceLine(int number, int column, String text, boolean formFeed) {
    this(number, column, text, formFeed, 0);
  }

  SourceLine(int number, int column, String text, boolean formFeed, int heading) {
    this.number = number;
    this.column = column;
    this.text = text;
    this.formFeed = formFeed;
    this.heading = heading;
    this.kind = text.isEmpty() ? Kind.BLANK : Kind.CONTENT;
  }

  /** The same line with another text (lines joined into it). */
  SourceLine withText(String joined) {
    SourceLine line = new SourceLine(number, column, joined, formFeed, heading);
    line.kind = kind;
    return line;
  }

  /** A line holding the part of this line's text from {@code offset} on. */
  SourceLine from(int offset) {
    String rest = text.substring(offset);
    int skip = 0;
    while (skip < rest.length() && Texts.isSpace(rest.charAt(skip))) {
      skip++;
    }
    return new SourceLine(number, column + offset + skip, Texts.strip(rest), false);
  }

  @Override
  public String toString() {
    return number + ":" + column + " " + kind + " " + text;
  }
}
