package org.dangjian.cli.internal;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.points.PointEntry;
import org.dangjian.core.points.PointsLedger;
import org.dangjian.core.points.PointsPolicy;
import org.dangjian.core.points.Ranked;
import org.dangjian.core.text.SafeText;
import org.dangjian.validation.report.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code dangjian points FILE... --as-of D}: the points ledger (党员积分) of a dataset: the members'
 * balances as of a date ranked (equal balances share a rank, 1, 1, 3), for everyone, an
 * organization's subtree or branch by branch, the best N only if asked, and with {@code --from} and
 * {@code --to} the entries of a period with their totals by category; as text, CSV or JSON.
 */
@Command(
    name = "points",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    headerHeading = "%n",
    header = "Print the points ledger: balances, rankings and the entries of a period (党员积分).",
    descriptionHeading = "%n",
    description = {
      "Imports the files as one dataset and ranks the party members of the date (--as-of) by their"
          + " points balance: the entries dated by then that have not expired under the points"
          + " scheme (--policy). Equal balances share a rank and the next rank counts them all"
          + " (1, 1, 3); --top N keeps the members ranked N or better, a tie at the boundary"
          + " included.",
      "",
      "With --from and --to it also lists the entries dated in that period and their totals by"
          + " category (the ledger of the period)."
    },
    parameterListHeading = "%nParameters (参数):%n",
    optionListHeading = "%nOptions (选项):%n",
    footerHeading = "%n",
    footer = {
      "Exit codes (退出码): 0 no ERROR, 1 ERRORs in the data (the figures cover every accepted"
          + " record), 2 usage error or unreadable input, 3 internal error.",
      "",
      "Examples:",
      "  dangjian points group.jsonl --as-of 2024-12-31 --top 10",
      "  dangjian points group.jsonl --as-of 2024-12-31 --under org-0001 --by branch --report csv",
      "  dangjian points group.jsonl --as-of 2024-06-30 --from 2024-01-01 --to 2024-06-30"
          + " --policy sample --report json"
    })
final class PointsCommand implements Callable<Integer> {

  @ParentCommand DangjianCommand root;

  @Mixin DatasetInputs inputs;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      converter = Converters.DateConverter.class,
      description = "First day of a period whose entries to list (起始日期), yyyy-MM-dd.")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      converter = Converters.DateConverter.class,
      description = "Last day of the period (截止日期), included; default: --as-of.")
  LocalDate to;

  @Option(
      names = "--under",
      paramLabel = "ORG",
      description = "Only members of this organization (id) and the organizations below it.")
  String under;

  @Option(
      names = "--top",
      paramLabel = "N",
      description = "Keep the members ranked N or better (前N名); a tie at the boundary is kept.")
  Integer top;

  @Option(
      names = "--by",
      paramLabel = "branch|subtree",
      converter = ByConverter.class,
      description =
          "subtree (default): one ranking of the whole scope; branch: one ranking per"
              + " organization holding members directly (按支部排名).")
  PointsReport.By by = PointsReport.By.SUBTREE;

  @Option(
      names = "--policy",
      paramLabel = "none|sample",
      converter = PolicyConverter.class,
      description =
          "Points scheme deciding expiry (积分办法): none (default, points never expire) or sample"
              + " (the bundled sample scheme, points valid for 24 months).")
  PointsPolicy policy = PointsPolicy.none();

  @Option(
      names = "--report",
      paramLabel = "text|csv|json",
      converter = PointsReport.FormatConverter.class,
      description =
          "Output on stdout (输出格式): text (default), csv (the ranking, or the period's entries"
              + " when --from is given) or json (shape in docs/CLI.md).")
  PointsReport.Format report = PointsReport.Format.TEXT;

  @Mixin ValidationOptions validation;

  @Mixin CommonOptions common;

  @Override
  public Integer call() throws Exception {
    inputs.check();
    if (top != null && top < 1) {
      throw new CliFailure("--top must be at least 1, not " + top);
    }
    if (to != null && from == null) {
      throw new CliFailure("--to needs --from, the first day of the period");
    }
    Progress progress = common.progress(root, "points");
    DatasetInputs.Loaded loaded = inputs.read(root, validation, progress);
    ValidationReport result = loaded.report();
    Lang lang = common.lang;
    if (loaded.unreadable()) {
      progress.summary(Reports.counts(result, lang));
      return Reports.exitCode(result);
    }
    Dataset data = loaded.dataset();
    if (under != null && data.organization(under).isEmpty()) {
      throw new CliFailure(
          "--under names no organization of the dataset: " + SafeText.escape(under));
    }
    LocalDate asOf = result.asOf();
    LocalDate last = to == null ? asOf : to;
    if (from != null && last.isBefore(from)) {
      throw new CliFailure("--to " + last + " is before --from " + from);
    }
    PointsLedger ledger = PointsLedger.of(data, policy);
    int limit = top == null ? Integer.MAX_VALUE : top;
    List<PointsReport.Ranking> rankings = new ArrayList<>();
    Set<String> scope = under == null ? null : subtree(data, under);
    if (by == PointsReport.By.BRANCH) {
      for (Organization org : data.organizations()) {
        if (scope == null || scope.contains(org.id())) {
          List<Ranked> lines = ledger.rankingOfBranch(org.id(), asOf, limit);
          if (!lines.isEmpty()) {
            rankings.add(new PointsReport.Ranking(org.id(), lines));
          }
        }
      }
    } else {
      rankings.add(
          new PointsReport.Ranking(
              under,
              under == null
                  ? ledger.ranking(id -> true, asOf, limit)
                  : ledger.rankingOfSubtree(under, asOf, limit)));
    }
    List<PointEntry> entries = null;
    if (from != null) {
      entries = ledger.ledger(from, last);
      if (scope != null) {
        entries = inScope(data, entries, scope);
      }
    }
    PointsReport out = new PointsReport(data, asOf, from, last, policy, rankings, entries, lang);
    switch (report) {
      case JSON -> root.out().print(out.json());
      case CSV -> out.csv(root.out());
      case TEXT -> out.text(root.out());
    }
    root.out().flush();
    String note = DatasetInputs.errorsNote(result, lang, "积分", "the points");
    progress.summary(Reports.counts(result, lang) + note);
    return Reports.exitCode(result);
  }

  /** The entries of members whose home organization on the entry's date is in {@code scope}. */
  private static List<PointEntry> inScope(
      Dataset data, List<PointEntry> entries, Set<String> scope) {
    List<PointEntry> kept = new ArrayList<>();
    for (PointEntry e : entries) {
      boolean in =
          data.member(e.memberId())
              .flatMap(m -> m.organizationOn(e.date()))
              .filter(scope::contains)
              .isPresent();
      if (in) {
        kept.add(e);
      }
    }
    return kept;
  }

  private static Set<String> subtree(Dataset data, String rootId) {
    Set<String> ids = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(rootId));
    while (!todo.isEmpty()) {
      String id = todo.pop();
      if (ids.add(id)) {
        data.children(id).stream().map(Organization::id).forEach(todo::push);
      }
    }
    return ids;
  }

  /** {@code --by}: branch (按支部) or subtree (整体). */
  static final class ByConverter implements ITypeConverter<PointsReport.By> {
    @Override
    public PointsReport.By convert(String value) {
      return switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "branch", "支部" -> PointsReport.By.BRANCH;
        case "subtree", "整体" -> PointsReport.By.SUBTREE;
        default ->
            throw new TypeConversionException(
                "'" + value + "' is not a grouping; use branch or subtree");
      };
    }
  }

  /** {@code --policy}: none (无) or sample (示例). */
  static final class PolicyConverter implements ITypeConverter<PointsPolicy> {
    @Override
    public PointsPolicy convert(String value) {
      return switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "none", "无" -> PointsPolicy.none();
        case "sample", "示例" -> PointsPolicy.sample();
        default ->
            throw new TypeConversionException(
                "'" + value + "' is not a scheme; use none or sample");
      };
    }
  }
}
