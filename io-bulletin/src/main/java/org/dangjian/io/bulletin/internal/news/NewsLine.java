package org.dangjian.io.bulletin.internal.news;

/**
 * One line of a news page as the assembler sees it, whatever the input form: its line number in the
 * source (1-based), its text without markup and surrounding white space, the heading level when the
 * source marks it as a heading (1 to 6, else 0), whether it starts indented (a paragraph start in
 * wrapped text), and whether it is a block of its own (an HTML or Markdown paragraph, which is
 * never joined to its neighbours). A blank line has empty text.
 *
 * @param number the line number in the source
 * @param text the text, stripped
 * @param heading the heading level, 0 for none
 * @param indented whether the source line starts with white space
 * @param block whether the line is a whole paragraph of its own
 */
record NewsLine(int number, String text, int heading, boolean indented, boolean block) {

  boolean blank() {
    return text.isEmpty();
  }
}
