package org.dangjian.cli.internal;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top command, {@code dangjian}: holds the subcommands and the {@link Environment}; run alone,
 * it prints its usage on stderr and ends with exit code 2.
 */
@Command(
    name = "dangjian",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    headerHeading = "%n",
    header = "dangjian-sdk command line (党建数据命令行工具)",
    descriptionHeading = "%n",
    description = {
      "Validates, converts, generates and summarizes party-organization data (党建数据) in the"
          + " JSON exchange format, JSON Lines, and CSV or XLSX rosters (花名册).",
      "",
      "Start with 'dangjian validate', which checks a bundled sample that holds a few deliberate"
          + " errors; 'dangjian help COMMAND' explains a command."
    },
    commandListHeading = "%nCommands (命令):%n",
    footerHeading = "%n",
    footer = {
      "Exit codes (退出码):",
      "  0  no ERROR in the data (无错误)",
      "  1  ERRORs found in the data (发现错误)",
      "  2  usage error, or an input that cannot be read as its format (用法错误或无法读取输入):",
      "     missing file, unknown format, IO-ENCODING, IO-SYNTAX, IO-LIMIT",
      "  3  internal error (内部错误)"
    },
    subcommands = {
      ValidateCommand.class,
      ConvertCommand.class,
      GenerateCommand.class,
      StatsCommand.class,
      AnniversariesCommand.class,
      InspectCommand.class,
      BulletinCommand.class,
      CompletionCommand.class,
      NewsCommand.class,
      PointsCommand.class,
      HelpCommand.class
    })
public final class DangjianCommand implements Callable<Integer> {

  private final Environment environment;

  @Spec CommandSpec spec;

  /** The top command in {@code environment}. */
  public DangjianCommand(Environment environment) {
    this.environment = environment;
  }

  /** The machine's date, terminal and clock. */
  Environment environment() {
    return environment;
  }

  /** Standard output, where reports and statistics go. */
  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** Standard error, for progress, summaries and failures. */
  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(err());
    return ExitCodes.USAGE;
  }
}
