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
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.ImmutableDataset;
import org.dangjian.core.id.PersonalNumbers;
import org.dangjian.core.link.LinkSuggestion;
import org.dangjian.core.link.MentionLinker;
import org.dangjian.core.text.SafeText;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.Privacy;
import org.dangjian.io.RecordHandler;
import org.dangjian.validation.report.ReportFormat;
import org.dangjian.validation.report.ValidationReport;
import org.dangjian.validation.rule.Rule;
import org.dangjian.validation.rule.RuleCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code dangjian bulletin check BULLETIN DATASET...}: reads a bulletin with the data it reports on
 * as one run, with only the bulletin rules (BUL-*) and the reading rules (IO-*) turned on, so the
 * report lists exactly the stated figures that disagree with the data (and anything unreadable);
 * then, in a text report, suggests links from the names the bulletin prints to the dataset's
 * organizations and post holders, and with {@code --link OUT} writes the bulletin with those links.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    headerHeading = "%n",
    header = "Check a bulletin's figures against the data (核对简报数据).",
    descriptionHeading = "%n",
    description = {
      "Reads BULLETIN ("
          + Converters.READABLE_BULLETINS
          + ") and the DATASET files as one run and reports every figure"
          + " of the bulletin's statistics block (党建大数据) that disagrees with the data on the"
          + " block's own date: BUL-STATS-MEMBERS, -PROBATIONARY, -SHARE, -ORGANIZATIONS,"
          + " -COMMITTEES, -GENERAL-BRANCHES, -BRANCHES, and the block's own sums (BUL-STATS-SUM,"
          + " BUL-STATS-PART). The data's other rules are not run: use 'dangjian validate' for them.",
      "",
      "A text report ends with link suggestions (关联建议): the organizations and people the"
          + " bulletin names that match exactly one organization or post holder of the data."
          + " --link OUT writes the bulletin with them applied."
    },
    parameterListHeading = "%nParameters (参数):%n",
    optionListHeading = "%nOptions (选项):%n",
    footerHeading = "%n",
    footer = {
      "Exit codes (退出码): 0 the figures agree, 1 figures disagree, 2 usage error or unreadable"
          + " input, 3 internal error.",
      "",
      "Examples:",
      "  dangjian bulletin check 简报2024-1.txt group.jsonl",
      "  dangjian bulletin check 简报.md organizations.csv members.csv --link 简报-linked.md"
    })
final class BulletinCheckCommand implements Callable<Integer> {

  @ParentCommand BulletinCommand parent;

  @Parameters(index = "0", paramLabel = "BULLETIN", description = "The bulletin (简报文件).")
  Path bulletin;

  @Parameters(
      index = "1..*",
      arity = "1..*",
      paramLabel = "DATASET",
      description = "The data the bulletin reports on (数据文件): " + Converters.READABLE_DATA + ".")
  List<Path> dataset = new ArrayList<>();

  @Option(
      names = "--report",
      paramLabel = "text|json",
      converter = Converters.ReportConverter.class,
      description =
          "Report format on stdout (报告格式): text (default, with link suggestions) or json.")
  ReportFormat report = ReportFormat.TEXT;

  @Option(
      names = "--link",
      paramLabel = "OUT",
      description =
          "Write the bulletin with the suggested links applied (写出关联后的简报): "
              + Converters.WRITABLE_BULLETINS
              + ".")
  Path link;

  @Option(
      names = "--force",
      description = "Replace the --link file even when it is read-only (强制覆盖只读文件).")
  boolean force;

  @Mixin ValidationOptions validation;

  @Mixin CommonOptions common;

  @Override
  public Integer call() throws IOException {
    DangjianCommand root = parent.root;
    Lang lang = common.lang;
    List<Path> files = new ArrayList<>();
    files.add(bulletin);
    files.addAll(dataset);
    for (Path file : files) {
      Inputs.checkReadable(file);
      Inputs.format(file, Optional.empty(), "--format");
    }
    DataFormat linkFormat = null;
    if (link != null) {
      linkFormat = Outputs.format(link, Optional.empty());
      Outputs.destination(link, force);
    }
    Progress progress = common.progress(root, "bulletin check");
    DangjianImporter importer =
        DangjianImporter.of(
            validation.importOptions(root.environment().today(), Optional.empty(), otherRules()));
    ImmutableDataset.Builder collected = Dataset.builder();
    ValidationReport result =
        Inputs.read(importer, files, Optional.empty(), RecordHandler.into(collected), progress);
    progress.clear();
    Dataset data = collected.build();
    if (data.bulletins().isEmpty() && Reports.unreadable(result).isEmpty()) {
      throw new CliFailure(
          "no bulletin in " + bulletin + ": name a txt, md or json bulletin first");
    }
    Reports.print(result, report, lang, root.out());
    MentionLinker linker = MentionLinker.of(data);
    List<Bulletin> linked = new ArrayList<>();
    for (Bulletin b : data.bulletins()) {
      List<LinkSuggestion> suggestions = linker.suggest(b);
      if (report == ReportFormat.TEXT) {
        printSuggestions(b, suggestions, lang, root.out());
      }
      linked.add(MentionLinker.apply(b, suggestions));
    }
    String written = "";
    if (link != null && Reports.unreadable(result).isEmpty()) {
      Outputs.write(
          link,
          linkFormat,
          ExportOptions.of(Privacy.MASKED),
          force,
          writer -> {
            for (Bulletin b : linked) {
              writer.write(b);
            }
            return linked.size();
          },
          () -> true);
      written = lang.pick("；已写出关联后的简报 " + link, "; wrote the linked bulletin to " + link);
    }
    progress.summary(Reports.counts(result, lang) + written);
    return Reports.exitCode(result);
  }

  /** Every rule but the bulletin and reading rules, which this command turns off. */
  private static Set<String> otherRules() {
    return RuleCatalogue.defaults().rules().stream()
        .map(Rule::code)
        .filter(code -> !code.startsWith("BUL-") && !code.startsWith("IO-"))
        .collect(Collectors.toUnmodifiableSet());
  }

  private static void printSuggestions(
      Bulletin bulletin, List<LinkSuggestion> suggestions, Lang lang, PrintWriter out) {
    out.println();
    out.println(
        lang.pick("关联建议（", "Link suggestions (")
            + shown(bulletin.designation())
            + lang.pick("）：", "): ")
            + suggestions.size());
    // The names come from the bulletin and the dataset: escaped, so they cannot act on a terminal.
    for (LinkSuggestion s : suggestions) {
      out.println(
          "  "
              + shown(s.fieldPath())
              + "  "
              + shown(s.printed())
              + " → "
              + shown(s.id())
              + " "
              + shown(s.recordName())
              + " ("
              + match(s.match(), lang)
              + ")");
    }
    out.flush();
  }

  private static String match(LinkSuggestion.Match match, Lang lang) {
    return switch (match) {
      case EXACT_NAME -> lang.pick("全称相同", "exact name");
      case SHORT_NAME -> lang.pick("简称相同", "short name");
      case UNIQUE_SUFFIX -> lang.pick("唯一后缀", "unique suffix");
      case POST_HOLDER -> lang.pick("当时任职", "post holder on the date");
    };
  }

  /**
   * Text of the bulletin or the data as printed: personal numbers masked, control characters
   * escaped.
   */
  private static String shown(String text) {
    return SafeText.escape(PersonalNumbers.scrub(text));
  }
}
