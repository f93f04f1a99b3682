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

    SectionDraft(String heading) {
      this.heading = heading;
      this.kind = SectionKind.fromHeading(heading).orElse(SectionKind.CUSTOM);
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

  Layout(Problems problems, Trailer trailer) {
    this.problems = problems;
    this.trailer = trailer;
  }

  /** True when {@code text} starts with a section heading. */
  static boolean isHeading(String text) {
    return HEADING.matcher(text).lookingAt();
  }

  /** Places one content line. */
  void line(SourceLine line) {
    if (Trailer.isTrailer(line.text)) {
      closeItem();
      trailer.line(line);
      trailerStarted = true;
      return;
    }
    if (trailerStarted) {
      problems.unplaced(line, "版记之后的文字", "text after the trailer");
      return;
    }
    Matcher heading = HEADING.matcher(line.text);
    if (heading.lookingAt()) {
      closeItem();
      String title = Texts.strip(heading.group(1));
      if (title.isEmpty()) {
        problems.unplaced(line, "空的栏目标题", "an empty section heading");
      } else {
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
    if (ITEM_MARKERS.indexOf(first) >= 0) {
      item(line);
    } else if (first == '◇') {
      priorityLine(line);
    } else if (item != null && item.headline == null) {
      item.headline = line;
      section.items.add(item);
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

  private void paragraph(SourceLine line, List<Para> into) {
    if (open != null && !open.complete()) {
      open.join(line);
    } else {
      open = new Para(line);
      into.add(open);
    }
  }

  /** Ends the current item, paragraph and priority line. */
  private void closeItem() {
    if (item != null && item.headline == null) {
      problems.unplaced(item.marker, "条目标记之后没有标题", "an item marker without a headline");
    }
    item = null;
    open = null;
    priority = null;
  }

  /** Ends the text. */
  void finish() {
    closeItem();
  }
}
