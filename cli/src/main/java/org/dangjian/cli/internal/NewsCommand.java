package org.dangjian.cli.internal;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ParentCommand;

/**
 * {@code dangjian news}: the commands on news reports (新闻稿) about party building; run alone it
 * prints its usage on stderr and ends with exit code 2.
 */
@Command(
    name = "news",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    headerHeading = "%n",
    header = "Work with news reports (新闻稿).",
    descriptionHeading = "%n",
    description = {
      "'dangjian news check' reads the news reports of a page (web page, newspaper page, WeChat"
          + " article; html, md or txt) and compares the figures they state about an organization"
          + " of the data with the data."
    },
    synopsisSubcommandLabel = "COMMAND",
    commandListHeading = "%nCommands (命令):%n",
    subcommands = {NewsCheckCommand.class, HelpCommand.class})
final class NewsCommand implements Callable<Integer> {

  @ParentCommand DangjianCommand root;

  @Override
  public Integer call() {
    root.err().println("dangjian news: name a command, for example 'dangjian news check'");
    root.err().flush();
    return ExitCodes.USAGE;
  }
}
