package org.dangjian.cli.internal;

/**
 * The exit codes of every command: 0 when the data has no ERROR, 1 when it has, 2 for a usage
 * problem or input that cannot be read (a missing file, or a file that is not readable as its
 * format: an IO-ENCODING, IO-SYNTAX or IO-LIMIT error), 3 for an internal failure (a bug, or memory
 * exhausted).
 */
public final class ExitCodes {

  /** The data has no ERROR (warnings and infos allowed), or the command had nothing to judge. */
  public static final int OK = 0;

  /** The data has at least one ERROR. */
  public static final int ERRORS = 1;

  /** A usage problem, or an input that cannot be read (missing, or not readable as its format). */
  public static final int USAGE = 2;

  /** An internal failure: a bug or exhausted memory. */
  public static final int INTERNAL = 3;

  private ExitCodes() {}
}
