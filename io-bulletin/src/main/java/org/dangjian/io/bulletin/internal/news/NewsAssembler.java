package org.dangjian.io.bulletin.internal.news;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dangjian.core.bulletin.ImmutableNewsReport;
import org.dangjian.core.bulletin.NewsReport;
import org.dangjian.core.constraint.Limits;
import org.dangjian.io.bulletin.internal.IssueDates;
import org.dangjian.io.bulletin.internal.Mentions;
import org.dangjian.io.bulletin.internal.text.Texts;

/**
 * Finds the reports of a news page in its {@link NewsLine}s and builds them. Every line is first
 * classified: blank, site chrome ({@link Chrome}), an editor's credits line, a source line ({@link
 * Bylines}: page header, meta line, lead, reporters line), or text. Each run of source lines
 * anchors one report; its headline is the block of up to three short text lines (or the headings)
 * just before it, its body the lines after it up to the next report's headline. Text lines of a
 * wrapped text are joined into paragraphs until a blank line, an indented line or a line after a
 * sentence end; HTML blocks and Markdown headings are paragraphs of their own. A page header
 * ({@code 闽东日报 2021年6月30日 第3版}) gives the publication and date to the reports after it that print
 * only {@code 本报讯}. Text before the first report that is no chrome is reported ({@code
 * IO-UNPLACED}); a report without headline, publication or date is reported ({@code
 * IO-MISSING-FIELD}) and not kept ({@code IO-REJECTED}).
 */
final class NewsAssembler {

  private static final int MAX_HEADLINE_LINES = 3;
  private static final List<String> CLAUSE_VERBS = List.of("下辖", "共有", "现有", "拥有", "设有", "建有");
  private static final int MAX_HEADLINE_LENGTH = 60;

  private enum Kind {
    BLANK,
    CHROME,
    EDITOR,
    BYLINE,
    TEXT
  }

  private record Classified(NewsLine line, Kind kind, Optional<Byline> byline) {}

  /** One report's lines: headline lines, source lines, body lines (indices into the lines). */
  private record Span(int headlineStart, int bylineStart, int bylineEnd) {}

  private final List<Classified> lines = new ArrayList<>();
  private final NewsProblems problems;
  private final List<NewsReport> reports = new ArrayList<>();
  private int articles;

  private NewsAssembler(List<NewsLine> input, NewsProblems problems) {
    this.problems = problems;
    for (NewsLine line : input) {
      lines.add(classify(line));
    }
  }

  /**
   * The reports of a page, in print order; problems go to {@code problems}.
   *
   * @param input the lines of the page
   * @param problems where problems are reported
   * @return the reports that could be built
   */
  static List<NewsReport> assemble(List<NewsLine> input, NewsProblems problems) {
    NewsAssembler assembler = new NewsAssembler(input, problems);
    assembler.run();
    return assembler.reports;
  }

  private static Classified classify(NewsLine line) {
    if (line.blank()) {
      return new Classified(line, Kind.BLANK, Optional.empty());
    }
    if (Chrome.editor(line.text()).isPresent()) {
      return new Classified(line, Kind.EDITOR, Optional.empty());
    }
    if (Chrome.isChrome(line.text())) {
      return new Classified(line, Kind.CHROME, Optional.empty());
    }
    Optional<Byline> byline = Bylines.read(line.text());
    if (byline.isPresent() && plausible(byline.get(), line.text())) {
      return new Classified(line, Kind.BYLINE, byline);
    }
    return new Classified(line, Kind.TEXT, Optional.empty());
  }

  /**
   * A meta line without labels must look like one: a time, an ISO date or {@code 原创}, so that a
   * signature line such as {@code 某公司党委 2021年6月30日} at the end of a text is not taken for one.
   */
  private static boolean plausible(Byline byline, String text) {
    if (byline.kind() != Byline.Kind.META) {
      return true;
    }
    String t = NewsText.normalize(text);
    return t.matches(".*(来源|发布时间|发布日期|作者|记者)\\s*:.*")
        || t.matches(".*\\d{1,2}:\\d{2}.*")
        || t.matches(".*\\d{4}-\\d{1,2}-\\d{1,2}.*")
        || t.contains("原创");
  }

  private void run() {
    List<Span> spans = spans();
    int firstStart = spans.isEmpty() ? lines.size() : spans.get(0).headlineStart();
    for (int i = 0; i < firstStart; i++) {
      Classified c = lines.get(i);
      if (c.kind() == Kind.TEXT || c.kind() == Kind.EDITOR) {
        problems.unplaced(
            c.line().number(),
            c.line().text(),
            "不属于任何一篇报道（报道以标题和来源行开始）",
            "belongs to no report (a report starts with a headline and a source line)");
      }
    }
    Page page = new Page();
    page.scan(lines, 0, firstStart);
    for (int s = 0; s < spans.size(); s++) {
      int end = s + 1 < spans.size() ? spans.get(s + 1).headlineStart() : lines.size();
      build(spans.get(s), end, page);
      page.scan(lines, spans.get(s).bylineStart(), end);
    }
    if (spans.isEmpty() && lines.stream().anyMatch(c -> c.kind() == Kind.TEXT)) {
      int first =
          lines.stream()
              .filter(c -> c.kind() == Kind.TEXT)
              .findFirst()
              .map(c -> c.line().number())
              .orElse(1);
      problems.missing(first, 0, "source");
    }
  }

  /** The publication and date of the newspaper page, from its header lines. */
  private static final class Page {
    private Optional<String> publication = Optional.empty();
    private Optional<LocalDate> date = Optional.empty();

    void scan(List<Classified> lines, int from, int to) {
      for (int i = from; i < to; i++) {
        Optional<Byline> b = lines.get(i).byline();
        if (b.isPresent() && b.get().kind() == Byline.Kind.PAGE) {
          if (b.get().publication().isPresent()) {
            publication = b.get().publication();
          }
          date = b.get().publishedOn();
        }
      }
    }
  }

  /** The spans of the reports: each run of source lines with the headline block before it. */
  private List<Span> spans() {
    List<Span> spans = new ArrayList<>();
    int floor = 0;
    int i = 0;
    while (i < lines.size()) {
      if (!isAnchor(i)) {
        i++;
        continue;
      }
      int start = i;
      int end = i;
      boolean lead = kindOf(i) == Byline.Kind.LEAD;
      while (!lead) {
        int next = end + 1;
        while (next < lines.size() && lines.get(next).kind() == Kind.BLANK) {
          next++;
        }
        if (next < lines.size() && isAnchor(next)) {
          end = next;
          lead = kindOf(next) == Byline.Kind.LEAD;
        } else {
          break;
        }
      }
      int headline = headlineStart(start, floor);
      spans.add(new Span(headline, start, end));
      floor = end + 1;
      i = end + 1;
    }
    return spans;
  }

  private boolean isAnchor(int i) {
    Classified c = lines.get(i);
    return c.kind() == Kind.BYLINE && c.byline().get().kind() != Byline.Kind.PAGE;
  }

  private Byline.Kind kindOf(int i) {
    return lines.get(i).byline().get().kind();
  }

  /** The first line of the headline block before the source line at {@code anchor}. */
  private int headlineStart(int anchor, int floor) {
    int i = anchor - 1;
    while (i >= floor && lines.get(i).kind() == Kind.BLANK) {
      i--;
    }
    int start = anchor;
    int taken = 0;
    while (i >= floor && taken < MAX_HEADLINE_LINES) {
      Classified c = lines.get(i);
      if (c.kind() != Kind.TEXT || !headlineLike(c.line())) {
        break;
      }
      start = i;
      taken++;
      i--;
      if (c.line().heading() > 0) {
        break;
      }
    }
    return start;
  }

  private static boolean headlineLike(NewsLine line) {
    String text = line.text();
    if (line.heading() > 0) {
      return text.length() <= Limits.HEADLINE;
    }
    return text.length() <= MAX_HEADLINE_LENGTH
        && !(text.endsWith("。") || text.endsWith("；") || text.endsWith("，"));
  }

  private void build(Span span, int end, Page page) {
    int article = articles++;
    List<String> headlineParts = new ArrayList<>();
    List<String> subtitles = new ArrayList<>();
    for (int i = span.headlineStart(); i < span.bylineStart(); i++) {
      String text = lines.get(i).line().text();
      if (text.isEmpty()) {
        continue;
      }
      if (text.startsWith("—") || text.startsWith("-")) {
        subtitles.add(text);
      } else {
        headlineParts.add(text);
      }
    }
    Set<String> reporters = new LinkedHashSet<>();
    Optional<String> publication = Optional.empty();
    Optional<LocalDate> publishedOn = Optional.empty();
    Optional<String> dateLine = Optional.empty();
    Optional<java.time.MonthDay> dateLineDay = Optional.empty();
    Optional<String> editor = Optional.empty();
    Paragraphs body = new Paragraphs();
    subtitles.forEach(body::whole);
    for (int i = span.bylineStart(); i <= span.bylineEnd(); i++) {
      Optional<Byline> found = lines.get(i).byline();
      if (found.isEmpty()) {
        continue;
      }
      Byline b = found.get();
      reporters.addAll(b.reporters());
      publication = publication.or(b::publication);
      publishedOn = publishedOn.or(b::publishedOn);
      dateLine = dateLine.or(b::dateLine);
      dateLineDay = dateLineDay.or(b::dateLineDay);
      editor = editor.or(b::editor);
      if (!b.body().isEmpty()) {
        body.line(b.body(), false, false);
      }
    }
    for (int i = span.bylineEnd() + 1; i < end; i++) {
      Classified c = lines.get(i);
      switch (c.kind()) {
        case BLANK -> body.end();
        case CHROME -> {}
        case EDITOR -> {
          editor = editor.or(() -> Chrome.editor(c.line().text()));
          body.end();
        }
        case BYLINE -> {
          if (c.byline().get().kind() == Byline.Kind.PAGE) {
            body.end();
          } else {
            body.line(c.line().text(), c.line().indented(), c.line().block());
          }
        }
        case TEXT -> {
          if (c.line().heading() > 0) {
            body.whole(c.line().text());
          } else {
            body.line(c.line().text(), c.line().indented(), c.line().block());
          }
        }
      }
    }
    body.end();
    publication = publication.or(() -> page.publication);
    publishedOn = publishedOn.or(() -> page.date);
    int at = lines.get(span.bylineStart()).line().number();
    String headline = String.join(" ", headlineParts);
    boolean complete = true;
    if (headline.isEmpty()) {
      problems.missing(at, article, "headline");
      complete = false;
    }
    if (publication.isEmpty()) {
      problems.missing(at, article, "publication");
      complete = false;
    }
    if (publishedOn.isEmpty()) {
      problems.missing(at, article, "publishedOn");
      complete = false;
    }
    if (!complete) {
      String shown = headline.isEmpty() ? lines.get(span.bylineStart()).line().text() : headline;
      problems.rejected(at, article, shown);
      return;
    }
    YearMonth period = YearMonth.from(publishedOn.get());
    ImmutableNewsReport.Builder report =
        NewsReport.builder()
            .headline(cut(headline, Limits.HEADLINE))
            .publication(publication.get())
            .publishedOn(publishedOn.get())
            .dateLine(dateLine)
            .editor(editor)
            .addAllParagraphs(body.paragraphs);
    reporters.forEach(report::addReporter);
    if (dateLine.isPresent() && dateLineDay.isPresent()) {
      report.dateText(
          dateLineDay.get().getMonthValue() + "月" + dateLineDay.get().getDayOfMonth() + "日");
      report.date(
          IssueDates.resolve(
              dateLineDay.get().getMonthValue(), dateLineDay.get().getDayOfMonth(), period));
    } else if (!body.paragraphs.isEmpty()) {
      IssueDates.first(body.paragraphs.get(0), period)
          .ifPresent(found -> report.dateText(found.text()).date(found.date()));
    }
    List<String> texts = new ArrayList<>();
    texts.add(headline);
    texts.addAll(body.paragraphs);
    Mentions.Found mentions = Mentions.extract(texts);
    // A count such as 下辖党支部18个 reads to Mentions as a name; a clause with such a verb is none.
    mentions.organizations().stream()
        .filter(m -> CLAUSE_VERBS.stream().noneMatch(m.name()::contains))
        .forEach(report::addOrganization);
    report.addAllPeople(mentions.people());
    for (String paragraph : body.paragraphs) {
      report.addAllFigures(SentenceFigures.find(paragraph));
    }
    reports.add(report.build());
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  /** Joins text lines into paragraphs. */
  private static final class Paragraphs {
    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();

    void line(String text, boolean indented, boolean block) {
      if (block) {
        end();
        whole(text);
        return;
      }
      if (current.length() > 0 && (indented || NewsText.endsSentence(current))) {
        end();
      }
      current.append(Texts.joiner(current, text)).append(text);
    }

    void whole(String text) {
      end();
      add(text);
    }

    void end() {
      if (current.length() > 0) {
        add(current.toString());
        current.setLength(0);
      }
    }

    /** Adds a paragraph; one longer than the model allows is kept in parts, nothing dropped. */
    private void add(String text) {
      String p = Texts.strip(text);
      for (int from = 0; from < p.length(); from += Limits.PARAGRAPH) {
        String part = Texts.strip(p.substring(from, Math.min(p.length(), from + Limits.PARAGRAPH)));
        if (!part.isEmpty()) {
          paragraphs.add(part);
        }
      }
    }
  }
}
