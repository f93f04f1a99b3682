package org.dangjian.cli.internal;

/**
 * A failure that ends a command with exit code 2 and a one-line message on stderr: a usage problem
 * the option parser cannot see (an unknown file extension, the same file as input and output) or an
 * input that cannot be read. The message names the file and never holds personal data.
 */
public final class CliFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A failure with {@code message}. */
  public CliFailure(String message) {
    super(message);
  }

  /** A failure with {@code message}, caused by {@code cause}. */
  public CliFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
