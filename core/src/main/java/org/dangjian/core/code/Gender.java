package org.dangjian.core.code;

import java.util.Set;

/**
 * A person's sex as coded by GB/T 2261.1-2003 (个人基本信息分类与代码 第1部分：人的性别代码). Besides male and female
 * the standard has two codes for a missing value: {@link #UNKNOWN} ("0", the sex could not be
 * determined) and {@link #UNSTATED} ("9", the person or the source did not say). The resident ID
 * number carries the sex in its 17th digit (odd for male, even for female), see {@link
 * org.dangjian.core.id.ResidentIdNumber#gender()}.
 */
public enum Gender implements CodedValue {
  UNKNOWN("0", "未知的性别", Set.of("未知")),
  MALE("1", "男", Set.of("男性")),
  FEMALE("2", "女", Set.of("女性")),
  UNSTATED("9", "未说明的性别", Set.of("未说明"));

  private final Spellings spellings;

  Gender(String code, String label, Set<String> aliases) {
    this.spellings = Spellings.of(code, label, aliases);
  }

  @Override
  public Spellings spellings() {
    return spellings;
  }

  /** Whether this is {@link #MALE} or {@link #FEMALE}, that is, not one of the missing codes. */
  public boolean isKnown() {
    return this == MALE || this == FEMALE;
  }
}
