package org.dangjian.validation.rule;

import org.dangjian.core.code.CodedValue;
import org.dangjian.core.code.Spellings;

/**
 * What a rule needs to see: one {@link #VALUE} (a field, such as an ID number's check character),
 * one {@link #RECORD} (a member, organization, activity or bulletin on its own), or the whole
 * {@link #DATASET} (references between records, counts per branch, duplicates, frequencies).
 */
public enum Scope implements CodedValue {
  /** One field on its own. */
  VALUE("value", "字段"),
  /** One record on its own. */
  RECORD("record", "记录"),
  /** Several records together. */
  DATASET("dataset", "数据集");

  private final Spellings spellings;

  Scope(String code, String label) {
    this.spellings = Spellings.of(code, label);
  }

  @Override
  public Spellings spellings() {
    return spellings;
  }
}
