package org.dangjian.io.bulletin.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dangjian.core.bulletin.SectionKind;

/**
 * Places the content lines after the masthead: a bracketed heading {@code 【…】} opens a section (its
 * kind from {@link SectionKind#fromHeading}, an unknown heading a custom one); {@code ➤} (or {@code
 * ➢ ► ▶}) opens an item whose headline is the rest of the line, or the next line when the marker
 * stands alone; {@code ◇} opens a priority line in a priorities section; a trailer line ({@link
 * Trailer}) goes to the trailer; any other line is a paragraph line of the current item, or of the
 * statistics section. A paragraph (or priority) line that does not end a sentence continues on the
 * next plain line, across blank lines and page breaks; a headline is one line. What fits nowhere is
 * reported as {@code IO-UNPLACED}.
 */
final class Layout {

  private static final Pattern HEADING = Pattern.compile("【([^【】]*)】");
  private static final String ITEM_MARKERS = "➤➢►▶";

  /** A section being read. */
  static final class SectionDraft {
    final SectionKind kind;
    final String heading;
    final List<ItemDraft> items = new ArrayList<>();
    final List<Para> statistics = new ArrayList<>();
    final List<Para> priorities = new ArrayList<>();
    ItemDraft implicit;
    int strayMarkers;

    SectionDraft(String heading) {
      this.heading = heading;
      this.kind = Headings.kind(heading).orElse(SectionKind.CUSTOM);
    }
  }

  /** An item being read. */
  static final class ItemDraft {
    final SourceLine marker;
    SourceLine headline;
    final List<Para> paragraphs = new ArrayList<>();

    ItemDraft(SourceLine marker) {
      this.marker = marker;
    }
  }

  private final Problems problems;
  private final Trailer trailer;
  final List<SectionDraft> sections = new ArrayList<>();
  private SectionDraft section;
  private ItemDraft item;
  private Para open;
  private Para priority;
  private boolean trailerStarted;
  private final int fullWidth;
  private boolean headlineOpen;

  /**
   * A layout pass.
   *
   * @param fullWidth the width (in half-width cells, indentation included) of a full line of the
   *     text, so that a headline that fills its line may go on in a short next line; 0 when the
   *     text is too short to tell
   */
  Layout(Problems problems, Trailer trailer, int fullWidth) {
    this.problems = problems;
    this.trailer = trailer;
    this.fullWidth = fullWidth;
  }

  /** True when {@code text} starts with a section heading. */
  static boolean isHeading(String text) {
    return HEADING.matcher(text).lookingAt();
  }

  /**
   * True when the line opens a section: a bracketed heading {@code 【…】}, or a Markdown heading or a
   * short plain line whose text names a known section ({@link Headings}).
   */
  static boolean opensSection(SourceLine line) {
    if (isHeading(line.text)) {
      return true;
    }
    char first = line.text.charAt(0);
    if (ITEM_MARKERS.indexOf(first) >= 0 || first == '◇') {
      return false;
    }
    return (line.heading > 0 || Texts.squeeze(line.text).length() <= 12)
        && Headings.kind(line.text).isPresent();
  }

  /** The width of a line in half-width cells, from the start of the line: CJK counts two. */
  static int width(SourceLine line) {
    int width = line.column - 1;
    for (int i = 0; i < line.text.length(); i++) {
      width += line.text.charAt(i) < 0x1100 ? 1 : 2;
    }
    return width;
  }

  /** Places one content line. */
  void line(SourceLine line) {
    if (Trailer.isTrailer(line.text)) {
      closeItem();
      settleSection();
      trailer.line(line);
      trailerStarted = true;
      return;
    }
    if (trailerStarted) {
      problems.unplaced(line, "版记之后的文字", "text after the trailer");
      return;
    }
    boolean continuesHeadline = headlineOpen;
    headlineOpen = false;
    Matcher heading = HEADING.matcher(line.text);
    if (!heading.lookingAt() && opensSection(line)) {
      closeItem();
      settleSection();
      section = new SectionDraft(Texts.strip(line.text));
      sections.add(section);
      return;
    }
    if (heading.lookingAt()) {
      closeItem();
      String title = Texts.strip(heading.group(1));
      if (title.isEmpty()) {
        problems.unplaced(line, "空的栏目标题", "an empty section heading");
      } else {
        settleSection();
        section = new SectionDraft(title);
        sections.add(section);
      }
      if (heading.end() < line.text.length()) {
        line(line.from(heading.end()));
      }
      return;
    }
    if (section == null) {
      problems.unplaced(line, "第一个栏目之前的文字", "text before the first section");
      return;
    }
    char first = line.text.charAt(0);
    if (continuesHeadline
        && ITEM_MARKERS.indexOf(first) < 0
        && first != '◇'
        && line.heading == 0
        && !Texts.endsSentence(line.text)
        && width(line) * 100 < fullWidth * 85) {
      item.headline =
          item.headline.withText(
              item.headline.text + Texts.joiner(item.headline.text, line.text) + line.text);
      return;
    }
    if (ITEM_MARKERS.indexOf(first) >= 0
        && line.text.length() == 1
        && open != null
        && !open.complete()) {
      // a marker glyph that text extraction wrote apart from its headline, inside a sentence
      section.strayMarkers++;
      return;
    }
    if (ITEM_MARKERS.indexOf(first) >= 0) {
      item(line);
    } else if (line.heading > 0 && first != '◇' && section.kind != SectionKind.PRIORITIES) {
      // a Markdown heading inside a section that names no section: an item without its marker
      closeItem();
      item = new ItemDraft(line);
      item.headline = line;
      section.items.add(item);
    } else if (first == '◇') {
      priorityLine(line);
    } else if (item != null && item.headline == null) {
      item.headline = line;
      section.items.add(item);
      headlineOpen = full(line);
    } else if (section.kind == SectionKind.PRIORITIES) {
      if (priority != null && !Priorities.complete(priority)) {
        priority.join(line);
      } else {
        problems.unplaced(line, "重点工作栏目中未以 ◇ 开头的文字", "text in a priorities section not marked ◇");
      }
    } else if (item != null) {
      paragraph(line, item.paragraphs);
    } else if (section.kind == SectionKind.STATISTICS) {
      paragraph(line, section.statistics);
    } else if (section.items.isEmpty()
        && open == null
        && !Texts.endsSentence(line.text)
        && line.text.length() <= 60) {
      // the first headline of a section whose marker the PDF's text extraction moved away
      item = new ItemDraft(line);
      item.headline = line;
      section.items.add(item);
      section.implicit = item;
      headlineOpen = full(line);
    } else {
      problems.unplaced(line, "栏目中第一个条目（➤）之前的文字", "text before the first item (➤) of a section");
    }
  }

  private void item(SourceLine line) {
    closeItem();
    if (section.kind == SectionKind.PRIORITIES) {
      problems.unplaced(line, "重点工作栏目中的 ➤ 条目", "an item (➤) in a priorities section");
      return;
    }
    item = new ItemDraft(line);
    SourceLine rest = line.from(1);
    if (!rest.text.isEmpty()) {
      item.headline = rest;
      section.items.add(item);
      headlineOpen = full(line);
    }
  }

  private void priorityLine(SourceLine line) {
    closeItem();
    if (section.kind != SectionKind.PRIORITIES) {
      problems.unplaced(line, "◇ 行不在重点工作栏目中", "a ◇ line outside a priorities section");
      return;
    }
    SourceLine rest = line.from(1);
    if (rest.text.isEmpty()) {
      problems.unplaced(line, "◇ 之后没有内容", "a ◇ without text");
      return;
    }
    priority = new Para(rest);
    section.priorities.add(priority);
  }

  /** True when the line fills the width of the text: a headline there may have been wrapped. */
  private boolean full(SourceLine line) {
    return fullWidth > 0 && !Texts.endsSentence(line.text) && width(line) * 10 >= fullWidth * 9;
  }

  private void paragraph(SourceLine line, List<Para> into) {
    boolean statistics = item == null && section.kind == SectionKind.STATISTICS;
    if (open != null
        && !open.complete()
        && !(statistics && Statistics.endsWithFigure(open.text()))) {
      open.join(line);
    } else {
      open = new Para(line);
      into.add(open);
    }
  }

  /** Ends the current item, paragraph and priority line. */
  private void closeItem() {
    if (item != null && item.headline == null && !strayMarker(item)) {
      problems.unplaced(item.marker, "条目标记之后没有标题", "an item marker without a headline");
    }
    item = null;
    open = null;
    priority = null;
  }

  /**
   * True when a marker alone on its line ends a section that has items: text extraction from PDF
   * writes the marker glyph of a headline apart from it, after the item's text.
   */
  private boolean strayMarker(ItemDraft draft) {
    if (draft.marker.text.length() == 1 && section != null && !section.items.isEmpty()) {
      section.strayMarkers++;
      return true;
    }
    return false;
  }

  /**
   * Ends a section: a first headline read without its marker stands only when the section shows the
   * marker glyphs that text extraction wrote apart (a marker alone on its line); otherwise the
   * headline and its paragraphs are text before the first item, reported.
   */
  private void settleSection() {
    if (section == null || section.implicit == null || section.strayMarkers > 0) {
      return;
    }
    ItemDraft draft = section.implicit;
    section.items.remove(draft);
    section.implicit = null;
    problems.unplaced(
        draft.headline, "栏目中第一个条目（➤）之前的文字", "text before the first item (➤) of a section");
    for (Para paragraph : draft.paragraphs) {
      problems.unplaced(
          paragraph.firstLine(),
          paragraph.firstColumn(),
          paragraph.text(),
          "栏目中第一个条目（➤）之前的文字",
          "text before the first item (➤) of a section");
    }
  }

  /** Ends the text. */
  void finish() {
    closeItem();
    settleSection();
  }
}
