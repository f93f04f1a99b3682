package org.dangjian.cli.internal;

import java.io.Console;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * What the command line takes from the machine it runs on, in one place so that tests can fix it:
 * today's date (the default {@code --as-of}; the library itself never reads the clock), whether
 * stderr is an interactive terminal (progress is drawn only then) and a monotonic nanosecond clock
 * for the elapsed time and the redraw rate of the progress line.
 *
 * @param today the date commands use when no {@code --as-of} is given
 * @param interactive whether stderr is taken to be a terminal
 * @param nanoTime a monotonic clock in nanoseconds
 */
public record Environment(LocalDate today, boolean interactive, LongSupplier nanoTime) {

  /** Checks that every part is present. */
  public Environment {
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(nanoTime, "nanoTime");
  }

  /**
   * The real environment: the system clock's date in the default time zone, and a terminal when
   * {@link System#console()} is present. Java 17 has no test for stderr alone: {@code console()} is
   * present when standard input and output are both terminals, so redirecting stdout (for example
   * {@code --report json > report.json}) turns progress off, and redirecting only stderr does not.
   * On Java 22 and later, where {@code console()} is always present, {@code Console.isTerminal()}
   * decides instead. {@code --progress} and {@code --no-progress} decide explicitly.
   */
  public static Environment system() {
    return new Environment(LocalDate.now(ZoneId.systemDefault()), terminal(), System::nanoTime);
  }

  @SuppressWarnings("SystemConsoleNull") // the Java 17 test; isTerminal() covers Java 22+
  private static boolean terminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
