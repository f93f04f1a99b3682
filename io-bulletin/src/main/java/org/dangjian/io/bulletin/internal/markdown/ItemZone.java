package org.dangjian.io.bulletin.internal.markdown;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.dangjian.core.bulletin.ImmutablePersonMention;
import org.dangjian.core.bulletin.OrganizationMention;
import org.dangjian.core.bulletin.PersonMention;
import org.dangjian.io.bulletin.internal.markdown.Assembly.Value;
import org.dangjian.io.bulletin.internal.markdown.Drafts.ItemState;
import org.dangjian.io.bulletin.internal.markdown.Drafts.SectionState;
import org.dangjian.io.bulletin.internal.markdown.Drafts.Zone;

/**
 * Reads the items of a Markdown bulletin: a level 3 heading {@code ### ➤ 标题} opens an item in the
 * current section, its field list gives the date as printed and resolved, the organizations and the
 * people (with post and organization) it mentions, and the paragraphs after it are its text.
 */
final class ItemZone extends ZoneReader {

  ItemZone(Assembly a) {
    super(a);
  }

  void heading(Heading heading) {
    Value value = value(heading, Set.of());
    if (draft().zone != Zone.SECTION && draft().zone != Zone.ITEM) {
      unplaced(heading, "条目不在任何栏目之下", "an item outside any section");
      draft().zone = Zone.ORPHAN;
      return;
    }
    String headline = value.text();
    if (headline.startsWith(MarkdownLayout.ITEM_MARKER)) {
      headline = headline.substring(MarkdownLayout.ITEM_MARKER.length());
      if (headline.startsWith(" ")) {
        headline = headline.substring(1);
      }
    }
    SectionState section = draft().currentSection();
    section.items.add(new ItemState(section, section.items.size(), headline));
    draft().zone = Zone.ITEM;
  }

  /** Adds a paragraph to the current item. */
  void paragraph(String text) {
    draft().currentSection().currentItem().builder.addParagraph(text);
  }

  void entry(Entry entry) {
    ItemState item = draft().currentSection().currentItem();
    String path = item.path();
    switch (entry.label()) {
      case MarkdownLayout.DATE -> {
        if (!allowOnly(entry, Set.of(MarkdownLayout.KEY_DATE, MarkdownLayout.KEY_PRINTED))
            || !singleValued(entry, path, Set.of(MarkdownLayout.DATE))) {
          return;
        }
        String printed = entry.data().get(MarkdownLayout.KEY_PRINTED);
        String resolved = entry.data().get(MarkdownLayout.KEY_DATE);
        if (printed != null && !printed.equals(MarkdownLayout.PRINTED_NO)) {
          valueProblem(entry.node(), path + ".dateText", printed, "no", "no");
        } else if (printed != null) {
          date(entry, path + ".date").ifPresent(item.builder::date);
          return;
        }
        item.builder.dateText(entry.value());
        if (resolved != null) {
          Optional<LocalDate> date = MarkdownLayout.parseDate(resolved);
          if (date.isPresent()) {
            item.builder.date(date.get());
          } else {
            valueProblem(
                entry.node(),
                path + ".date",
                resolved,
                "日期，如 2024-01-13",
                "a date such as 2024-01-13");
          }
        }
      }
      case MarkdownLayout.ORGANIZATION -> {
        String at = path + ".organizations[" + item.organizations++ + "]";
        if (allowOnly(entry, Set.of(MarkdownLayout.KEY_ID)) && nonBlank(entry, at + ".name")) {
          item.builder.addOrganization(
              OrganizationMention.builder()
                  .name(entry.value())
                  .organizationId(Optional.ofNullable(entry.data().get(MarkdownLayout.KEY_ID)))
                  .build());
        }
      }
      case MarkdownLayout.PERSON -> person(entry, item, path + ".people[" + item.people++ + "]");
      default -> unknownLabel(entry);
    }
  }

  void person(Entry entry, ItemState item, String path) {
    boolean usable =
        allowOnly(entry, Set.of(MarkdownLayout.KEY_ID)) && nonBlank(entry, path + ".name");
    ImmutablePersonMention.Builder person =
        PersonMention.builder()
            .name(usable ? entry.value() : "?")
            .memberId(Optional.ofNullable(entry.data().get(MarkdownLayout.KEY_ID)));
    if (entry.children() != null) {
      for (Node child = entry.children().getFirstChild(); child != null; child = child.getNext()) {
        Optional<Entry> detail = entry((ListItem) child);
        if (detail.isEmpty()) {
          continue;
        }
        Entry sub = detail.get();
        if (sub.children() != null) {
          unplaced(sub.children(), "列表项下多余的子列表", "a nested list where none belongs");
        }
        if (!allowOnly(sub, Set.of())
            || !singleValued(
                sub, path, Set.of(MarkdownLayout.POST, MarkdownLayout.PERSON_ORGANIZATION))) {
          continue;
        }
        if (sub.label().equals(MarkdownLayout.POST)) {
          person.post(sub.value());
        } else {
          person.organization(sub.value());
        }
      }
    }
    if (usable) {
      item.builder.addPerson(person.build());
    }
  }
}
