package org.dangjian.core.member;

import org.dangjian.core.code.CodedValue;

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

  private final String code;
  private final String label;

  TransferStatus(String code, String label) {
    this.code = code;
    this.label = label;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label() {
    return label;
  }
}
