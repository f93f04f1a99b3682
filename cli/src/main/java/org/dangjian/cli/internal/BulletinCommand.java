package org.dangjian.cli.internal;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ParentCommand;

/**
 * {@code dangjian bulletin}: the commands on bulletins (党群工作简报) that need more than a format
 * conversion; run alone it prints its usage on stderr and ends with exit code 2.
 */
@Command(
    name = "bulletin",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    headerHeading = "%n",
    header = "Work with bulletins (党群工作简报).",
    descriptionHeading = "%n",
    description = {
      "Bulletins are converted with 'dangjian convert' (txt, md, json to md, html, json)."
          + " 'dangjian bulletin check' compares a bulletin's statistics with the data it reports on."
    },
    synopsisSubcommandLabel = "COMMAND",
    commandListHeading = "%nCommands (命令):%n",
    subcommands = {BulletinCheckCommand.class, HelpCommand.class})
final class BulletinCommand implements Callable<Integer> {

  @ParentCommand DangjianCommand root;

  @Override
  public Integer call() {
    root.err().println("dangjian bulletin: name a command, for example 'dangjian bulletin check'");
    root.err().flush();
    return ExitCodes.USAGE;
  }
}
