package org.dangjian.io;

import org.dangjian.core.code.CodedValue;
import org.dangjian.core.code.Spellings;

/**
 * How an export writes personal identifiers (resident ID numbers and mobile numbers): {@link #FULL}
 * writes them as they are, {@link #MASKED} writes the masks of {@code ResidentIdNumber.masked()}
 * and {@code MobileNumber.masked()} (which cannot be turned back into the number, even together
 * with the birth date and gender that are exported beside them), and {@link #OMITTED} leaves them
 * out. Reading a masked value back gives an absent value without an issue, so every profile round
 * trips to the same records minus what it withheld.
 */
public enum Privacy implements CodedValue {
  /** Identifiers in full: only for exchange between systems entitled to hold them. */
  FULL("full", "完整"),
  /** Identifiers masked; the default. */
  MASKED("masked", "遮蔽"),
  /** No personal identifiers at all. */
  OMITTED("omitted", "不含个人标识");

  private final Spellings spellings;

  Privacy(String code, String label) {
    this.spellings = Spellings.of(code, label);
  }

  @Override
  public Spellings spellings() {
    return spellings;
  }
}
