package org.dangjian.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dangjian.core.bulletin.NewsReport;
import org.dangjian.core.bulletin.StatedFigure;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.DatasetView;
import org.dangjian.core.link.LinkSuggestion;
import org.dangjian.core.link.MentionLinker;
import org.dangjian.core.record.Location;
import org.dangjian.core.statistics.MemberStatistics;
import org.dangjian.core.statistics.OrganizationStatistics;
import org.dangjian.core.statistics.PartyStatistics;
import org.dangjian.validation.internal.RuleCodes;
import org.dangjian.validation.internal.Run;
import org.dangjian.validation.internal.rules.StatisticsRules;
import org.dangjian.validation.report.ValidationReport;
import org.dangjian.validation.rule.Rule;

/**
 * Checks the figures a news report (新闻稿) states about an organization of a dataset, as a bulletin's
 * statistics block is checked: a report that names an organization {@link MentionLinker} links to
 * exactly one organization of the data ({@code 闽东电力公司党委}) and states, in the same paragraph after
 * that name, a count with one of the labels below gets the bulletin's figure rule when the count
 * disagrees with the data under that organization on the report's date (the date it reports on,
 * else its publication date):
 *
 * <ul>
 *   <li>{@code 党员}, {@code 党员总数}, {@code 党员人数}, {@code 共产党员} (unit 名, 人 or 位): BUL-STATS-MEMBERS,
 *       the Party members placed in the organization and below it;
 *   <li>{@code 预备党员}: BUL-STATS-PROBATIONARY;
 *   <li>{@code 党组织}, {@code 基层党组织}, {@code 党组织总数} (unit 个 or 家): BUL-STATS-ORGANIZATIONS, the
 *       grassroots committees, general branches and branches of the subtree, the organization
 *       itself included;
 *   <li>{@code 党委}, {@code 基层党委}: BUL-STATS-COMMITTEES; {@code 党总支}: BUL-STATS-GENERAL-BRANCHES;
 *       {@code 党支部}, {@code 基层党支部}: BUL-STATS-BRANCHES.
 * </ul>
 *
 * Counts are taken by core's {@link PartyStatistics} on the subtree, the same counting the bulletin
 * rules use. An approximate figure ({@code 500余人}), a percentage, any other label, and a figure
 * with no linked organization before it are not compared. When a paragraph names no linked
 * organization before the figure but the whole report links exactly one, the figure is about that
 * one. Issues name the report by its index and headline and the figure by its field path {@code
 * figures[i]}; the messages are the bulletin rules' own, and the settings' disabled rules and
 * severities apply.
 *
 * <pre>{@code
 * NewsReportCheck check = NewsReportCheck.of(dataset, ValidationSettings.defaults());
 * ValidationReport report = check.check(reports, "article.html");
 * }</pre>
 */
public final class NewsReportCheck {

  /** The kinds of count a news report figure can be compared as. */
  public enum Measure {
    /** Party members, probationary included. */
    MEMBERS(RuleCodes.BUL_STATS_MEMBERS, Set.of("名", "人", "位"), "党员", "党员总数", "党员人数", "共产党员"),
    /** Probationary members. */
    PROBATIONARY(RuleCodes.BUL_STATS_PROBATIONARY, Set.of("名", "人", "位"), "预备党员"),
    /** Grassroots organizations of every class. */
    ORGANIZATIONS(RuleCodes.BUL_STATS_ORGANIZATIONS, Set.of("个", "家"), "党组织", "基层党组织", "党组织总数"),
    /** Grassroots committees. */
    COMMITTEES(RuleCodes.BUL_STATS_COMMITTEES, Set.of("个", "家"), "党委", "基层党委"),
    /** General branches. */
    GENERAL_BRANCHES(RuleCodes.BUL_STATS_GENERAL_BRANCHES, Set.of("个", "家"), "党总支", "基层党总支"),
    /** Branches. */
    BRANCHES(RuleCodes.BUL_STATS_BRANCHES, Set.of("个", "家"), "党支部", "基层党支部");

    private static final java.math.BigDecimal MAX_COUNT =
        java.math.BigDecimal.valueOf(1_000_000_000L);

    private final String code;
    private final Set<String> units;
    private final Set<String> labels;

    Measure(String code, Set<String> units, String... labels) {
      this.code = code;
      this.units = units;
      this.labels = Set.of(labels);
    }

    /** The code of the rule a disagreement is reported under, such as {@code BUL-STATS-MEMBERS}. */
    public String code() {
      return code;
    }

    /**
     * The measure a figure is compared as, by its label and unit.
     *
     * @return the measure, or empty for a figure that is not compared (another label, a percentage,
     *     an approximate value, a value that is not a whole number)
     */
    public static Optional<Measure> of(StatedFigure figure) {
      if (figure.approximate()
          || figure.value().stripTrailingZeros().scale() > 0
          || figure.value().signum() < 0
          || figure.value().compareTo(MAX_COUNT) > 0) {
        return Optional.empty();
      }
      for (Measure m : values()) {
        if (m.labels.contains(figure.label())
            && figure.unit().filter(m.units::contains).isPresent()) {
          return Optional.of(m);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * A figure of a report that is compared with the data: which one, as what, about which
   * organization (its id and its name in the data), the count in the data on {@code asOf}.
   *
   * @param report the index of the report in the list checked
   * @param figure the index of the figure in {@link NewsReport#figures()}
   * @param measure what it counts
   * @param organizationId the id of the organization it is about
   * @param organizationName the organization's name in the data
   * @param asOf the date counted on
   * @param stated the value stated
   * @param actual the count in the data
   */
  public record Comparison(
      int report,
      int figure,
      Measure measure,
      String organizationId,
      String organizationName,
      LocalDate asOf,
      long stated,
      long actual) {

    /** Whether the stated value is the count in the data. */
    public boolean agrees() {
      return stated == actual;
    }
  }

  private final Dataset dataset;
  private final ValidationSettings settings;
  private final MentionLinker linker;

  private NewsReportCheck(Dataset dataset, ValidationSettings settings) {
    this.dataset = Objects.requireNonNull(dataset, "dataset");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.linker = MentionLinker.of(dataset);
  }

  /**
   * A check against {@code dataset} with {@code settings} (disabled rules are not reported).
   *
   * @param dataset the organizations and members the reports are about
   * @param settings the validation settings
   * @return the check
   */
  public static NewsReportCheck of(Dataset dataset, ValidationSettings settings) {
    return new NewsReportCheck(dataset, settings);
  }

  /**
   * The figures of {@code reports} that are compared with the data, agreeing or not, in report and
   * figure order.
   *
   * @param reports the news reports, linked or not
   * @return one comparison per figure about a linked organization
   */
  public List<Comparison> comparisons(List<NewsReport> reports) {
    List<Comparison> out = new ArrayList<>();
    for (int r = 0; r < reports.size(); r++) {
      NewsReport report = reports.get(r);
      LocalDate date = report.date().orElse(report.publishedOn());
      Map<String, LinkSuggestion> linked = linkedNames(report, date);
      DatasetView view = null;
      for (int f = 0; f < report.figures().size(); f++) {
        StatedFigure figure = report.figures().get(f);
        Optional<Measure> measure = Measure.of(figure);
        if (measure.isEmpty()) {
          continue;
        }
        Optional<LinkSuggestion> about = subject(report, figure, linked);
        if (about.isEmpty()) {
          continue;
        }
        if (view == null) {
          view = dataset.asOf(date);
        }
        if (view.organization(about.get().id()).isEmpty()) {
          continue;
        }
        out.add(
            new Comparison(
                r,
                f,
                measure.get(),
                about.get().id(),
                about.get().recordName(),
                date,
                figure.value().longValueExact(),
                count(view, about.get().id(), measure.get())));
      }
    }
    return out;
  }

  /**
   * Checks the figures of {@code reports}: one issue per figure about a linked organization that
   * disagrees with the data.
   *
   * @param reports the news reports
   * @param source the source named in the report, such as the file name
   * @return the report; successful when every compared figure agrees
   */
  public ValidationReport check(List<NewsReport> reports, String source) {
    LocalDate asOf =
        reports.stream()
            .map(r -> r.date().orElse(r.publishedOn()))
            .max(LocalDate::compareTo)
            .orElse(LocalDate.EPOCH);
    Run run = new Run(List.of(), source, asOf, settings);
    for (Comparison c : comparisons(reports)) {
      Rule rule = StatisticsRules.figureRule(c.measure().code());
      if (c.agrees() || !run.context().isEnabled(rule)) {
        continue;
      }
      NewsReport report = reports.get(c.report());
      Location at =
          Location.builder()
              .source(source)
              .recordIndex(c.report())
              .recordId(report.headline())
              .fieldPath("figures[" + c.figure() + "]")
              .build();
      run.report(
          rule,
          at,
          String.valueOf(c.stated()),
          Map.of(
              "stated",
              String.valueOf(c.stated()),
              "actual",
              String.valueOf(c.actual()),
              "asOf",
              c.asOf().toString()));
    }
    return run.finish();
  }

  private Map<String, LinkSuggestion> linkedNames(NewsReport report, LocalDate date) {
    Map<String, LinkSuggestion> byName = new HashMap<>();
    for (LinkSuggestion s : linker.suggest(report, date)) {
      if (s.target() == LinkSuggestion.Target.ORGANIZATION) {
        byName.putIfAbsent(s.printed(), s);
      }
    }
    report.organizations().stream()
        .filter(m -> m.organizationId().isPresent())
        .forEach(
            m ->
                dataset.organizations().stream()
                    .filter(o -> o.id().equals(m.organizationId().get()))
                    .findFirst()
                    .ifPresent(
                        o ->
                            byName.putIfAbsent(
                                m.name(),
                                new LinkSuggestion(
                                    "organizations",
                                    m.name(),
                                    LinkSuggestion.Target.ORGANIZATION,
                                    o.id(),
                                    o.name(),
                                    LinkSuggestion.Match.EXACT_NAME))));
    return byName;
  }

  /** The linked organization named last before the figure's label in its paragraph. */
  private static Optional<LinkSuggestion> subject(
      NewsReport report, StatedFigure figure, Map<String, LinkSuggestion> linked) {
    if (linked.isEmpty()) {
      return Optional.empty();
    }
    String sentence = figure.sentence().orElse("");
    for (String paragraph : report.paragraphs()) {
      int start = sentence.isEmpty() ? -1 : paragraph.indexOf(sentence);
      if (start < 0) {
        continue;
      }
      int label = sentence.lastIndexOf(figure.label());
      int end = start + (label < 0 ? sentence.length() : label + figure.label().length());
      LinkSuggestion best = null;
      int bestAt = -1;
      for (Map.Entry<String, LinkSuggestion> e : linked.entrySet()) {
        int at = paragraph.lastIndexOf(e.getKey(), end - 1);
        // The name must start before the label ends and not be the label itself.
        if (at >= 0 && at > bestAt && at + e.getKey().length() <= end) {
          best = e.getValue();
          bestAt = at;
        }
      }
      if (best != null) {
        return Optional.of(best);
      }
      break;
    }
    long distinct = linked.values().stream().map(LinkSuggestion::id).distinct().count();
    return distinct == 1 ? Optional.of(linked.values().iterator().next()) : Optional.empty();
  }

  private static long count(DatasetView view, String id, Measure measure) {
    if (measure == Measure.MEMBERS || measure == Measure.PROBATIONARY) {
      MemberStatistics m = PartyStatistics.members(view, id);
      return measure == Measure.MEMBERS ? m.total() : m.probationary();
    }
    OrganizationStatistics o = PartyStatistics.organizations(view, id);
    return switch (measure) {
      case ORGANIZATIONS -> o.grassrootsTotal();
      case COMMITTEES -> o.committees();
      case GENERAL_BRANCHES -> o.generalBranches();
      default -> o.branches();
    };
  }
}
