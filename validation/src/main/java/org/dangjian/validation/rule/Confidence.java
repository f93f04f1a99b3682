package org.dangjian.validation.rule;

import org.dangjian.core.code.CodedValue;
import org.dangjian.core.code.Spellings;

/**
 * How sure the SDK is of a rule's source, with the tags explained in docs/regulations.md ("How sure
 * we are"): {@link #CONFIRMED} (the wording was read in an identified edition), {@link #SECONDARY}
 * (quoted by third parties that cite the document), {@link #MEMORY} (not seen in a source) and
 * {@link #UNRESOLVED} (sources conflict). A rule of confidence {@code MEMORY} or {@code UNRESOLVED}
 * is never more than a warning.
 */
public enum Confidence implements CodedValue {
  /** The wording was read in a source with the document and edition identified. */
  CONFIRMED("C", "已核实"),
  /** Quoted by third-party pages that cite the document; the article number is less certain. */
  SECONDARY("S", "转引"),
  /** Not seen in a source: a hypothesis, configurable or warning-level. */
  MEMORY("M", "待核实"),
  /** Sources conflict or are missing; see the rule's note. */
  UNRESOLVED("U", "存疑");

  private final Spellings spellings;

  Confidence(String code, String label) {
    this.spellings = Spellings.of(code, label);
  }

  @Override
  public Spellings spellings() {
    return spellings;
  }

  /** True for {@link #MEMORY} and {@link #UNRESOLVED}, which cap a rule at WARNING. */
  public boolean isWeak() {
    return this == MEMORY || this == UNRESOLVED;
  }
}
