package org.dangjian.validation.rule;

import org.dangjian.core.code.CodedValue;
import org.dangjian.core.code.Spellings;

/**
 * How serious a finding of validation is. {@link #ERROR} breaks a hard rule of a regulation and
 * makes a report unsuccessful; {@link #WARNING} flags what a regulation says "generally" should
 * hold, practice, or local policy; {@link #INFO} is a remark. Constants are ordered from most to
 * least serious, so reports sort by {@link #ordinal()}.
 */
public enum Severity implements CodedValue {
  /** A hard rule is broken (错误). */
  ERROR("E", "错误"),
  /** A "generally" rule, practice or local policy is not met (警告). */
  WARNING("W", "警告"),
  /** A remark (提示). */
  INFO("I", "提示");

  private final Spellings spellings;

  Severity(String code, String label) {
    this.spellings = Spellings.of(code, label);
  }

  @Override
  public Spellings spellings() {
    return spellings;
  }

  /** True when this severity is at least as serious as {@code other}. */
  public boolean atLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }
}
