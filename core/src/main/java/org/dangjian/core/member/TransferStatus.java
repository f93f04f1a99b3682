package org.dangjian.core.member;

import org.dangjian.core.code.CodedValue;
import org.dangjian.core.code.Spellings;

/**
 * The state of a transfer of organization relation (组织关系转接): the letter was issued, the receiving
 * organization accepted it, it was returned, or it was withdrawn.
 */
public enum TransferStatus implements CodedValue {
  /** 已开具介绍信, in transit. */
  ISSUED("1", "已转出"),
  /** 已接收. */
  RECEIVED("2", "已接收"),
  /** 已退回. */
  RETURNED("3", "已退回"),
  /** 已撤销. */
  CANCELLED("4", "已撤销");

  private final Spellings spellings;

  TransferStatus(String code, String label) {
    this.spellings = Spellings.of(code, label);
  }

  @Override
  public Spellings spellings() {
    return spellings;
  }
}
