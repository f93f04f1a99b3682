package org.dangjian.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import org.dangjian.core.id.PersonalNumbers;
import org.dangjian.core.text.SafeText;
import org.dangjian.io.DangjianIoException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Runs one {@code dangjian} command line in process: parses the arguments with picocli, runs the
 * command and turns every failure into an exit code and one line on stderr, never a stack trace.
 * Usage errors ({@link UsageMessages}, in the language of {@code --lang}) and unreadable input give
 * 2; anything unexpected gives 3. The line's message is escaped ({@link SafeText}), since it may
 * quote an argument or a file name.
 */
public final class Cli {

  private Cli() {}

  /**
   * The picocli command line of {@code dangjian} in {@code environment}, writing to out and err.
   */
  public static CommandLine commandLine(Environment environment, PrintWriter out, PrintWriter err) {
    Converters.publishFormats();
    CommandLine commandLine = new CommandLine(new DangjianCommand(environment));
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler(Cli::usageError);
    commandLine.setExecutionExceptionHandler(Cli::failure);
    return commandLine;
  }

  /** Runs {@code args} and returns the exit code; {@code out} and {@code err} are flushed. */
  public static int run(Environment environment, PrintWriter out, PrintWriter err, String... args) {
    try {
      return commandLine(environment, out, err).execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    String name = command.getCommandSpec().qualifiedName();
    command.getErr().println(UsageMessages.line(e, name, UsageMessages.lang(args)));
    command.getErr().flush();
    return ExitCodes.USAGE;
  }

  private static int failure(Exception e, CommandLine command, ParseResult parsed) {
    String name = command.getCommandSpec().qualifiedName();
    PrintWriter err = command.getErr();
    command.getOut().flush();
    if (e instanceof CliFailure || e instanceof DangjianIoException) {
      // Our own one-line messages: a line break in them comes from a value (a file name), so it is
      // escaped rather than cut off.
      err.println(
          name
              + ": "
              + SafeText.escape(PersonalNumbers.scrub(String.valueOf(e.getMessage()).strip())));
      err.flush();
      return ExitCodes.USAGE;
    }
    // An IOException, or one wrapped unchecked (UncheckedIOException, Jackson's
    // JacksonIOException): a failure of the machine (a full disk, a lost mount), not a bug.
    IOException io =
        e instanceof RuntimeException || e instanceof IOException ? Outputs.ioCause(e) : null;
    if (io != null) {
      err.println(name + ": input/output failed: " + firstLine(Outputs.describe(io)));
      err.flush();
      return ExitCodes.USAGE;
    }
    err.println(
        name
            + ": internal error ("
            + e.getClass().getName()
            + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()))
            + "); please report it with the command line that caused it");
    err.flush();
    return ExitCodes.INTERNAL;
  }

  /**
   * The first line of {@code message}, so that a failure is always one line, with the control and
   * bidirectional formatting characters that remain escaped ({@link SafeText#escape}) and resident
   * ID and mobile numbers (in a file name, say) masked ({@link PersonalNumbers#scrub}).
   */
  static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int end = message.indexOf('\n');
    return SafeText.escape(
        PersonalNumbers.scrub((end < 0 ? message : message.substring(0, end)).strip()));
  }
}
