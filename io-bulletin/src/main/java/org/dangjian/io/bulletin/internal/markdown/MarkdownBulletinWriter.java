package org.dangjian.io.bulletin.internal.markdown;

import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.APPROVER;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.AS_OF;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.BRANCHES;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.COLUMN_LABEL;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.COLUMN_UNIT;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.COLUMN_VALUE;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.COMMITTEES;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.COMPILING_STATEMENT;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.COPIES;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.DATE;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.DISTRIBUTION;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.EDITOR;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.FIGURE_OTHER;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.GENERAL_BRANCHES;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.ISSUE_NUMBER;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.ISSUE_TO;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.ITEM_MARKER;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.KEY_DATE;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.KEY_FIGURE;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.KEY_ID;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.KEY_KIND;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.KEY_PRINTED;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.KNOWN_FIGURES;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.MEMBER_TOTAL;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.ORGANIZATION;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.ORGANIZATIONS_UNIT;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.ORGANIZATION_TOTAL;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.PERCENT_UNIT;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.PERIOD;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.PERSON;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.PERSONS_UNIT;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.PERSON_ORGANIZATION;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.POST;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.PRINTED_NO;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.PRINT_COUNT;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.PRIORITY_MARKER;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.PROBATIONARY;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.PUBLISHER;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.PUBLISH_DATE;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.REPORT_TO;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.RESPONSIBLE;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.RUNNING_NUMBER;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.SEND_TO;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.SEPARATOR;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.SHARE;
import static org.dangjian.io.bulletin.internal.markdown.MarkdownLayout.formatDate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.bulletin.BulletinItem;
import org.dangjian.core.bulletin.Distribution;
import org.dangjian.core.bulletin.Masthead;
import org.dangjian.core.bulletin.OrganizationMention;
import org.dangjian.core.bulletin.PersonMention;
import org.dangjian.core.bulletin.PriorityItem;
import org.dangjian.core.bulletin.Publisher;
import org.dangjian.core.bulletin.Section;
import org.dangjian.core.bulletin.SectionKind;
import org.dangjian.core.bulletin.StatedFigure;
import org.dangjian.core.bulletin.StatisticsBlock;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.Privacy;
import org.dangjian.io.RecordWriter;
import org.dangjian.io.bulletin.internal.BulletinOnlyWriter;
import org.dangjian.io.bulletin.internal.ChineseNumerals;
import org.dangjian.io.spi.FormatWriter;

/**
 * Writes bulletins as Markdown in the layout of docs/bulletin-markdown.md, one after the other,
 * UTF-8 without byte-order mark, {@code \n} line ends. Each bulletin opens with its title as a
 * level 1 heading; sections are level 2 headings {@code ## 【标题】}, items level 3 headings {@code ###
 * ➤ 标题}; fields are list entries {@code - 标签：值}; the statistics block is a GFM table; data with no
 * printed form travels in HTML comments ({@link MachineData}). Other kinds of records have no place
 * in a bulletin file and are counted in {@link #skipped()}.
 */
public final class MarkdownBulletinWriter extends BulletinOnlyWriter {

  private final Writer out;
  private boolean first = true;

  /** The provider of the {@link DataFormat#MARKDOWN} writer. */
  public static final class Provider implements FormatWriter {
    @Override
    public DataFormat format() {
      return DataFormat.MARKDOWN;
    }

    @Override
    public RecordWriter open(OutputStream out, ExportOptions options) throws IOException {
      return new MarkdownBulletinWriter(out, options.privacy());
    }
  }

  /** A writer onto {@code out}, which {@link #close()} closes, writing every text as it is. */
  public MarkdownBulletinWriter(OutputStream out) {
    this(out, Privacy.FULL);
  }

  /**
   * A writer onto {@code out}, which {@link #close()} closes. Unless {@code privacy} is {@link
   * Privacy#FULL}, resident ID and mobile numbers found anywhere in a bulletin's text are masked.
   */
  public MarkdownBulletinWriter(OutputStream out, Privacy privacy) {
    super(privacy);
    this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
  }

  /**
   * The Markdown of one bulletin, as {@link #bulletin} writes it.
   *
   * @param bulletin the bulletin
   * @return the Markdown text, ending with a line break
   */
  public static String markdown(Bulletin bulletin) {
    Blocks blocks = new Blocks();
    masthead(bulletin.masthead(), blocks);
    for (Section section : bulletin.sections()) {
      section(section, blocks);
    }
    trailer(bulletin, blocks);
    return blocks.text();
  }

  @Override
  protected void bulletin(Bulletin bulletin) throws IOException {
    if (!first) {
      out.write('\n');
    }
    first = false;
    String text = markdown(bulletin);
    out.write(text(text));
  }

  @Override
  public void close() throws IOException {
    out.close();
  }

  private static void masthead(Masthead masthead, Blocks blocks) {
    blocks.add("# " + MarkdownEscaper.inline(masthead.title()));
    StringBuilder list = new StringBuilder();
    entry(list, "", PERIOD, masthead.periodText(), Map.of());
    number(masthead.issueNumber(), "第", "期", false)
        .ifPresent(n -> entry(list, "", ISSUE_NUMBER, n, Map.of()));
    number(masthead.runningNumber(), "总第", "期", true)
        .ifPresent(n -> entry(list, "", RUNNING_NUMBER, n, Map.of()));
    masthead.publishDate().ifPresent(d -> entry(list, "", PUBLISH_DATE, formatDate(d), Map.of()));
    for (Publisher publisher : masthead.publishers()) {
      entry(list, "", PUBLISHER, publisher.name(), id(publisher.organizationId()));
    }
    masthead.compilingStatement().ifPresent(s -> entry(list, "", COMPILING_STATEMENT, s, Map.of()));
    blocks.add(list);
  }

  /** An issue number as printed: {@code 第1期}, {@code 总第六十二期}; digits outside 0 to 99,999. */
  private static Optional<String> number(
      OptionalInt number, String prefix, String suffix, boolean chinese) {
    if (number.isEmpty()) {
      return Optional.empty();
    }
    int n = number.getAsInt();
    String digits =
        chinese && n >= 0 && n <= 99_999 ? ChineseNumerals.format(n) : Integer.toString(n);
    return Optional.of(prefix + digits + suffix);
  }

  private static void section(Section section, Blocks blocks) {
    Map<String, String> data = new LinkedHashMap<>();
    if (SectionKind.fromHeading(section.heading()).orElse(SectionKind.CUSTOM) != section.kind()) {
      data.put(KEY_KIND, section.kind().code());
    }
    blocks.add("## 【" + MarkdownEscaper.inline(section.heading()) + "】" + withComment(data));
    section.statistics().ifPresent(statistics -> statistics(statistics, blocks));
    for (PriorityItem priority : section.priorities()) {
      blocks.add(PRIORITY_MARKER + " " + MarkdownEscaper.paragraph(priority.text()));
      StringBuilder list = new StringBuilder();
      for (String organization : priority.responsibleOrganizations()) {
        entry(list, "", RESPONSIBLE, organization, Map.of());
      }
      blocks.add(list);
    }
    for (BulletinItem item : section.items()) {
      item(item, blocks);
    }
  }

  private static void statistics(StatisticsBlock statistics, Blocks blocks) {
    StringBuilder list = new StringBuilder();
    entry(list, "", AS_OF, formatDate(statistics.asOf()), Map.of());
    blocks.add(list);
    StringBuilder table = new StringBuilder();
    row(table, MEMBER_TOTAL, statistics.memberTotal(), PERSONS_UNIT);
    row(table, PROBATIONARY, statistics.probationaryMembers(), PERSONS_UNIT);
    statistics
        .shareOfEmployeesPercent()
        .ifPresent(share -> row(table, SHARE, "", share.toString(), PERCENT_UNIT));
    row(table, ORGANIZATION_TOTAL, statistics.organizationTotal(), ORGANIZATIONS_UNIT);
    row(table, COMMITTEES, statistics.partyCommittees(), ORGANIZATIONS_UNIT);
    row(table, GENERAL_BRANCHES, statistics.generalBranches(), ORGANIZATIONS_UNIT);
    row(table, BRANCHES, statistics.branches(), ORGANIZATIONS_UNIT);
    for (StatedFigure figure : statistics.otherFigures()) {
      String marker =
          KNOWN_FIGURES.containsKey(figure.label())
              ? " " + MachineData.comment(Map.of(KEY_FIGURE, FIGURE_OTHER))
              : "";
      row(
          table,
          MarkdownEscaper.inline(figure.label()),
          marker,
          figure.value().toString(),
          figure.unit().map(MarkdownEscaper::inline).orElse(""));
    }
    if (table.length() > 0) {
      blocks.add(
          "| "
              + COLUMN_LABEL
              + " | "
              + COLUMN_VALUE
              + " | "
              + COLUMN_UNIT
              + " |\n| :-- | --: | :-- |\n"
              + table);
    }
  }

  private static void row(StringBuilder table, String label, OptionalInt value, String unit) {
    if (value.isPresent()) {
      row(table, label, "", Integer.toString(value.getAsInt()), unit);
    }
  }

  private static void row(
      StringBuilder table, String label, String marker, String value, String unit) {
    table
        .append("| ")
        .append(label)
        .append(marker)
        .append(" | ")
        .append(value)
        .append(" | ")
        .append(unit)
        .append(unit.isEmpty() ? "|\n" : " |\n");
  }

  private static void item(BulletinItem item, Blocks blocks) {
    blocks.add("### " + ITEM_MARKER + " " + MarkdownEscaper.inline(item.headline()));
    StringBuilder list = new StringBuilder();
    Optional<LocalDate> date = item.date();
    if (item.dateText().isPresent()) {
      entry(
          list,
          "",
          DATE,
          item.dateText().get(),
          date.map(d -> Map.of(KEY_DATE, d.toString())).orElse(Map.of()));
    } else if (date.isPresent()) {
      entry(list, "", DATE, date.get().toString(), Map.of(KEY_PRINTED, PRINTED_NO));
    }
    for (OrganizationMention organization : item.organizations()) {
      entry(list, "", ORGANIZATION, organization.name(), id(organization.organizationId()));
    }
    for (PersonMention person : item.people()) {
      entry(list, "", PERSON, person.name(), id(person.memberId()));
      person.post().ifPresent(post -> entry(list, "  ", POST, post, Map.of()));
      person.organization().ifPresent(org -> entry(list, "  ", PERSON_ORGANIZATION, org, Map.of()));
    }
    blocks.add(list);
    for (String paragraph : item.paragraphs()) {
      blocks.add(MarkdownEscaper.paragraph(paragraph));
    }
  }

  private static void trailer(Bulletin bulletin, Blocks blocks) {
    StringBuilder list = new StringBuilder();
    if (bulletin.distribution().isPresent()) {
      Distribution distribution = bulletin.distribution().get();
      distribution.reportTo().forEach(r -> entry(list, "", REPORT_TO, r, Map.of()));
      distribution.sendTo().forEach(r -> entry(list, "", SEND_TO, r, Map.of()));
      distribution.issueTo().forEach(r -> entry(list, "", ISSUE_TO, r, Map.of()));
      if (list.length() == 0) {
        list.append("- ").append(DISTRIBUTION).append(SEPARATOR).append('\n');
      }
    }
    bulletin.editor().ifPresent(e -> entry(list, "", EDITOR, e, Map.of()));
    bulletin.approver().ifPresent(a -> entry(list, "", APPROVER, a, Map.of()));
    bulletin.printCount().ifPresent(n -> entry(list, "", PRINT_COUNT, n + COPIES, Map.of()));
    if (list.length() > 0) {
      blocks.add("---");
      blocks.add(list);
    }
  }

  private static Map<String, String> id(Optional<String> id) {
    return id.map(value -> Map.of(KEY_ID, value)).orElse(Map.of());
  }

  private static void entry(
      StringBuilder list, String indent, String label, String value, Map<String, String> data) {
    list.append(indent)
        .append("- ")
        .append(label)
        .append(SEPARATOR)
        .append(MarkdownEscaper.inline(value))
        .append(withComment(data))
        .append('\n');
  }

  private static String withComment(Map<String, String> data) {
    return data.isEmpty() ? "" : " " + MachineData.comment(data);
  }

  /** Blocks separated by one empty line. */
  private static final class Blocks {
    private final StringBuilder text = new StringBuilder();

    void add(CharSequence block) {
      if (block.length() == 0) {
        return;
      }
      String content = block.toString();
      if (content.endsWith("\n")) {
        content = content.substring(0, content.length() - 1);
      }
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(content).append('\n');
    }

    String text() {
      return text.toString();
    }
  }
}
