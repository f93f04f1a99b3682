package org.dangjian.io.bulletin.internal.markdown;

import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.record.ImmutableLocation;
import org.dangjian.io.bulletin.internal.markdown.Assembly.Pending;
import org.dangjian.io.bulletin.internal.markdown.Drafts.Draft;
import org.dangjian.io.bulletin.internal.markdown.Drafts.Zone;
import org.dangjian.io.bulletin.internal.markdown.ZoneReader.Entry;
import org.dangjian.io.spi.ReadContext;
import org.dangjian.validation.InputProblem;

/**
 * Turns the commonmark-java tree of a Markdown text into bulletins, handing each block to the
 * reader of its zone: each level 1 heading opens a bulletin and the field list after it is the
 * masthead ({@link MastheadZone}), {@code ##} headings open sections ({@link SectionZone}, with
 * {@link StatisticsZone} and {@link PriorityZone}), {@code ###} headings items ({@link ItemZone}),
 * a thematic break the trailer ({@link TrailerZone}). Every block, list entry, table row or
 * machine-data key it cannot place is reported with its line ({@code IO-UNPLACED}), every value
 * that does not read as its type as {@code IO-VALUE}, and a bulletin without a title or a period,
 * or with a blank section heading, as {@code IO-MISSING-FIELD} followed by {@code IO-REJECTED}.
 * Problems are collected per bulletin ({@link Assembly}) and reported, with the bulletin's
 * designation as record id, before it is accepted or rejected.
 */
final class BulletinAssembler {

  private static final Parser PARSER =
      Parser.builder()
          .extensions(List.of(TablesExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();

  private final Assembly a;
  private final MastheadZone masthead;
  private final SectionZone sections;
  private final StatisticsZone statistics;
  private final ItemZone items;
  private final TrailerZone trailer;

  BulletinAssembler(String source, ReadContext context) {
    this.a = new Assembly(source, context);
    this.masthead = new MastheadZone(a);
    this.statistics = new StatisticsZone(a);
    this.items = new ItemZone(a);
    this.sections = new SectionZone(a, statistics, new PriorityZone(a), items);
    this.trailer = new TrailerZone(a);
  }

  /** The number of bulletins finished so far, accepted or rejected. */
  long bulletinsSeen() {
    return a.bulletins;
  }

  /**
   * Assembles the bulletins of one piece of the text and hands them to the context.
   *
   * @param chunk the lines of the piece
   * @param startLine the 1-based line of its first line in the file
   */
  void document(List<String> chunk, int startLine) {
    a.lines = chunk;
    a.firstLine = startLine;
    Node document = PARSER.parse(String.join("\n", chunk));
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      block(block);
    }
    finish();
  }

  private void block(Node block) {
    if (block instanceof Heading heading && heading.getLevel() == 1) {
      finish();
      masthead.title(heading);
      return;
    }
    if (a.draft == null) {
      a.open(a.line(block));
    }
    Draft draft = a.draft;
    if (block instanceof Heading heading && heading.getLevel() == 2) {
      sections.heading(heading);
    } else if (block instanceof Heading heading && heading.getLevel() == 3) {
      items.heading(heading);
    } else if (block instanceof ThematicBreak) {
      draft.zone = Zone.TRAILER;
    } else if (draft.zone == Zone.ORPHAN) {
      a.unplaced(block, "不属于任何栏目", "it belongs to no section");
    } else if (block instanceof BulletList list) {
      for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
        masthead.entry((ListItem) child).ifPresent(this::placeEntry);
      }
    } else if (block instanceof Paragraph paragraph) {
      sections.paragraph(paragraph);
    } else if (block instanceof TableBlock table && draft.zone == Zone.SECTION) {
      statistics.table(table);
    } else {
      a.unplaced(block, "简报格式中没有此类内容", "the bulletin layout has no such block here");
    }
  }

  private void placeEntry(Entry entry) {
    Zone zone = a.draft.zone;
    boolean person = zone == Zone.ITEM && entry.label().equals(MarkdownLayout.PERSON);
    if (entry.children() != null && !person) {
      a.unplaced(entry.children(), "列表项下多余的子列表", "a nested list where none belongs");
    }
    switch (zone) {
      case MASTHEAD -> masthead.entry(entry);
      case SECTION -> sections.entry(entry);
      case ITEM -> items.entry(entry);
      case TRAILER -> trailer.entry(entry);
      default -> a.unplaced(entry.node(), "不属于任何栏目", "it belongs to no section");
    }
  }

  private void finish() {
    if (a.draft == null) {
      return;
    }
    Draft d = a.draft;
    a.draft = null;
    a.bulletins++;
    if (d.title == null || d.title.isBlank()) {
      d.problems.add(
          new Pending(
              InputProblem.MISSING_FIELD,
              a.at(d.line, 1, "masthead.title"),
              d.title == null ? "" : d.title,
              Assembly.field("masthead.title")));
      d.fatal = true;
    }
    if (d.period == null) {
      if (!d.periodBad) {
        d.problems.add(
            new Pending(
                InputProblem.MISSING_FIELD,
                a.at(d.line, 1, "masthead.period"),
                "",
                Assembly.field("masthead.period")));
      }
      d.fatal = true;
    }
    Bulletin bulletin = d.fatal ? null : d.build();
    ImmutableLocation.Builder where = a.at(d.line, 1, null);
    if (bulletin != null) {
      where.recordId(bulletin.designation());
    }
    for (Pending p : d.problems) {
      if (bulletin != null) {
        p.location().recordId(bulletin.designation());
      }
      a.context.problem(p.problem(), p.location().build(), p.value(), p.arguments());
    }
    if (bulletin == null) {
      a.context.reject(where.build(), Assembly.shown(d.firstLineText));
    } else {
      a.context.bulletin(bulletin, where.build());
    }
  }
}
