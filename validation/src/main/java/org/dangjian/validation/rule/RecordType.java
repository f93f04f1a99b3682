package org.dangjian.validation.rule;

import org.dangjian.core.code.CodedValue;
import org.dangjian.core.code.Spellings;

/**
 * The kind of record an issue is reported at: a member (党员及入党申请人), an organization (组织), an
 * activity (组织生活), a bulletin (简报), or the dataset as a whole when no single record is at fault.
 */
public enum RecordType implements CodedValue {
  /** A member or a person in the development pipeline. */
  MEMBER("member", "人员"),
  /** A party or mass organization. */
  ORGANIZATION("organization", "组织"),
  /** An activity of organizational life. */
  ACTIVITY("activity", "活动"),
  /** A bulletin. */
  BULLETIN("bulletin", "简报"),
  /** The dataset as a whole. */
  DATASET("dataset", "数据集");

  private final Spellings spellings;

  RecordType(String code, String label) {
    this.spellings = Spellings.of(code, label);
  }

  @Override
  public Spellings spellings() {
    return spellings;
  }
}
