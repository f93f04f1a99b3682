package org.dangjian.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dangjian.cli.internal.Cli;
import org.dangjian.cli.internal.Environment;
import org.dangjian.cli.internal.ExitCodes;

/**
 * The {@code dangjian} command line, run as {@code java -jar cli/target/dangjian.jar COMMAND ...}:
 * {@code validate} checks data files against every rule and prints the report (with no file, a
 * bundled sample that holds a few deliberate errors), {@code convert} streams a file into another
 * format with a privacy profile, {@code generate} writes realistic synthetic data and {@code stats}
 * prints the figures a party bulletin reports. Exit codes: 0 no ERROR, 1 ERRORs found, 2 usage
 * error or unreadable input, 3 internal error. Reports go to stdout; progress and a one-line
 * summary go to stderr. docs/CLI.md describes every command and option.
 */
public final class Dangjian {

  /**
   * Hibernate Validator announces its version on java.util.logging at INFO, which does not belong
   * in a report; held here so that the level is not lost with a collected logger.
   */
  private static final Logger HV_LOGGER = Logger.getLogger("org.hibernate.validator");

  private Dangjian() {}

  /**
   * PDFBox (through commons-logging) and POI log on log4j-api, which without a logging backend
   * prints a complaint to standard error, and with one would print PDFBox's warnings about the
   * fonts of a PDF: the command line reports what matters in its report, so log4j-api gets its own
   * simple logger, switched off, unless the user configured another. ical4j (calendars of {@code
   * anniversaries}) logs on SLF4J, which without a provider prints a warning: it gets SLF4J's
   * no-operation provider unless the user chose one.
   */
  private static void quietLibraries() {
    if (System.getProperty("org.jboss.logging.provider") == null) {
      // Hibernate Validator logs through JBoss Logging, which would otherwise find log4j-api on the
      // class path and start it (about ninety classes) to say nothing: java.util.logging is
      // already loaded, and HV_LOGGER keeps it quiet.
      System.setProperty("org.jboss.logging.provider", "jdk");
    }
    if (System.getProperty("slf4j.provider") == null) {
      System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
      if (System.getProperty("slf4j.internal.verbosity") == null) {
        // SLF4J announces an explicitly chosen provider at INFO on stderr.
        System.setProperty("slf4j.internal.verbosity", "WARN");
      }
    }
    if (System.getProperty("log4j2.loggerContextFactory") == null
        && System.getProperty("log4j.provider") == null) {
      System.setProperty(
          "log4j2.loggerContextFactory",
          "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
      if (System.getProperty("org.apache.logging.log4j.simplelog.level") == null) {
        System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
      }
    }
  }

  /**
   * Runs the command line and exits the JVM with the command's exit code.
   *
   * @param args the command and its options, for example {@code validate members.csv}
   */
  public static void main(String... args) {
    int code;
    try {
      code = execute(System.out, System.err, args);
    } catch (OutOfMemoryError e) {
      System.err.println(
          "dangjian: out of memory (maximum heap "
              + (Runtime.getRuntime().maxMemory() >> 20)
              + " MiB); give Java more with java -Xmx..., or validate the files one by one");
      code = ExitCodes.INTERNAL;
    }
    System.exit(code);
  }

  /**
   * Runs one command line in this JVM without exiting: writes the report to {@code out} and
   * progress, summary and failures to {@code err}, both in the console's encoding (UTF-8 unless the
   * Windows console reports another code page), and returns the exit code.
   *
   * @param out standard output
   * @param err standard error
   * @param args the command and its options
   * @return 0 when the data has no ERROR, 1 when it has, 2 for a usage error or unreadable input, 3
   *     for an internal error
   */
  public static int execute(OutputStream out, OutputStream err, String... args) {
    HV_LOGGER.setLevel(Level.WARNING);
    quietLibraries();
    Charset charset = consoleCharset();
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, charset));
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, charset), true);
    return Cli.run(Environment.system(), outWriter, errWriter, args);
  }

  private static Charset consoleCharset() {
    String name = System.getProperty("sun.stdout.encoding");
    if (name != null && Charset.isSupported(name)) {
      return Charset.forName(name);
    }
    return StandardCharsets.UTF_8;
  }
}
