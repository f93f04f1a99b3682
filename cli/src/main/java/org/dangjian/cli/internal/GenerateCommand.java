package org.dangjian.cli.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dangjian.core.member.Member;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.record.RecordVisitor;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.Privacy;
import org.dangjian.io.RecordHandler;
import org.dangjian.io.RecordWriter;
import org.dangjian.io.Roster;
import org.dangjian.testkit.SyntheticGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code dangjian generate --members N OUT}: writes a realistic synthetic enterprise group, valid
 * on its date, with the testkit generator, in bounded memory whatever N.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    headerHeading = "%n",
    header = "Generate a synthetic, valid dataset (生成测试数据).",
    descriptionHeading = "%n",
    description = {
      "Writes an enterprise group of N Party members with the proportions of a real group (a"
          + " branch per 27 members, a committee per 7 branches, 6.4%% probationary, people in the"
          + " development pipeline, a year of organizational life). The data is synthetic, so"
          + " identifiers are written in full by default, and it is valid under every rule as of"
          + " --as-of. The same N, seed and date always give the same file.",
      "",
      "Above 20,000 members the group is streamed as copies of a 2,000-member group with"
          + " rewritten ids, so memory stays small."
    },
    parameterListHeading = "%nParameters (参数):%n",
    optionListHeading = "%nOptions (选项):%n",
    footerHeading = "%n",
    footer = {
      "Exit codes (退出码): 0 written, 2 usage error or unwritable OUT, 3 internal error.",
      "",
      "Examples:",
      "  dangjian generate --members 3000 --seed 62 group.jsonl",
      "  dangjian generate --members 1000000 --as-of 2024-12-31 big.jsonl",
      "  dangjian generate --members 500 --privacy masked members.xlsx"
    })
final class GenerateCommand implements Callable<Integer> {

  @ParentCommand DangjianCommand root;

  @Parameters(
      paramLabel = "OUT",
      description = "The file to write (输出文件): " + Converters.WRITABLE_DATA + ".")
  Path out;

  @Option(
      names = "--members",
      required = true,
      paramLabel = "N",
      description = "Party members (党员人数), 50 to 10,000,000.")
  int members;

  @Option(names = "--seed", paramLabel = "S", description = "Random seed (随机种子); default 1.")
  long seed = 1;

  @Option(
      names = "--as-of",
      paramLabel = "yyyy-MM-dd",
      converter = Converters.DateConverter.class,
      description = "The date the data is valid on (截至日期); default: today.")
  LocalDate asOf;

  @Option(
      names = "--privacy",
      paramLabel = "full|masked|omitted",
      converter = Converters.PrivacyConverter.class,
      description =
          "Identifiers in OUT (隐私): full (default: the data is synthetic), masked, omitted.")
  Privacy privacy = Privacy.FULL;

  @Option(
      names = "--roster",
      paramLabel = "ROSTER",
      converter = Converters.RosterConverter.class,
      description =
          "Roster of a CSV OUT (名册): members (default, 党员花名册), organizations (党组织名册),"
              + " units (单位名册), pointEntries (积分台账) or teams (先锋岗队名册).")
  Roster roster = Roster.MEMBERS;

  @Option(
      names = "--to",
      paramLabel = Converters.WRITABLE_DATA,
      converter = Converters.FormatConverter.class,
      description = "Format of OUT, instead of taking it from its name.")
  DataFormat to;

  @Option(names = "--force", description = "Replace OUT even when it is read-only (强制覆盖只读文件).")
  boolean force;

  @Mixin CommonOptions common;

  @Override
  public Integer call() throws Exception {
    if (members < SyntheticGroup.MIN_MEMBERS || members > SyntheticGroup.MAX_MEMBERS) {
      throw new CliFailure(
          String.format(
              Locale.ROOT,
              "--members must lie between %d and %,d, not %,d",
              SyntheticGroup.MIN_MEMBERS,
              SyntheticGroup.MAX_MEMBERS,
              members));
    }
    DataFormat format = Outputs.format(out, Optional.ofNullable(to));
    Outputs.destination(out, force);
    LocalDate date = asOf != null ? asOf : root.environment().today();
    try {
      SyntheticGroup.settings(seed, members, date);
    } catch (IllegalArgumentException e) {
      throw new CliFailure(e.getMessage(), e);
    }
    Progress progress = common.progress(root, "generate");
    progress.expectRecords(members);
    ExportOptions options =
        ExportOptions.builder().privacy(privacy).roster(roster).asOf(date).build();
    Outputs.Written written =
        Outputs.write(
                out,
                format,
                options,
                force,
                writer ->
                    SyntheticGroup.defaults().stream(seed, members, date, sink(writer, progress)),
                () -> true)
            .orElseThrow();
    Lang lang = common.lang;
    String skipped =
        written.skipped() == 0
            ? ""
            : String.format(
                Locale.ROOT,
                lang.pick("，%,d 条该格式无处存放，未写入", ", %,d skipped (no place for them in this format)"),
                written.skipped());
    progress.summary(
        String.format(
                Locale.ROOT,
                lang.pick(
                    "生成 %,d 名党员，写入 %s %,d 条记录（种子 %d，截至 %s，%s）",
                    "generated %,d members into %s, %,d records (seed %d, as of %s, %s)"),
                members,
                out,
                written.records(),
                seed,
                date,
                privacy.code())
            + skipped);
    return ExitCodes.OK;
  }

  /**
   * Writes each generated record to {@code writer} (a failed write surfaces as an {@link
   * java.io.UncheckedIOException}, which {@link Outputs#write} reports) and counts each Party
   * member into {@code progress}.
   */
  static RecordVisitor<Location> sink(RecordWriter writer, Progress progress) {
    RecordHandler write = Outputs.handler(writer);
    return new RecordVisitor<>() {
      @Override
      public void member(Member member, Location location) {
        write.member(member, location);
        if (member.stage().isPartyMember()) {
          progress.record();
        }
      }

      @Override
      public void record(RecordKind kind, Object record, Location location) {
        write.record(kind, record, location);
      }
    };
  }
}
