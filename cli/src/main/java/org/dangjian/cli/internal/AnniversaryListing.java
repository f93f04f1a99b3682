package org.dangjian.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dangjian.core.calendar.Anniversary;
import org.dangjian.core.calendar.AnniversaryKind;
import org.dangjian.core.text.SafeText;
import org.dangjian.io.roster.internal.FormulaCells;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The anniversaries of {@code dangjian anniversaries} as lines of text, CSV rows or calendar
 * entries, under one of two privacy profiles: {@link Dates#MONTH_DAY} (the default) shows the month
 * and day of each anniversary and never a birth date or an age, {@link Dates#FULL} shows the dates
 * with their year, the commemorated date and the years.
 */
final class AnniversaryListing {

  /** How much of the dates a listing shows. */
  enum Dates {
    /** Month and day only; no birth year, no age: for listings shared with others. */
    MONTH_DAY,
    /** The full dates, the commemorated day and the years. */
    FULL
  }

  /** One line of the listing, every text already escaped. */
  record Row(String date, String kind, String name, String organization, String note) {}

  private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

  private final List<Anniversary> anniversaries;
  private final Map<String, String> organizationNames;
  private final Dates dates;
  private final Lang lang;

  AnniversaryListing(
      List<Anniversary> anniversaries,
      Map<String, String> organizationNames,
      Dates dates,
      Lang lang) {
    this.anniversaries = List.copyOf(anniversaries);
    this.organizationNames = Map.copyOf(organizationNames);
    this.dates = dates;
    this.lang = lang;
  }

  List<Anniversary> anniversaries() {
    return anniversaries;
  }

  Dates dates() {
    return dates;
  }

  /** The rows, in the order of the anniversaries. */
  List<Row> rows() {
    List<Row> rows = new ArrayList<>(anniversaries.size());
    for (Anniversary a : anniversaries) {
      rows.add(
          new Row(
              dates == Dates.FULL ? a.date().toString() : a.date().format(MONTH_DAY),
              kind(a.kind()),
              SafeText.escape(a.memberName()),
              SafeText.escape(
                  organizationNames.getOrDefault(a.organizationId(), a.organizationId())),
              note(a)));
    }
    return rows;
  }

  /** The label of a kind in the listing's language. */
  String kind(AnniversaryKind kind) {
    return switch (kind) {
      case BIRTHDAY -> lang.pick(kind.label(), "birthday");
      case POLITICAL_BIRTHDAY -> lang.pick(kind.label(), "political birthday");
      case PARTY_AGE_MILESTONE -> lang.pick(kind.label(), "party-age milestone");
      case FIFTY_YEARS_MEDAL -> lang.pick(kind.label(), "50 years in the Party medal");
    };
  }

  /** What the day marks, in words: no age of a birthday unless the dates are shown in full. */
  String note(Anniversary a) {
    return switch (a.kind()) {
      case BIRTHDAY -> dates == Dates.FULL ? lang.pick(a.years() + " 岁", "turns " + a.years()) : "";
      case POLITICAL_BIRTHDAY ->
          lang.pick("入党 " + a.years() + " 周年", a.years() + " years since admission")
              + (dates == Dates.FULL ? lang.pick("（", " (") + a.since() + lang.pick("）", ")") : "");
      case PARTY_AGE_MILESTONE ->
          lang.pick("党龄 " + a.years() + " 年", a.years() + " years of party age");
      case FIFTY_YEARS_MEDAL ->
          lang.pick(
              "党龄 " + a.years() + " 年，" + a.date() + " 满 50 年",
              a.years() + " years of party age, 50 reached on " + a.date());
    };
  }

  /** Prints a heading and one line per anniversary. */
  void print(String heading, PrintWriter out) {
    out.println(heading);
    for (Row row : rows()) {
      StringBuilder line = new StringBuilder("  ");
      line.append(row.date()).append("  ").append(row.kind()).append("  ").append(row.name());
      line.append("  ").append(row.organization());
      if (!row.note().isEmpty()) {
        line.append("  ").append(row.note());
      }
      out.println(line);
    }
    out.flush();
  }

  /**
   * Writes the rows as CSV (UTF-8 with a byte-order mark, so that spreadsheet programs take it for
   * UTF-8) with a header in the listing's language. Cells that a spreadsheet would run as formulas
   * are neutralised by the rule the roster writers use.
   */
  void writeCsv(OutputStream stream) throws IOException {
    CsvSchema schema =
        CsvSchema.builder()
            .addColumn(lang.pick("日期", "date"))
            .addColumn(lang.pick("类别", "kind"))
            .addColumn(lang.pick("姓名", "name"))
            .addColumn(lang.pick("组织", "organization"))
            .addColumn(lang.pick("说明", "note"))
            .setUseHeader(true)
            .build();
    stream.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    try (SequenceWriter rows = new CsvMapper().writer(schema).writeValues(stream)) {
      for (Row row : rows()) {
        rows.write(
            new String[] {
              row.date(),
              row.kind(),
              FormulaCells.neutralize(row.name()),
              FormulaCells.neutralize(row.organization()),
              row.note()
            });
      }
    }
  }

  /** The heading of the text listing. */
  String heading(String period, String scope) {
    return lang.pick(
        String.format(Locale.ROOT, "纪念日 %s%s：%d 项", period, scope, anniversaries.size()),
        String.format(Locale.ROOT, "Anniversaries %s%s: %d", period, scope, anniversaries.size()));
  }
}
