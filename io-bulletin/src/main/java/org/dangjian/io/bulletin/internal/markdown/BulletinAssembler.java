package org.dangjian.io.bulletin.internal.markdown;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.bulletin.BulletinItem;
import org.dangjian.core.bulletin.Distribution;
import org.dangjian.core.bulletin.ImmutableBulletin;
import org.dangjian.core.bulletin.ImmutableBulletinItem;
import org.dangjian.core.bulletin.ImmutableDistribution;
import org.dangjian.core.bulletin.ImmutableMasthead;
import org.dangjian.core.bulletin.ImmutablePersonMention;
import org.dangjian.core.bulletin.ImmutablePriorityItem;
import org.dangjian.core.bulletin.ImmutableSection;
import org.dangjian.core.bulletin.ImmutableStatisticsBlock;
import org.dangjian.core.bulletin.Masthead;
import org.dangjian.core.bulletin.OrganizationMention;
import org.dangjian.core.bulletin.PersonMention;
import org.dangjian.core.bulletin.PriorityItem;
import org.dangjian.core.bulletin.Publisher;
import org.dangjian.core.bulletin.Section;
import org.dangjian.core.bulletin.SectionKind;
import org.dangjian.core.bulletin.StatedFigure;
import org.dangjian.core.bulletin.StatisticsBlock;
import org.dangjian.core.code.Codes;
import org.dangjian.core.record.ImmutableLocation;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.io.bulletin.internal.ChineseNumerals;
import org.dangjian.io.internal.PersonalData;
import org.dangjian.io.spi.ReadContext;
import org.dangjian.validation.InputProblem;

/**
 * Turns the commonmark-java tree of a Markdown text into bulletins: each level 1 heading opens a
 * bulletin, the field list after it is the masthead, {@code ##} headings open sections, {@code ###}
 * headings items, a thematic break the trailer (distribution, editor, approver, print count). Every
 * block, list entry, table row or machine-data key it cannot place is reported with its line
 * ({@code IO-UNPLACED}), every value that does not read as its type as {@code IO-VALUE}, and a
 * bulletin without a title or a period, or with a blank section heading, as {@code
 * IO-MISSING-FIELD} followed by {@code IO-REJECTED}. Problems are collected per bulletin and
 * reported, with the bulletin's designation as record id, before it is accepted or rejected.
 */
final class BulletinAssembler {

  private static final Parser PARSER =
      Parser.builder()
          .extensions(List.of(TablesExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();

  private static final Pattern PERIOD = Pattern.compile("([0-9]{4})[.．]([0-9]{1,2})");
  private static final Pattern ISSUE = Pattern.compile("第?(.+?)期?");
  private static final Pattern RUNNING = Pattern.compile("总?第?(.+?)期?");
  private static final Pattern COPIES = Pattern.compile("([+-]?[0-9]{1,10})份?");
  private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])");
  private static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");
  private static final int MAX_VALUE_SHOWN = 200;

  private enum Zone {
    MASTHEAD,
    SECTION,
    ITEM,
    ORPHAN,
    TRAILER
  }

  private final String source;
  private final ReadContext context;
  private final int maxNumberLength;
  private long bulletins;
  private List<String> lines = List.of();
  private int firstLine = 1;
  private Draft draft;

  BulletinAssembler(String source, ReadContext context) {
    this.source = source;
    this.context = context;
    this.maxNumberLength = context.options().limits().maxNumberLength();
  }

  /** The number of bulletins finished so far, accepted or rejected. */
  long bulletinsSeen() {
    return bulletins;
  }

  /**
   * Assembles the bulletins of one piece of the text and hands them to the context.
   *
   * @param chunk the lines of the piece
   * @param startLine the 1-based line of its first line in the file
   */
  void document(List<String> chunk, int startLine) {
    lines = chunk;
    firstLine = startLine;
    Node document = PARSER.parse(String.join("\n", chunk));
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      block(block);
    }
    finish();
  }

  private void block(Node block) {
    if (block instanceof Heading heading && heading.getLevel() == 1) {
      finish();
      draft = new Draft(line(block), bulletins);
      Value title = value(heading, Set.of());
      draft.title = title.text;
      return;
    }
    if (draft == null) {
      draft = new Draft(line(block), bulletins);
    }
    if (block instanceof Heading heading && heading.getLevel() == 2) {
      section(heading);
    } else if (block instanceof Heading heading && heading.getLevel() == 3) {
      item(heading);
    } else if (block instanceof ThematicBreak) {
      draft.zone = Zone.TRAILER;
    } else if (draft.zone == Zone.ORPHAN) {
      unplaced(block, "不属于任何栏目", "it belongs to no section");
    } else if (block instanceof BulletList list) {
      for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
        entry((ListItem) child).ifPresent(this::placeEntry);
      }
    } else if (block instanceof Paragraph paragraph) {
      paragraph(paragraph);
    } else if (block instanceof TableBlock table && draft.zone == Zone.SECTION) {
      table(table);
    } else {
      unplaced(block, "简报格式中没有此类内容", "the bulletin layout has no such block here");
    }
  }

  // ---------------------------------------------------------------- sections and items

  private void section(Heading heading) {
    Value value = value(heading, Set.of(MarkdownLayout.KEY_KIND));
    String text = value.text;
    if (text.length() >= 2 && text.startsWith("【") && text.endsWith("】")) {
      text = text.substring(1, text.length() - 1);
    }
    SectionState section = new SectionState(draft.sections.size());
    draft.sections.add(section);
    draft.zone = Zone.SECTION;
    String path = section.path();
    if (text.isBlank()) {
      problem(InputProblem.MISSING_FIELD, heading, path + ".heading", "", field(path + ".heading"));
      draft.fatal = true;
      text = "?";
    }
    SectionKind kind = SectionKind.fromHeading(text).orElse(SectionKind.CUSTOM);
    String code = value.data.get(MarkdownLayout.KEY_KIND);
    if (code != null) {
      Optional<SectionKind> coded = Codes.lookup(SectionKind.class, code);
      if (coded.isPresent()) {
        kind = coded.get();
      } else {
        valueProblem(heading, path + ".kind", code, "栏目代码（01–07、99）", "a section kind code");
      }
    }
    section.builder.kind(kind).heading(text);
  }

  private void item(Heading heading) {
    Value value = value(heading, Set.of());
    if (draft.zone != Zone.SECTION && draft.zone != Zone.ITEM) {
      unplaced(heading, "条目不在任何栏目之下", "an item outside any section");
      draft.zone = Zone.ORPHAN;
      return;
    }
    String headline = value.text;
    if (headline.startsWith(MarkdownLayout.ITEM_MARKER)) {
      headline = headline.substring(MarkdownLayout.ITEM_MARKER.length());
      if (headline.startsWith(" ")) {
        headline = headline.substring(1);
      }
    }
    SectionState section = draft.currentSection();
    section.items.add(new ItemState(section, section.items.size(), headline));
    draft.zone = Zone.ITEM;
  }

  private void paragraph(Paragraph paragraph) {
    Value value = value(paragraph, Set.of());
    if (draft.zone == Zone.ITEM) {
      draft.currentSection().currentItem().builder.addParagraph(value.text);
    } else if (draft.zone == Zone.SECTION
        && value.text.startsWith(MarkdownLayout.PRIORITY_MARKER)) {
      String text = value.text.substring(MarkdownLayout.PRIORITY_MARKER.length());
      if (text.startsWith(" ")) {
        text = text.substring(1);
      }
      draft.currentSection().priorities.add(PriorityItem.builder().text(text));
    } else if (draft.zone == Zone.SECTION) {
      unplaced(
          paragraph,
          "栏目中的段落须属于某个条目（### ➤）或以 ◇ 开头",
          "a paragraph of a section " + "belongs to an item (### ➤) or starts with ◇");
    } else {
      unplaced(
          paragraph,
          "报头或报尾只接受“- 标签：值”列表",
          "the masthead and the trailer take only " + "\"- label：value\" lists");
    }
  }

  // ---------------------------------------------------------------- field-list entries

  /** One {@code - 标签：值} entry with its machine data and nested entries. */
  private record Entry(
      String label, String value, Map<String, String> data, Node node, BulletList children) {}

  private Optional<Entry> entry(ListItem item) {
    Node first = item.getFirstChild();
    if (!(first instanceof Paragraph paragraph)) {
      unplaced(item, "列表项不是“标签：值”", "a list entry is not \"label：value\"");
      return Optional.empty();
    }
    Value value = value(paragraph, null);
    int separator = separator(value.text);
    if (separator < 0) {
      unplaced(item, "列表项不是“标签：值”", "a list entry is not \"label：value\"");
      return Optional.empty();
    }
    String label = value.text.substring(0, separator).strip();
    String text = value.text.substring(separator + 1);
    int raw = rawSpacesAfterSeparator(paragraph);
    int strip = 0;
    while (strip < raw
        && strip < text.length()
        && (text.charAt(strip) == ' ' || text.charAt(strip) == '\t')) {
      strip++;
    }
    text = text.substring(strip);
    BulletList children = null;
    for (Node child = first.getNext(); child != null; child = child.getNext()) {
      if (child instanceof BulletList list && children == null) {
        children = list;
      } else {
        unplaced(child, "列表项中多余的内容", "extra content in a list entry");
      }
    }
    return Optional.of(new Entry(label, text, value.data, item, children));
  }

  private static int separator(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == MarkdownLayout.SEPARATOR || c == ':') {
        return i;
      }
    }
    return -1;
  }

  private int rawSpacesAfterSeparator(Node paragraph) {
    Optional<SourceSpan> span = span(paragraph);
    if (span.isEmpty() || span.get().getLineIndex() >= lines.size()) {
      return 0;
    }
    String raw = lines.get(span.get().getLineIndex());
    int i = span.get().getColumnIndex();
    while (i < raw.length() && raw.charAt(i) != MarkdownLayout.SEPARATOR && raw.charAt(i) != ':') {
      i++;
    }
    int count = 0;
    for (i++; i < raw.length() && (raw.charAt(i) == ' ' || raw.charAt(i) == '\t'); i++) {
      count++;
    }
    return count;
  }

  private void placeEntry(Entry entry) {
    boolean person = draft.zone == Zone.ITEM && entry.label.equals(MarkdownLayout.PERSON);
    if (entry.children != null && !person) {
      unplaced(entry.children, "列表项下多余的子列表", "a nested list where none belongs");
    }
    switch (draft.zone) {
      case MASTHEAD -> mastheadEntry(entry);
      case SECTION -> sectionEntry(entry);
      case ITEM -> itemEntry(entry);
      case TRAILER -> trailerEntry(entry);
      default -> unplaced(entry.node, "不属于任何栏目", "it belongs to no section");
    }
  }

  private void mastheadEntry(Entry entry) {
    String label = entry.label;
    if (label.equals(MarkdownLayout.PUBLISHER)) {
      if (allowOnly(entry, Set.of(MarkdownLayout.KEY_ID))) {
        String path = "masthead.publishers[" + draft.publishers++ + "]";
        if (nonBlank(entry, path + ".name")) {
          draft.masthead.addPublisher(
              Publisher.builder()
                  .name(entry.value)
                  .organizationId(Optional.ofNullable(entry.data.get(MarkdownLayout.KEY_ID)))
                  .build());
        }
      }
      return;
    }
    if (!singleValued(
        entry,
        "masthead",
        Set.of(
            MarkdownLayout.PERIOD,
            MarkdownLayout.ISSUE_NUMBER,
            MarkdownLayout.RUNNING_NUMBER,
            MarkdownLayout.PUBLISH_DATE,
            MarkdownLayout.COMPILING_STATEMENT))) {
      return;
    }
    switch (label) {
      case MarkdownLayout.PERIOD -> {
        Matcher matcher = PERIOD.matcher(entry.value.strip());
        int month = matcher.matches() ? Integer.parseInt(matcher.group(2)) : 0;
        if (month >= 1 && month <= 12) {
          draft.period = YearMonth.of(Integer.parseInt(matcher.group(1)), month);
        } else {
          draft.periodBad = true;
          valueProblem(
              entry.node,
              "masthead.period",
              entry.value,
              "年.月，如 2024.1",
              "year.month such as 2024.1");
        }
      }
      case MarkdownLayout.ISSUE_NUMBER ->
          number(entry, ISSUE, "masthead.issueNumber").ifPresent(draft.masthead::issueNumber);
      case MarkdownLayout.RUNNING_NUMBER ->
          number(entry, RUNNING, "masthead.runningNumber").ifPresent(draft.masthead::runningNumber);
      case MarkdownLayout.PUBLISH_DATE ->
          date(entry, "masthead.publishDate").ifPresent(draft.masthead::publishDate);
      default -> draft.masthead.compilingStatement(entry.value);
    }
  }

  private void sectionEntry(Entry entry) {
    SectionState section = draft.currentSection();
    if (entry.label.equals(MarkdownLayout.AS_OF)) {
      if (!allowOnly(entry, Set.of())) {
        return;
      }
      if (section.statistics != null || section.asOfBad) {
        unplaced(entry.node, "重复的字段“" + entry.label + "”", "a repeated field");
        return;
      }
      Optional<LocalDate> asOf = date(entry, section.path() + ".statistics.asOf");
      if (asOf.isPresent()) {
        section.statistics = StatisticsBlock.builder().asOf(asOf.get());
      } else {
        section.asOfBad = true;
      }
    } else if (entry.label.equals(MarkdownLayout.RESPONSIBLE)) {
      if (!allowOnly(entry, Set.of())) {
        return;
      }
      if (section.priorities.isEmpty()) {
        unplaced(entry.node, "责任单位之前没有 ◇ 重点工作", "no ◇ priority line before it");
        return;
      }
      String path =
          section.path()
              + ".priorities["
              + (section.priorities.size() - 1)
              + "].responsibleOrganizations";
      if (nonBlank(entry, path)) {
        section
            .priorities
            .get(section.priorities.size() - 1)
            .addResponsibleOrganization(entry.value);
      }
    } else {
      unknownLabel(entry);
    }
  }

  private void itemEntry(Entry entry) {
    ItemState item = draft.currentSection().currentItem();
    String path = item.path();
    switch (entry.label) {
      case MarkdownLayout.DATE -> {
        if (!allowOnly(entry, Set.of(MarkdownLayout.KEY_DATE, MarkdownLayout.KEY_PRINTED))
            || !singleValued(entry, path, Set.of(MarkdownLayout.DATE))) {
          return;
        }
        String printed = entry.data.get(MarkdownLayout.KEY_PRINTED);
        String resolved = entry.data.get(MarkdownLayout.KEY_DATE);
        if (printed != null && !printed.equals(MarkdownLayout.PRINTED_NO)) {
          valueProblem(entry.node, path + ".dateText", printed, "no", "no");
        } else if (printed != null) {
          date(entry, path + ".date").ifPresent(item.builder::date);
          return;
        }
        item.builder.dateText(entry.value);
        if (resolved != null) {
          Optional<LocalDate> date = MarkdownLayout.parseDate(resolved);
          if (date.isPresent()) {
            item.builder.date(date.get());
          } else {
            valueProblem(
                entry.node,
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
                  .name(entry.value)
                  .organizationId(Optional.ofNullable(entry.data.get(MarkdownLayout.KEY_ID)))
                  .build());
        }
      }
      case MarkdownLayout.PERSON -> person(entry, item, path + ".people[" + item.people++ + "]");
      default -> unknownLabel(entry);
    }
  }

  private void person(Entry entry, ItemState item, String path) {
    boolean usable =
        allowOnly(entry, Set.of(MarkdownLayout.KEY_ID)) && nonBlank(entry, path + ".name");
    ImmutablePersonMention.Builder person =
        PersonMention.builder()
            .name(usable ? entry.value : "?")
            .memberId(Optional.ofNullable(entry.data.get(MarkdownLayout.KEY_ID)));
    if (entry.children != null) {
      for (Node child = entry.children.getFirstChild(); child != null; child = child.getNext()) {
        Optional<Entry> detail = entry((ListItem) child);
        if (detail.isEmpty()) {
          continue;
        }
        Entry sub = detail.get();
        if (sub.children != null) {
          unplaced(sub.children, "列表项下多余的子列表", "a nested list where none belongs");
        }
        if (!allowOnly(sub, Set.of())
            || !singleValued(
                sub, path, Set.of(MarkdownLayout.POST, MarkdownLayout.PERSON_ORGANIZATION))) {
          continue;
        }
        if (sub.label.equals(MarkdownLayout.POST)) {
          person.post(sub.value);
        } else {
          person.organization(sub.value);
        }
      }
    }
    if (usable) {
      item.builder.addPerson(person.build());
    }
  }

  private void trailerEntry(Entry entry) {
    switch (entry.label) {
      case MarkdownLayout.REPORT_TO, MarkdownLayout.SEND_TO, MarkdownLayout.ISSUE_TO -> {
        if (allowOnly(entry, Set.of())) {
          draft.distribution = true;
          List<String> list =
              entry.label.equals(MarkdownLayout.REPORT_TO)
                  ? draft.reportTo
                  : entry.label.equals(MarkdownLayout.SEND_TO) ? draft.sendTo : draft.issueTo;
          list.add(entry.value);
        }
      }
      case MarkdownLayout.DISTRIBUTION -> {
        if (!entry.value.isEmpty()) {
          unplaced(
              entry.node,
              "“分发”只用于标明无收件单位的分发行，收件单位写在“报/送/发”后",
              "\"分发\" only marks a distribution line without recipients; recipients go after "
                  + "报/送/发");
        } else if (allowOnly(entry, Set.of())) {
          draft.distribution = true;
        }
      }
      case MarkdownLayout.EDITOR, MarkdownLayout.APPROVER, MarkdownLayout.PRINT_COUNT -> {
        if (!allowOnly(entry, Set.of()) || !singleValued(entry, "trailer", Set.of(entry.label))) {
          return;
        }
        if (entry.label.equals(MarkdownLayout.EDITOR)) {
          draft.bulletin.editor(entry.value);
        } else if (entry.label.equals(MarkdownLayout.APPROVER)) {
          draft.bulletin.approver(entry.value);
        } else {
          Matcher matcher = COPIES.matcher(entry.value.strip());
          OptionalInt copies = matcher.matches() ? parseInt(matcher.group(1)) : OptionalInt.empty();
          if (copies.isPresent()) {
            draft.bulletin.printCount(copies.getAsInt());
          } else {
            valueProblem(
                entry.node,
                "printCount",
                entry.value,
                "份数，如 200份",
                "a number of copies such as 200份");
          }
        }
      }
      default -> unknownLabel(entry);
    }
  }

  private void unknownLabel(Entry entry) {
    unplaced(entry.node, "此处没有字段“" + entry.label + "”", "no field \"" + entry.label + "\" here");
  }

  private boolean singleValued(Entry entry, String scope, Set<String> labels) {
    if (!labels.contains(entry.label)) {
      unknownLabel(entry);
      return false;
    }
    if (!draft.seen.add(scope + ":" + entry.label)) {
      unplaced(entry.node, "重复的字段“" + entry.label + "”", "a repeated field");
      return false;
    }
    return true;
  }

  private boolean allowOnly(Entry entry, Set<String> keys) {
    for (String key : entry.data.keySet()) {
      if (!keys.contains(key)) {
        unplaced(entry.node, "此处没有机器数据“" + key + "”", "no machine data \"" + key + "\" here");
        return false;
      }
    }
    return true;
  }

  private boolean nonBlank(Entry entry, String path) {
    if (entry.value.isBlank()) {
      problem(InputProblem.MISSING_FIELD, entry.node, path, entry.value, field(path));
      return false;
    }
    return true;
  }

  private OptionalInt number(Entry entry, Pattern pattern, String path) {
    Matcher matcher = pattern.matcher(entry.value.strip());
    OptionalInt number = OptionalInt.empty();
    if (matcher.matches()) {
      String digits = matcher.group(1);
      number = parseInt(digits);
      if (number.isEmpty()) {
        number = ChineseNumerals.parse(digits);
      }
    }
    if (number.isEmpty()) {
      valueProblem(
          entry.node,
          path,
          entry.value,
          "期数，如 第1期、总第六十二期",
          "an issue number such as 第1期 or 总第六十二期");
    }
    return number;
  }

  private static OptionalInt parseInt(String text) {
    if (text.length() > 11) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(Integer.parseInt(text));
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  private Optional<LocalDate> date(Entry entry, String path) {
    Optional<LocalDate> date = MarkdownLayout.parseDate(entry.value.strip());
    if (date.isEmpty()) {
      valueProblem(
          entry.node,
          path,
          entry.value,
          "日期，如 2024年1月31日 或 2024-01-31",
          "a date such as 2024年1月31日 or 2024-01-31");
    }
    return date;
  }

  // ---------------------------------------------------------------- statistics table

  private void table(TableBlock table) {
    SectionState section = draft.currentSection();
    String path = section.path() + ".statistics";
    TableHead head = null;
    TableBody body = null;
    for (Node child = table.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof TableHead h) {
        head = h;
      } else if (child instanceof TableBody b) {
        body = b;
      }
    }
    List<String> header =
        head == null || head.getFirstChild() == null
            ? List.of()
            : cells((TableRow) head.getFirstChild()).stream().map(v -> v.text.strip()).toList();
    if (!header.equals(
        List.of(
            MarkdownLayout.COLUMN_LABEL,
            MarkdownLayout.COLUMN_VALUE,
            MarkdownLayout.COLUMN_UNIT))) {
      unplaced(
          table,
          "统计表的表头须为“指标 | 数值 | 单位”",
          "the statistics table's header is " + "\"指标 | 数值 | 单位\"");
      return;
    }
    if (section.statistics == null) {
      if (section.asOfBad) {
        unplaced(table, "统计表缺少有效的“截至”日期", "the statistics table has no valid 截至 date");
      } else {
        problem(InputProblem.MISSING_FIELD, table, path + ".asOf", "", field(path + ".asOf"));
      }
      return;
    }
    if (body == null) {
      return;
    }
    for (Node row = body.getFirstChild(); row != null; row = row.getNext()) {
      statisticsRow((TableRow) row, section, path);
    }
  }

  private void statisticsRow(TableRow row, SectionState section, String path) {
    List<Value> cells = cells(row);
    if (cells.size() != 3 || extraCells(row)) {
      unplaced(row, "统计表的行须有三列", "a statistics row has three cells");
      return;
    }
    Value labelCell = cells.get(0);
    String label = labelCell.text;
    String value = cells.get(1).text.strip();
    String unit = cells.get(2).text;
    for (int i = 1; i < 3; i++) {
      if (!cells.get(i).data.isEmpty()) {
        unplaced(row, "此处没有机器数据", "no machine data here");
        return;
      }
    }
    for (String key : labelCell.data.keySet()) {
      if (!key.equals(MarkdownLayout.KEY_FIGURE)
          || !MarkdownLayout.FIGURE_OTHER.equals(labelCell.data.get(key))) {
        unplaced(row, "此处没有机器数据“" + key + "”", "no machine data \"" + key + "\" here");
        return;
      }
    }
    boolean other =
        labelCell.data.containsKey(MarkdownLayout.KEY_FIGURE)
            || !MarkdownLayout.KNOWN_FIGURES.containsKey(label);
    ImmutableStatisticsBlock.Builder statistics = section.statistics;
    if (other) {
      String at = path + ".otherFigures[" + section.otherFigures++ + "]";
      if (label.isBlank()) {
        problem(InputProblem.MISSING_FIELD, row, at + ".label", label, field(at + ".label"));
        return;
      }
      decimal(row, at + ".value", value)
          .ifPresent(
              number ->
                  statistics.addOtherFigure(
                      StatedFigure.builder()
                          .label(label)
                          .value(number)
                          .unit(unit.isEmpty() ? Optional.empty() : Optional.of(unit))
                          .build()));
      return;
    }
    String field = MarkdownLayout.KNOWN_FIGURES.get(label);
    if (!section.figures.add(label)) {
      unplaced(row, "重复的指标“" + label + "”", "a repeated figure");
      return;
    }
    String expectedUnit = MarkdownLayout.FIGURE_UNITS.get(label);
    if (!unit.strip().isEmpty() && !unit.strip().equals(expectedUnit)) {
      valueProblem(
          row,
          path + "." + field,
          unit,
          "单位“" + expectedUnit + "”",
          "the unit \"" + expectedUnit + "\"");
      return;
    }
    if (field.equals("shareOfEmployeesPercent")) {
      decimal(row, path + "." + field, value).ifPresent(statistics::shareOfEmployeesPercent);
      return;
    }
    OptionalInt count = parseInt(value);
    if (count.isEmpty()) {
      valueProblem(row, path + "." + field, value, "整数", "a whole number");
      return;
    }
    int n = count.getAsInt();
    switch (field) {
      case "memberTotal" -> statistics.memberTotal(n);
      case "probationaryMembers" -> statistics.probationaryMembers(n);
      case "organizationTotal" -> statistics.organizationTotal(n);
      case "partyCommittees" -> statistics.partyCommittees(n);
      case "generalBranches" -> statistics.generalBranches(n);
      default -> statistics.branches(n);
    }
  }

  /** True when the row's line goes on after its last cell: GFM drops cells beyond the header. */
  private boolean extraCells(TableRow row) {
    Node last = row.getLastChild();
    List<SourceSpan> spans = last == null ? List.of() : last.getSourceSpans();
    if (spans.isEmpty() || spans.get(0).getLineIndex() >= lines.size()) {
      return false;
    }
    SourceSpan span = spans.get(spans.size() - 1);
    String raw = lines.get(span.getLineIndex());
    int end = Math.min(raw.length(), span.getColumnIndex() + span.getLength());
    String rest = raw.substring(end).strip();
    if (rest.startsWith("|")) {
      rest = rest.substring(1).strip();
    }
    return !rest.isEmpty();
  }

  private Optional<BigDecimal> decimal(Node node, String path, String text) {
    if (text.length() <= maxNumberLength) {
      try {
        return Optional.of(new BigDecimal(text));
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    valueProblem(node, path, text, "数字，如 10 或 10.0", "a number such as 10 or 10.0");
    return Optional.empty();
  }

  private List<Value> cells(TableRow row) {
    List<Value> cells = new ArrayList<>();
    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
      if (cell instanceof TableCell) {
        cells.add(value(cell, null));
      }
    }
    return cells;
  }

  // ---------------------------------------------------------------- inline text

  /** The text of a block's inline content and the machine data of its comments. */
  private record Value(String text, Map<String, String> data) {}

  /**
   * Flattens the inline content of {@code block}: text, line breaks as {@code \n}, the text inside
   * formatting (reported, since the bulletin has no place for formatting), and the key=value pairs
   * of comments; the raw spaces before a final comment only separate it from the text.
   *
   * @param allowed the machine-data keys the block may carry, or null to leave the check to the
   *     caller
   */
  private Value value(Node block, Set<String> allowed) {
    StringBuilder text = new StringBuilder();
    Map<String, String> data = new LinkedHashMap<>();
    boolean formatting = false;
    Deque<Node> pending = new ArrayDeque<>();
    for (Node child = block.getLastChild(); child != null; child = child.getPrevious()) {
      pending.push(child);
    }
    while (!pending.isEmpty()) {
      Node node = pending.pop();
      if (node instanceof Text t) {
        text.append(t.getLiteral());
      } else if (node instanceof HardLineBreak || node instanceof SoftLineBreak) {
        text.append('\n');
      } else if (node instanceof HtmlInline html) {
        comment(html, block, text, data);
      } else if (node instanceof Code code) {
        formatting = true;
        text.append(code.getLiteral());
      } else if (node instanceof Image) {
        formatting = true;
      } else {
        formatting |=
            node instanceof Emphasis || node instanceof StrongEmphasis || node instanceof Link;
        for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
          pending.push(child);
        }
      }
    }
    if (formatting) {
      unplaced(
          block,
          "格式标记（强调、代码、链接、图片）不保留，只读入文字",
          "formatting (emphasis, code, links, images) is not kept, only the text is read");
    }
    if (allowed != null) {
      for (String key : List.copyOf(data.keySet())) {
        if (!allowed.contains(key)) {
          unplaced(block, "此处没有机器数据“" + key + "”", "no machine data \"" + key + "\" here");
          data.remove(key);
        }
      }
    }
    return new Value(text.toString(), data);
  }

  private void comment(HtmlInline html, Node block, StringBuilder text, Map<String, String> data) {
    String literal = html.getLiteral();
    if (!MachineData.isComment(literal)) {
      unplaced(block, "HTML 标签不读入", "HTML tags are not read");
      return;
    }
    Optional<Map<String, String>> pairs = MachineData.parse(literal);
    if (pairs.isEmpty()) {
      unplaced(block, "注释不是 key=value 形式的机器数据", "the comment is not key=value machine data");
      return;
    }
    for (Map.Entry<String, String> pair : pairs.get().entrySet()) {
      if (data.putIfAbsent(pair.getKey(), pair.getValue()) != null) {
        unplaced(block, "重复的机器数据“" + pair.getKey() + "”", "repeated machine data");
      }
    }
    if (html.getNext() != null || html.getParent() != block) {
      return;
    }
    if (html.getPrevious() instanceof SoftLineBreak
        && text.length() > 0
        && text.charAt(text.length() - 1) == '\n') {
      text.setLength(text.length() - 1);
      return;
    }
    Optional<SourceSpan> span = span(html);
    if (span.isEmpty() || span.get().getLineIndex() >= lines.size()) {
      return;
    }
    String raw = lines.get(span.get().getLineIndex());
    int i = Math.min(span.get().getColumnIndex(), raw.length());
    while (i > 0
        && (raw.charAt(i - 1) == ' ' || raw.charAt(i - 1) == '\t')
        && text.length() > 0
        && (text.charAt(text.length() - 1) == ' ' || text.charAt(text.length() - 1) == '\t')) {
      text.setLength(text.length() - 1);
      i--;
    }
  }

  // ---------------------------------------------------------------- finishing and reporting

  private void finish() {
    if (draft == null) {
      return;
    }
    Draft d = draft;
    draft = null;
    bulletins++;
    if (d.title == null || d.title.isBlank()) {
      d.problems.add(
          new Pending(
              InputProblem.MISSING_FIELD,
              at(d.line, 1, "masthead.title"),
              d.title == null ? "" : d.title,
              field("masthead.title")));
      d.fatal = true;
    }
    if (d.period == null) {
      if (!d.periodBad) {
        d.problems.add(
            new Pending(
                InputProblem.MISSING_FIELD,
                at(d.line, 1, "masthead.period"),
                "",
                field("masthead.period")));
      }
      d.fatal = true;
    }
    Bulletin bulletin = d.fatal ? null : d.build();
    ImmutableLocation.Builder where = at(d.line, 1, null);
    if (bulletin != null) {
      where.recordId(bulletin.designation());
    }
    for (Pending p : d.problems) {
      if (bulletin != null) {
        p.location.recordId(bulletin.designation());
      }
      context.problem(p.problem, p.location.build(), p.value, p.arguments);
    }
    if (bulletin == null) {
      context.reject(where.build(), shown(d.firstLineText));
    } else {
      context.bulletin(bulletin, where.build());
    }
  }

  private record Pending(
      InputProblem problem,
      ImmutableLocation.Builder location,
      String value,
      Map<String, String> arguments) {}

  private void unplaced(Node node, String detail, String detailEn) {
    Optional<SourceSpan> span = span(node);
    String text =
        span.filter(s -> s.getLineIndex() < lines.size())
            .map(s -> lines.get(s.getLineIndex()))
            .orElse("");
    draft.problems.add(
        new Pending(
            InputProblem.UNPLACED,
            at(line(node), column(node), null),
            shown(text),
            Map.of("detail", detail, "detailEn", detailEn)));
  }

  private void problem(
      InputProblem problem, Node node, String path, String value, Map<String, String> arguments) {
    draft.problems.add(
        new Pending(problem, at(line(node), column(node), path), shown(value), arguments));
  }

  private void valueProblem(
      Node node, String path, String value, String expected, String expectedEn) {
    problem(
        InputProblem.VALUE,
        node,
        path,
        value,
        Map.of("field", path, "expected", expected, "expectedEn", expectedEn));
  }

  private static Map<String, String> field(String path) {
    return Map.of("field", path);
  }

  private ImmutableLocation.Builder at(int line, int column, String path) {
    ImmutableLocation.Builder builder =
        Location.builder()
            .source(source)
            .recordKind(RecordKind.BULLETIN)
            .recordIndex(draft == null ? bulletins - 1 : draft.index)
            .line(line)
            .column(column);
    return path == null ? builder : builder.fieldPath(path);
  }

  /** A value as a report shows it: ID and mobile numbers masked, at most 200 characters. */
  static String shown(String text) {
    String masked = replace(ID_NUMBER, text, true);
    masked = replace(MOBILE, masked, false);
    return masked.length() > MAX_VALUE_SHOWN ? masked.substring(0, MAX_VALUE_SHOWN) + "…" : masked;
  }

  private static String replace(Pattern pattern, String text, boolean id) {
    Matcher matcher = pattern.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String raw = matcher.group();
      matcher.appendReplacement(
          out,
          Matcher.quoteReplacement(
              id ? PersonalData.maskIdText(raw) : PersonalData.maskMobileText(raw)));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private Optional<SourceSpan> span(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      List<SourceSpan> spans = n.getSourceSpans();
      if (!spans.isEmpty()) {
        return Optional.of(spans.get(0));
      }
    }
    return Optional.empty();
  }

  private int line(Node node) {
    return span(node).map(s -> firstLine + s.getLineIndex()).orElse(firstLine);
  }

  private int column(Node node) {
    return span(node).map(s -> s.getColumnIndex() + 1).orElse(1);
  }

  // ---------------------------------------------------------------- drafts

  private final class Draft {
    final int line;
    final long index;
    final String firstLineText;
    String title;
    YearMonth period;
    boolean periodBad;
    int publishers;
    final ImmutableMasthead.Builder masthead = Masthead.builder();
    final List<SectionState> sections = new ArrayList<>();
    boolean distribution;
    final List<String> reportTo = new ArrayList<>();
    final List<String> sendTo = new ArrayList<>();
    final List<String> issueTo = new ArrayList<>();
    final ImmutableBulletin.Builder bulletin = Bulletin.builder();
    final Set<String> seen = new HashSet<>();
    final List<Pending> problems = new ArrayList<>();
    boolean fatal;
    Zone zone = Zone.MASTHEAD;

    Draft(int line, long index) {
      this.line = line;
      this.index = index;
      int at = line - firstLine;
      this.firstLineText = at >= 0 && at < lines.size() ? lines.get(at) : "";
    }

    SectionState currentSection() {
      return sections.get(sections.size() - 1);
    }

    Bulletin build() {
      masthead.title(title).period(period);
      bulletin.masthead(masthead.build());
      for (SectionState section : sections) {
        bulletin.addSection(section.build());
      }
      if (distribution) {
        ImmutableDistribution.Builder builder = Distribution.builder();
        builder.addAllReportTo(reportTo).addAllSendTo(sendTo).addAllIssueTo(issueTo);
        bulletin.distribution(builder.build());
      }
      return bulletin.build();
    }
  }

  private static final class SectionState {
    final int index;
    final ImmutableSection.Builder builder = Section.builder();
    final List<ItemState> items = new ArrayList<>();
    final List<ImmutablePriorityItem.Builder> priorities = new ArrayList<>();
    ImmutableStatisticsBlock.Builder statistics;
    boolean asOfBad;
    int otherFigures;
    final Set<String> figures = new HashSet<>();

    SectionState(int index) {
      this.index = index;
    }

    String path() {
      return "sections[" + index + "]";
    }

    ItemState currentItem() {
      return items.get(items.size() - 1);
    }

    Section build() {
      for (ItemState item : items) {
        builder.addItem(item.builder.build());
      }
      for (ImmutablePriorityItem.Builder priority : priorities) {
        builder.addPriority(priority.build());
      }
      if (statistics != null) {
        builder.statistics(statistics.build());
      }
      return builder.build();
    }
  }

  private static final class ItemState {
    final SectionState section;
    final int index;
    final ImmutableBulletinItem.Builder builder;
    int organizations;
    int people;

    ItemState(SectionState section, int index, String headline) {
      this.section = section;
      this.index = index;
      this.builder = BulletinItem.builder().headline(headline);
    }

    String path() {
      return section.path() + ".items[" + index + "]";
    }
  }
}
