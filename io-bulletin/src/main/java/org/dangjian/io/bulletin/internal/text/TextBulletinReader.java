package org.dangjian.io.bulletin.internal.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.bulletin.BulletinItem;
import org.dangjian.core.bulletin.ImmutableBulletin;
import org.dangjian.core.bulletin.ImmutableBulletinItem;
import org.dangjian.core.bulletin.ImmutableMasthead;
import org.dangjian.core.bulletin.ImmutableSection;
import org.dangjian.core.bulletin.Masthead;
import org.dangjian.core.bulletin.Section;
import org.dangjian.core.bulletin.SectionKind;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ReadLimits;
import org.dangjian.io.bulletin.internal.IssueDates;
import org.dangjian.io.bulletin.internal.Mentions;
import org.dangjian.io.bulletin.internal.text.SourceLine.Kind;
import org.dangjian.io.internal.TextInput;
import org.dangjian.io.spi.FormatReader;
import org.dangjian.io.spi.ReadContext;

/**
 * Reads a plain-text bulletin ({@code .txt}, one bulletin per file): UTF-8 with or without BOM, or
 * GB18030, detected with strict decoders ({@link TextInput}). Passes over the lines: page furniture
 * ({@link Furniture}: page numbers, rules, running headers, repeated lines), the masthead ({@link
 * MastheadLines}) in the lines before the first heading, the trailer ({@link Trailer}), then
 * sections, items, statistics and priorities ({@link Layout}, {@link Statistics}, {@link
 * Priorities}); item dates are resolved against the issue's period ({@link IssueDates}) and
 * mentions extracted ({@link Mentions}). The bulletin is accepted at line 1 with every problem
 * reported at its line; without a title or a period it cannot exist and is rejected ({@code
 * IO-MISSING-FIELD}, then {@code IO-REJECTED}). Undecodable bytes ({@code IO-ENCODING}), more
 * characters than {@link ReadLimits#maxRecordSize()} or a line longer than {@link
 * ReadLimits#maxFieldLength()} ({@code IO-LIMIT}) reject it too. The format is described in
 * docs/bulletin-text.md.
 */
public final class TextBulletinReader implements FormatReader {

  @Override
  public DataFormat format() {
    return DataFormat.TEXT;
  }

  @Override
  public void read(InputStream in, String source, ReadContext context) throws IOException {
    Problems problems = new Problems();
    List<String> raw;
    try {
      raw =
          lines(
              new TextInput(in, context.options().charset()), context.options().limits(), problems);
    } catch (TextInput.EncodingException e) {
      problems.encoding((int) Math.min(Integer.MAX_VALUE, e.line()), e.getMessage());
      raw = null;
    }
    if (raw == null) {
      problems.report(context, source, Optional.empty());
      context.reject(Problems.location(source, Optional.empty(), 1, 0, null), "");
      context.stoppedEarly();
      return;
    }
    read(raw, source, context, problems, true);
  }

  /**
   * Reads one bulletin from lines of text that another reader extracted (a PDF's text in reading
   * order, a Word document's paragraphs, converter Markdown): the same layout engine as for a
   * {@code .txt} file, page breaks marked by form feeds ({@code \f}) in the lines, light Markdown
   * markup tolerated. Reports every problem with its line (1-based index in {@code lines}) and
   * hands the bulletin, or its rejection, to the context.
   *
   * @param lines the lines, without line ends
   * @param source the name of the input, for locations
   * @param context where the bulletin and the problems go
   */
  public static void readLines(List<String> lines, String source, ReadContext context) {
    read(lines, source, context, new Problems(), true);
  }

  /**
   * Reads one bulletin, as {@link #readLines}, from lines that are whole paragraphs already (a PDF
   * reader joined the lines it wrapped, a Word document's paragraphs): no line is taken for the
   * wrapped continuation of a headline.
   *
   * @param lines the lines, one paragraph each, without line ends
   * @param source the name of the input, for locations
   * @param context where the bulletin and the problems go
   */
  public static void readParagraphs(List<String> lines, String source, ReadContext context) {
    read(lines, source, context, new Problems(), false);
  }

  private static void read(
      List<String> raw, String source, ReadContext context, Problems problems, boolean wrapped) {
    List<SourceLine> lines = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      lines.add(line(i + 1, raw.get(i)));
    }
    Markup.joinBold(raw, lines);
    Optional<Bulletin> bulletin = bulletin(lines, problems, wrapped);
    Optional<String> designation = bulletin.map(Bulletin::designation);
    problems.report(context, source, designation);
    if (bulletin.isPresent()) {
      context.bulletin(bulletin.get(), Problems.location(source, designation, 1, 0, null));
    } else {
      String first =
          lines.stream().filter(l -> !l.text.isEmpty()).map(l -> l.text).findFirst().orElse("");
      context.reject(Problems.location(source, Optional.empty(), 1, 0, null), Texts.shown(first));
    }
  }

  /** The lines of the text, or null when a limit was exceeded (and reported). */
  private static List<String> lines(Reader text, ReadLimits limits, Problems problems)
      throws IOException {
    return BoundedLines.read(
        text, limits, true, (line, limit, max) -> problems.limit(line, limit, max, "> " + max));
  }

  private static SourceLine line(int number, String raw) {
    boolean formFeed = raw.indexOf('\f') >= 0;
    Markup.Clean clean = Markup.clean(raw.replace('\f', ' '));
    return new SourceLine(
        number, clean.skipped() + 1, Texts.strip(clean.text()), formFeed, clean.heading());
  }

  private static Optional<Bulletin> bulletin(
      List<SourceLine> lines, Problems problems, boolean wrapped) {
    Furniture.pages(lines);
    int body = 0;
    while (body < lines.size()
        && !(lines.get(body).kind == Kind.CONTENT && Layout.opensSection(lines.get(body)))) {
      body++;
    }
    Furniture.duplicates(lines, 0, body);
    MastheadLines masthead = new MastheadLines(problems);
    Trailer trailer = new Trailer(problems);
    for (int i = 0; i < body; i++) {
      SourceLine line = lines.get(i);
      if (line.kind != Kind.CONTENT) {
        continue;
      }
      if (Trailer.isTrailer(line.text)) {
        trailer.line(line);
      } else {
        masthead.line(line);
      }
    }
    Furniture.runningHeaders(lines, body, masthead::repeats);
    for (int i = body; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      if (line.kind == Kind.CONTENT && "➤➢►▶◇".indexOf(line.text.charAt(0)) >= 0) {
        break;
      }
      if (line.kind == Kind.CONTENT && masthead.absorbs(line)) {
        line.kind = Kind.RUNNING_HEADER;
      }
    }
    Furniture.duplicates(lines, body, lines.size());
    Layout layout = new Layout(problems, trailer, wrapped ? fullWidth(lines, body) : 0);
    for (int i = body; i < lines.size(); i++) {
      if (lines.get(i).kind == Kind.CONTENT) {
        layout.line(lines.get(i));
      }
    }
    layout.finish();
    List<String> headlines = new ArrayList<>();
    for (Layout.SectionDraft section : layout.sections) {
      for (Layout.ItemDraft item : section.items) {
        headlines.add(Texts.squeeze(item.headline.text));
      }
    }
    masthead.settle(headlines);
    Optional<Masthead> read = masthead.masthead();
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Masthead head = read.get();
    if (head.publishDate().isEmpty() && trailer.issued().isPresent()) {
      head = ImmutableMasthead.copyOf(head).withPublishDate(trailer.issued());
    }
    ImmutableBulletin.Builder bulletin = Bulletin.builder().masthead(head);
    for (int s = 0; s < layout.sections.size(); s++) {
      bulletin.addSection(section(layout.sections.get(s), s, head.period(), problems));
    }
    trailer.into(bulletin);
    return Optional.of(bulletin.build());
  }

  /**
   * The width of a full line of the body: the ninth tenth of the widths of its content lines of at
   * least ten characters, or 0 when there are fewer than eight such lines.
   */
  private static int fullWidth(List<SourceLine> lines, int body) {
    List<Integer> widths = new ArrayList<>();
    for (int i = body; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      if (line.kind == Kind.CONTENT && line.text.length() >= 10) {
        widths.add(Layout.width(line));
      }
    }
    if (widths.size() < 8) {
      return 0;
    }
    widths.sort(null);
    return widths.get(widths.size() * 9 / 10);
  }

  private static Section section(
      Layout.SectionDraft draft, int s, YearMonth period, Problems problems) {
    ImmutableSection.Builder section = Section.builder().kind(draft.kind).heading(draft.heading);
    for (int j = 0; j < draft.items.size(); j++) {
      section.addItem(
          item(draft.items.get(j), "sections[" + s + "].items[" + j + "]", period, problems));
    }
    if (draft.kind == SectionKind.STATISTICS && !draft.statistics.isEmpty()) {
      Statistics.read(draft.statistics, period, "sections[" + s + "].statistics", problems)
          .ifPresent(section::statistics);
    }
    for (Para line : draft.priorities) {
      section.addPriority(Priorities.item(line));
    }
    return section.build();
  }

  private static BulletinItem item(
      Layout.ItemDraft draft, String path, YearMonth period, Problems problems) {
    String headline = draft.headline.text;
    List<String> paragraphs = draft.paragraphs.stream().map(Para::text).toList();
    ImmutableBulletinItem.Builder item =
        BulletinItem.builder().headline(headline).addAllParagraphs(paragraphs);
    Optional<IssueDates.Found> date = IssueDates.first(headline, period);
    int line = draft.headline.number;
    int column = date.map(d -> draft.headline.column + d.start()).orElse(0);
    if (date.isEmpty() && !draft.paragraphs.isEmpty()) {
      Para first = draft.paragraphs.get(0);
      date = IssueDates.first(first.text(), period);
      line = date.map(d -> first.lineAt(d.start())).orElse(line);
      column = date.map(d -> first.columnAt(d.start())).orElse(0);
    }
    if (date.isPresent()) {
      item.dateText(date.get().text()).date(date.get().date());
      if (date.get().date().isEmpty()) {
        problems.value(
            line,
            column,
            path + ".date",
            date.get().text(),
            "存在的日期，如 1月13日",
            "an existing date such as 1月13日");
      }
    }
    List<String> texts = new ArrayList<>();
    texts.add(headline);
    texts.addAll(paragraphs);
    Mentions.Found mentions = Mentions.extract(texts);
    return item.addAllOrganizations(mentions.organizations())
        .addAllPeople(mentions.people())
        .build();
  }
}
