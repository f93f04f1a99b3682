package org.dangjian.core.dataset;

/**
 * The number of members of an organization on a date: full members (正式党员), who alone count for the
 * thresholds of the rules (3 to set up a branch, 7 for a branch committee), and probationary
 * members (预备党员); {@link #total()} is what statistics call 党员数.
 *
 * @param full full members
 * @param probationary probationary members
 */
public record HeadCount(int full, int probationary) {

  /** No members. */
  public static final HeadCount ZERO = new HeadCount(0, 0);

  /** Checks that the counts are not negative. */
  public HeadCount {
    if (full < 0 || probationary < 0) {
      throw new IllegalArgumentException("head counts cannot be negative");
    }
  }

  /** Full plus probationary members. */
  public int total() {
    return full + probationary;
  }

  /** The sum of this and {@code other}. */
  public HeadCount plus(HeadCount other) {
    return new HeadCount(full + other.full, probationary + other.probationary);
  }
}
