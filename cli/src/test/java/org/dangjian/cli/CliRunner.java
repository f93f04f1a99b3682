package org.dangjian.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import org.dangjian.cli.internal.Cli;
import org.dangjian.cli.internal.Environment;

/**
 * Runs the command line in process with a fixed environment (today is 2024-01-31, stderr is not a
 * terminal, the clock stands still) and captures stdout and stderr.
 */
public final class CliRunner {

  /** The date the fixed environment calls today: the generator's default date. */
  public static final LocalDate TODAY = LocalDate.of(2024, 1, 31);

  private CliRunner() {}

  /** The outcome of one run. */
  public record Result(int exitCode, String out, String err) {

    /** The lines of stderr. */
    public java.util.List<String> errLines() {
      return err.lines().toList();
    }
  }

  /** Runs {@code args} in the fixed environment. */
  public static Result run(String... args) {
    return run(new Environment(TODAY, false, () -> 0L), args);
  }

  /** Runs {@code args} in {@code environment}. */
  public static Result run(Environment environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(environment, new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }
}
