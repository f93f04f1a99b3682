package org.dangjian.validation.report;

/**
 * What a reader did with the records of its input: how many it read, how many it accepted (decoded
 * and handed to validation) and how many it rejected (reported as {@code IO-*} issues, never
 * dropped silently), and whether it stopped early because strict mode met the first error or a
 * limit ended the input. {@code read == accepted + rejected} always holds.
 *
 * @param read the records (rows, lines, JSON records) read
 * @param accepted the records decoded and validated
 * @param rejected the records that could not be decoded
 * @param stoppedEarly true when reading ended before the end of the input
 */
public record InputSummary(long read, long accepted, long rejected, boolean stoppedEarly) {

  /** Checks the counts. */
  public InputSummary {
    if (accepted < 0 || rejected < 0 || read != accepted + rejected) {
      throw new IllegalArgumentException(
          "read must equal accepted + rejected: " + read + ", " + accepted + ", " + rejected);
    }
  }
}
