package org.dangjian.io.bulletin.internal.html;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.bulletin.BulletinItem;
import org.dangjian.core.bulletin.Distribution;
import org.dangjian.core.bulletin.Masthead;
import org.dangjian.core.bulletin.PriorityItem;
import org.dangjian.core.bulletin.Section;
import org.dangjian.core.bulletin.StatedFigure;
import org.dangjian.core.bulletin.StatisticsBlock;
import org.dangjian.io.bulletin.internal.ChineseNumerals;
import org.jsoup.nodes.Element;

/**
 * Builds the {@code <article>} of one bulletin as jsoup elements, so that every text is escaped by
 * jsoup and none is pasted into markup. The elements carry stable classes and {@code data-}
 * attributes ({@code data-kind} on a section, {@code data-figure} on a statistics value) by which
 * tests and style sheets find them; they are part of the page's contract and documented in
 * docs/bulletin-html.md.
 */
final class BulletinArticle {

  /** The unit of the member counts of a statistics block. */
  private static final String MEMBER_UNIT = "名";

  /** The unit of the organization counts, as in {@code 党组织总数 134 家}. */
  private static final String ORGANIZATION_UNIT = "家";

  private BulletinArticle() {}

  /** Appends the article of {@code bulletin} to {@code body}. */
  static void append(Element body, Bulletin bulletin) {
    Element article =
        body.appendElement("article")
            .addClass("bulletin")
            .attr("data-designation", bulletin.designation());
    masthead(article, bulletin.masthead());
    for (Section section : bulletin.sections()) {
      section(article, section);
    }
    trailer(article, bulletin);
  }

  private static void masthead(Element article, Masthead masthead) {
    Element header = article.appendElement("header").addClass("masthead");
    header.appendElement("h1").addClass("masthead-title").text(masthead.title());
    Element issue = header.appendElement("p").addClass("masthead-issue");
    issue.appendElement("span").addClass("period").text(masthead.periodText());
    masthead
        .issueNumber()
        .ifPresent(
            n ->
                issue
                    .appendElement("span")
                    .addClass("issue-number")
                    .attr("data-value", Integer.toString(n))
                    .text("第" + ChineseNumerals.format(n) + "期"));
    masthead
        .runningNumber()
        .ifPresent(
            n ->
                issue
                    .appendElement("span")
                    .addClass("running-number")
                    .attr("data-value", Integer.toString(n))
                    .text("总第" + ChineseNumerals.format(n) + "期"));
    String publishers = masthead.publisherLine();
    Optional<LocalDate> published = masthead.publishDate();
    if (!publishers.isEmpty() || published.isPresent()) {
      Element line = header.appendElement("div").addClass("masthead-line");
      if (!publishers.isEmpty()) {
        line.appendElement("span").addClass("publishers").text(publishers);
      }
      published.ifPresent(date -> time(line, date, chineseDate(date)).addClass("publish-date"));
    }
    header.appendElement("hr").addClass("masthead-rule");
  }

  private static void section(Element article, Section section) {
    Element element =
        article
            .appendElement("section")
            .addClass("section")
            .attr("data-kind", section.kind().name());
    element.appendElement("h2").addClass("section-heading").text("【" + section.heading() + "】");
    section.statistics().ifPresent(block -> statistics(element, block));
    for (BulletinItem item : section.items()) {
      item(element, item);
    }
    if (!section.priorities().isEmpty()) {
      Element list = element.appendElement("ul").addClass("priorities");
      for (PriorityItem priority : section.priorities()) {
        priority(list, priority);
      }
    }
  }

  private static void item(Element section, BulletinItem item) {
    Element element = section.appendElement("div").addClass("item");
    Element headline = element.appendElement("h3").addClass("item-headline");
    headline.appendElement("span").addClass("marker").text("➤");
    headline.appendText(item.headline());
    Optional<String> dateText = item.dateText();
    Optional<LocalDate> date = item.date();
    if (dateText.isPresent() || date.isPresent()) {
      Element line = element.appendElement("p").addClass("item-date");
      String text = dateText.orElseGet(() -> chineseDate(date.orElseThrow()));
      if (date.isPresent()) {
        time(line, date.get(), text);
      } else {
        line.appendElement("span").text(text);
      }
    }
    for (String paragraph : item.paragraphs()) {
      element.appendElement("p").addClass("paragraph").text(paragraph);
    }
  }

  private static void priority(Element list, PriorityItem priority) {
    Element line = list.appendElement("li").addClass("priority");
    line.appendElement("span").addClass("marker").text("◇");
    line.appendText(priority.text());
    List<String> responsible = priority.responsibleOrganizations();
    if (!responsible.isEmpty()) {
      line.appendElement("span")
          .addClass("responsible")
          .text("（" + String.join("、", responsible) + "）");
    }
  }

  private static void statistics(Element section, StatisticsBlock block) {
    Element table =
        section
            .appendElement("table")
            .addClass("statistics")
            .attr("data-as-of", block.asOf().toString());
    table.appendElement("caption").text("截至" + chineseDate(block.asOf()));
    Element head = table.appendElement("thead").appendElement("tr");
    for (String title : List.of("项目", "数值", "单位")) {
      head.appendElement("th").attr("scope", "col").text(title);
    }
    Element rows = table.appendElement("tbody");
    count(rows, "memberTotal", "党员总数", block.memberTotal(), MEMBER_UNIT, false);
    count(rows, "probationaryMembers", "预备党员", block.probationaryMembers(), MEMBER_UNIT, true);
    block
        .shareOfEmployeesPercent()
        .ifPresent(
            share -> figure(rows, "shareOfEmployeesPercent", "占职工比例", plain(share), "%", false));
    count(rows, "organizationTotal", "党组织总数", block.organizationTotal(), ORGANIZATION_UNIT, false);
    count(rows, "partyCommittees", "党委", block.partyCommittees(), ORGANIZATION_UNIT, true);
    count(rows, "generalBranches", "党总支", block.generalBranches(), ORGANIZATION_UNIT, true);
    count(rows, "branches", "党支部", block.branches(), ORGANIZATION_UNIT, true);
    for (StatedFigure other : block.otherFigures()) {
      figure(rows, "other", other.label(), plain(other.value()), other.unit().orElse(""), false)
          .attr("data-label", other.label());
    }
  }

  private static void count(
      Element rows, String figure, String label, OptionalInt value, String unit, boolean part) {
    if (value.isPresent()) {
      figure(rows, figure, label, Integer.toString(value.getAsInt()), unit, part);
    }
  }

  /** Appends a row and returns its value cell. */
  private static Element figure(
      Element rows, String figure, String label, String value, String unit, boolean part) {
    Element row = rows.appendElement("tr").addClass("figure");
    if (part) {
      row.addClass("part");
    }
    row.appendElement("th").attr("scope", "row").addClass("label").text(label);
    Element cell =
        row.appendElement("td").addClass("value").attr("data-figure", figure).text(value);
    row.appendElement("td").addClass("unit").text(unit);
    return cell;
  }

  private static void trailer(Element article, Bulletin bulletin) {
    Optional<Distribution> distribution = bulletin.distribution();
    boolean signoff = bulletin.editor().isPresent() || bulletin.approver().isPresent();
    if (distribution.isEmpty() && !signoff && bulletin.printCount().isEmpty()) {
      return;
    }
    Element footer = article.appendElement("footer").addClass("trailer");
    distribution.ifPresent(
        d -> {
          recipients(footer, "report-to", "报：", d.reportTo());
          recipients(footer, "send-to", "送：", d.sendTo());
          recipients(footer, "issue-to", "发：", d.issueTo());
        });
    if (signoff) {
      Element line = footer.appendElement("p").addClass("signoff");
      bulletin
          .editor()
          .ifPresent(e -> line.appendElement("span").addClass("editor").text("编辑：" + e));
      bulletin
          .approver()
          .ifPresent(a -> line.appendElement("span").addClass("approver").text("签发：" + a));
    }
    bulletin
        .printCount()
        .ifPresent(
            n ->
                footer
                    .appendElement("p")
                    .addClass("print-count")
                    .attr("data-value", Integer.toString(n))
                    .text("印数：" + n + "份"));
  }

  private static void recipients(Element footer, String kind, String label, List<String> names) {
    if (!names.isEmpty()) {
      footer
          .appendElement("p")
          .addClass("distribution")
          .addClass(kind)
          .text(label + String.join("，", names) + "。");
    }
  }

  private static Element time(Element parent, LocalDate date, String text) {
    return parent.appendElement("time").attr("datetime", date.toString()).text(text);
  }

  private static String chineseDate(LocalDate date) {
    return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }

  /** A decimal as printed: no exponent, the scale it was stated with. */
  private static String plain(BigDecimal value) {
    return value.toPlainString();
  }
}
