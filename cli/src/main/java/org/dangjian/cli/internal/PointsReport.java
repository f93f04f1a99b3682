package org.dangjian.cli.internal;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.id.PersonalNumbers;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.points.CategoryTotal;
import org.dangjian.core.points.PointCategory;
import org.dangjian.core.points.PointEntry;
import org.dangjian.core.points.PointsPolicy;
import org.dangjian.core.points.Ranked;
import org.dangjian.core.text.SafeText;
import org.dangjian.io.roster.internal.FormulaCells;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * What {@code dangjian points} prints: the rankings of balances as of a date and, for a period, the
 * entries with their totals by category, as text lines, CSV rows (the ranking, or the entries when
 * a period was asked for) or one JSON object. Every text from the input is printed with ID and
 * mobile numbers masked and, in text, control characters escaped.
 */
final class PointsReport {

  /** How the members are grouped into rankings. */
  enum By {
    /** One ranking per organization that holds members directly. */
    BRANCH,
    /** One ranking of the whole scope. */
    SUBTREE
  }

  /** The output format. */
  enum Format {
    TEXT,
    CSV,
    JSON
  }

  /**
   * One ranking: the organization it is of (null for the whole dataset) and its lines.
   *
   * @param organizationId the branch or the root of the subtree; null for everyone
   * @param lines the ranked lines, best first
   */
  record Ranking(String organizationId, List<Ranked> lines) {}

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final Dataset data;
  private final LocalDate asOf;
  private final LocalDate from;
  private final LocalDate to;
  private final PointsPolicy policy;
  private final List<Ranking> rankings;
  private final List<PointEntry> entries;
  private final Lang lang;

  PointsReport(
      Dataset data,
      LocalDate asOf,
      LocalDate from,
      LocalDate to,
      PointsPolicy policy,
      List<Ranking> rankings,
      List<PointEntry> entries,
      Lang lang) {
    this.data = data;
    this.asOf = asOf;
    this.from = from;
    this.to = to;
    this.policy = policy;
    this.rankings = List.copyOf(rankings);
    this.entries = entries == null ? null : List.copyOf(entries);
    this.lang = lang;
  }

  private static String clean(String text) {
    return PersonalNumbers.scrub(text);
  }

  private String name(String memberId) {
    return clean(data.member(memberId).map(Member::name).orElse(""));
  }

  private String home(String memberId) {
    return data.member(memberId).flatMap(m -> m.organizationOn(asOf)).orElse("");
  }

  private String organizationName(String id) {
    return clean(data.organization(id).map(Organization::name).orElse(id));
  }

  private String category(PointEntry e) {
    return clean(e.localCategory().orElse(e.category().label()));
  }

  private String source(PointEntry e) {
    return e.sourceKind().map(k -> k.label() + " ").orElse("") + clean(e.sourceId().orElse(""));
  }

  /** The totals of the period's entries by category, in category order. */
  private List<CategoryTotal> totals() {
    java.util.Map<PointCategory, long[]> sums = new java.util.EnumMap<>(PointCategory.class);
    for (PointEntry e : entries) {
      long[] s = sums.computeIfAbsent(e.category(), k -> new long[2]);
      s[0]++;
      s[1] += e.points();
    }
    return sums.entrySet().stream()
        .map(s -> new CategoryTotal(s.getKey(), (int) s.getValue()[0], s.getValue()[1]))
        .toList();
  }

  /** Prints the rankings and the period's entries as lines of text. */
  void text(PrintWriter out) {
    out.println(
        lang.pick(
            "党员积分 截至 " + asOf + "（积分办法：" + clean(policy.name()) + "）",
            "Points as of " + asOf + " (scheme: " + clean(policy.name()) + ")"));
    for (Ranking r : rankings) {
      String scope =
          r.organizationId() == null
              ? lang.pick("全部党员", "all members")
              : SafeText.escape(organizationName(r.organizationId()));
      out.println(
          lang.pick(
              "【排名】" + scope + "：" + r.lines().size() + " 人",
              "[Ranking] " + scope + ": " + r.lines().size()));
      for (Ranked line : r.lines()) {
        out.println(
            String.format(
                Locale.ROOT,
                "  %d  %s  %s  %s  %d",
                line.rank(),
                SafeText.escape(line.memberId()),
                SafeText.escape(name(line.memberId())),
                SafeText.escape(organizationName(home(line.memberId()))),
                line.points()));
      }
    }
    if (entries == null) {
      return;
    }
    long total = entries.stream().mapToLong(PointEntry::points).sum();
    out.println(
        lang.pick(
            "【积分明细】" + from + " 至 " + to + "：" + entries.size() + " 条，合计 " + total + " 分",
            "[Entries] " + from + " to " + to + ": " + entries.size() + ", total " + total));
    for (PointEntry e : entries) {
      StringBuilder line = new StringBuilder("  ");
      line.append(e.date())
          .append("  ")
          .append(SafeText.escape(e.memberId()))
          .append("  ")
          .append(SafeText.escape(name(e.memberId())))
          .append("  ")
          .append(String.format(Locale.ROOT, "%+d", e.points()))
          .append("  ")
          .append(SafeText.escape(category(e)));
      String source = source(e);
      if (!source.isBlank()) {
        line.append("  ").append(SafeText.escape(source.strip()));
      }
      e.remark().ifPresent(r -> line.append("  ").append(SafeText.escape(clean(r))));
      out.println(line);
    }
    for (CategoryTotal t : totals()) {
      out.println(
          lang.pick(
              "  " + t.category().label() + "：" + t.entries() + " 条，" + t.points() + " 分",
              "  " + t.category().label() + ": " + t.entries() + " entries, " + t.points()));
    }
  }

  /** Writes the ranking rows, or the period's entries when a period was asked for, as CSV. */
  void csv(PrintWriter out) {
    StringWriter text = new StringWriter();
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    List<String> header =
        entries == null
            ? List.of(
                lang.pick("排名范围", "scope"),
                lang.pick("排名", "rank"),
                lang.pick("编号", "memberId"),
                lang.pick("姓名", "name"),
                lang.pick("所在组织", "organization"),
                lang.pick("积分", "points"))
            : List.of(
                lang.pick("日期", "date"),
                lang.pick("编号", "memberId"),
                lang.pick("姓名", "name"),
                lang.pick("分值", "points"),
                lang.pick("类别", "category"),
                lang.pick("依据", "source"),
                lang.pick("审核人", "approverId"),
                lang.pick("备注", "remark"));
    header.forEach(schema::addColumn);
    try (SequenceWriter rows = new CsvMapper().writer(schema.build()).writeValues(text)) {
      if (entries == null) {
        for (Ranking r : rankings) {
          for (Ranked line : r.lines()) {
            rows.write(
                cells(
                    r.organizationId() == null ? "" : r.organizationId(),
                    Integer.toString(line.rank()),
                    line.memberId(),
                    name(line.memberId()),
                    home(line.memberId()),
                    Integer.toString(line.points())));
          }
        }
      } else {
        for (PointEntry e : entries) {
          rows.write(
              cells(
                  e.date().toString(),
                  e.memberId(),
                  name(e.memberId()),
                  Integer.toString(e.points()),
                  category(e),
                  source(e).strip(),
                  e.approverId().orElse(""),
                  clean(e.remark().orElse(""))));
        }
      }
    }
    out.print(text);
  }

  /** The cells neutralized as the roster writers do, so no spreadsheet runs one as a formula. */
  private static String[] cells(String... values) {
    String[] out = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = FormulaCells.neutralize(clean(values[i]));
    }
    return out;
  }

  /** The rankings and the period's entries as one indented JSON object. */
  String json() {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("asOf", asOf.toString());
    root.put("policy", clean(policy.name()));
    ArrayNode list = root.putArray("rankings");
    for (Ranking r : rankings) {
      ObjectNode ranking = list.addObject();
      if (r.organizationId() == null) {
        ranking.putNull("organizationId");
      } else {
        ranking.put("organizationId", r.organizationId());
      }
      ArrayNode lines = ranking.putArray("lines");
      for (Ranked line : r.lines()) {
        ObjectNode l = lines.addObject();
        l.put("rank", line.rank());
        l.put("memberId", line.memberId());
        l.put("name", name(line.memberId()));
        l.put("organizationId", home(line.memberId()));
        l.put("points", line.points());
      }
    }
    if (entries != null) {
      ObjectNode period = root.putObject("ledger");
      period.put("from", from.toString());
      period.put("to", to.toString());
      period.put("entries", entries.size());
      period.put("total", entries.stream().mapToLong(PointEntry::points).sum());
      ObjectNode byCategory = period.putObject("byCategory");
      for (CategoryTotal t : totals()) {
        ObjectNode c = byCategory.putObject(t.category().code());
        c.put("entries", t.entries());
        c.put("points", t.points());
      }
      ArrayNode lines = period.putArray("lines");
      for (PointEntry e : entries) {
        ObjectNode l = lines.addObject();
        l.put("id", e.id());
        l.put("date", e.date().toString());
        l.put("memberId", e.memberId());
        l.put("points", e.points());
        l.put("category", e.category().code());
        e.localCategory().ifPresent(c -> l.put("localCategory", clean(c)));
        e.sourceKind().ifPresent(k -> l.put("sourceKind", k.name()));
        e.sourceId().ifPresent(s -> l.put("sourceId", clean(s)));
        e.approverId().ifPresent(a -> l.put("approverId", a));
        e.remark().ifPresent(r -> l.put("remark", clean(r)));
      }
    }
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }

  /** {@code --report}: text, csv or json. */
  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "text" -> Format.TEXT;
        case "csv" -> Format.CSV;
        case "json" -> Format.JSON;
        default ->
            throw new TypeConversionException(
                "'" + value + "' is not a format; use text, csv or json");
      };
    }
  }
}
