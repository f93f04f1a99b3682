package org.dangjian.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.dangjian.core.bulletin.NewsReport;
import org.dangjian.core.bulletin.StatedFigure;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.ImmutableDataset;
import org.dangjian.core.id.PersonalNumbers;
import org.dangjian.core.text.SafeText;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.RecordHandler;
import org.dangjian.io.bulletin.NewsReading;
import org.dangjian.io.bulletin.NewsReportReader;
import org.dangjian.validation.NewsReportCheck;
import org.dangjian.validation.NewsReportCheck.Comparison;
import org.dangjian.validation.report.ReportFormat;
import org.dangjian.validation.report.ValidationReport;
import org.dangjian.validation.rule.Rule;
import org.dangjian.validation.rule.RuleCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code dangjian news check ARTICLE DATASET...}: reads the news reports of a page with {@code
 * NewsReportReader} and the data with the importer (only the reading rules on, as in {@code
 * bulletin check}), then checks with {@code NewsReportCheck} the figures the reports state about an
 * organization of the data. Prints the problems of the data and of the page, what each report is
 * (headline, publication, date, figure count), each figure compared with its count in the data, and
 * the disagreements as the bulletin figure rules report them.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    headerHeading = "%n",
    header = "Check a news report's figures against the data (核对新闻稿数据).",
    descriptionHeading = "%n",
    description = {
      "Reads the news reports of ARTICLE (a web page .html, a Markdown conversion .md, a"
          + " newspaper page or article as text .txt, typed or from pdftotext) and the DATASET"
          + " files. A figure a report states in a sentence after naming an organization of the"
          + " data (党员589人, 党支部18个, 基层党组织44个, 其中党委2个 …) is compared with the data under"
          + " that organization on the report's date and reported, when it disagrees, with the"
          + " bulletin figure rules: BUL-STATS-MEMBERS, -PROBATIONARY, -ORGANIZATIONS,"
          + " -COMMITTEES, -GENERAL-BRANCHES, -BRANCHES. Approximate figures (500余人) are not"
          + " compared. The data's other rules are not run: use 'dangjian validate' for them."
    },
    parameterListHeading = "%nParameters (参数):%n",
    optionListHeading = "%nOptions (选项):%n",
    footerHeading = "%n",
    footer = {
      "Exit codes (退出码): 0 the figures agree, 1 figures disagree, 2 usage error or unreadable"
          + " input (no report in ARTICLE), 3 internal error.",
      "",
      "Examples:",
      "  dangjian news check article.html group.jsonl",
      "  dangjian news check 闽东日报第3版.txt organizations.csv members.csv"
    })
final class NewsCheckCommand implements Callable<Integer> {

  @ParentCommand NewsCommand parent;

  @Parameters(index = "0", paramLabel = "ARTICLE", description = "The news page (新闻稿).")
  Path article;

  @Parameters(
      index = "1..*",
      arity = "1..*",
      paramLabel = "DATASET",
      description = "The data the reports are about (数据文件): " + Converters.READABLE_DATA + ".")
  List<Path> dataset = new ArrayList<>();

  @Mixin ValidationOptions validation;

  @Mixin CommonOptions common;

  @Override
  public Integer call() throws IOException {
    DangjianCommand root = parent.root;
    Lang lang = common.lang;
    Inputs.checkReadable(article);
    if (NewsReportReader.Form.forFileName(String.valueOf(article.getFileName())).isEmpty()) {
      throw new CliFailure(
          "cannot tell the form of " + article + " from its name: name a .html, .md or .txt page");
    }
    for (Path file : dataset) {
      Inputs.checkReadable(file);
      Inputs.format(file, Optional.empty(), "--format");
    }
    Progress progress = common.progress(root, "news check");
    ImportOptions options =
        validation.importOptions(root.environment().today(), Optional.empty(), otherRules());
    ImmutableDataset.Builder collected = Dataset.builder();
    ValidationReport data =
        Inputs.read(
            DangjianImporter.of(options),
            dataset,
            Optional.empty(),
            RecordHandler.into(collected),
            progress);
    progress.clear();
    NewsReading reading = NewsReportReader.of(options).read(article);
    PrintWriter out = root.out();
    if (!data.issues().isEmpty()) {
      Reports.print(data, ReportFormat.TEXT, lang, out);
    }
    if (!reading.report().issues().isEmpty()) {
      Reports.print(reading.report(), ReportFormat.TEXT, lang, out);
    }
    int unreadable = Math.max(Reports.exitCode(data), Reports.exitCode(reading.report()));
    if (unreadable == ExitCodes.USAGE) {
      progress.summary(Reports.counts(data, lang) + Reports.unreadableNote(reading.report(), lang));
      return ExitCodes.USAGE;
    }
    if (reading.reports().isEmpty()) {
      throw new CliFailure(
          "no news report in "
              + article
              + ": a report needs a headline and a source line (来源, 本报讯, 本报记者, 本报X月X日电)");
    }
    NewsReportCheck check = NewsReportCheck.of(collected.build(), options.settings());
    List<Comparison> comparisons = check.comparisons(reading.reports());
    describe(reading.reports(), comparisons, lang, out);
    ValidationReport result = check.check(reading.reports(), article.toString());
    Reports.print(result, ReportFormat.TEXT, lang, out);
    progress.summary(
        lang.pick("新闻稿 ", "news reports ")
            + reading.reports().size()
            + lang.pick("，核对数字 ", ", figures compared ")
            + comparisons.size()
            + "; "
            + Reports.counts(result, lang));
    return Math.max(Reports.exitCode(data), Reports.exitCode(result));
  }

  /** Every rule but the bulletin and reading rules, which this command turns off. */
  private static Set<String> otherRules() {
    return RuleCatalogue.defaults().rules().stream()
        .map(Rule::code)
        .filter(code -> !code.startsWith("BUL-") && !code.startsWith("IO-"))
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Text of the page or the data as printed: personal numbers masked, control characters escaped.
   */
  private static String shown(String text) {
    return SafeText.escape(PersonalNumbers.scrub(text));
  }

  private static void describe(
      List<NewsReport> reports, List<Comparison> comparisons, Lang lang, PrintWriter out) {
    for (int r = 0; r < reports.size(); r++) {
      NewsReport report = reports.get(r);
      out.println(
          lang.pick("新闻稿 ", "News report ")
              + (r + 1)
              + lang.pick("：", ": ")
              + shown(report.headline())
              + " ("
              + shown(report.publication())
              + " "
              + report.publishedOn()
              + lang.pick("，数字 ", ", figures ")
              + report.figures().size()
              + ")");
      for (Comparison c : comparisons) {
        if (c.report() != r) {
          continue;
        }
        StatedFigure figure = report.figures().get(c.figure());
        out.println(
            "  figures["
                + c.figure()
                + "]  "
                + shown(figure.label())
                + " "
                + c.stated()
                + shown(figure.unit().orElse(""))
                + " → "
                + shown(c.organizationId())
                + " "
                + shown(c.organizationName())
                + lang.pick("：数据 ", ": data ")
                + c.actual()
                + (c.agrees()
                    ? lang.pick("（一致）", " (agrees)")
                    : lang.pick("（不一致）", " (disagrees)")));
      }
    }
    out.flush();
  }
}
