package org.dangjian.core.member;

import java.util.Set;
import org.dangjian.core.code.CodedValue;
import org.dangjian.core.code.Spellings;

/**
 * How a person ceased to be a member or to be in the development pipeline: leaving (退党), removal
 * (除名), being regarded as having quit after six months (自行脱党), expulsion (开除党籍), cancellation of a
 * probationary membership (取消预备党员资格), or death.
 */
public enum DepartureKind implements CodedValue {
  /** 退党. */
  WITHDRAWAL("1", "退党"),
  /** 除名. */
  REMOVAL("2", "除名"),
  /** 自行脱党. */
  REGARDED_AS_QUIT("3", "自行脱党"),
  /** 开除党籍. */
  EXPULSION("4", "开除党籍", "开除"),
  /** 取消预备党员资格. */
  PROBATION_CANCELLED("5", "取消预备党员资格", "取消预备资格"),
  /** 去世. */
  DEATH("6", "去世", "死亡", "病故");

  private final Spellings spellings;

  DepartureKind(String code, String label, String... aliases) {
    this.spellings = Spellings.of(code, label, Set.of(aliases));
  }

  @Override
  public Spellings spellings() {
    return spellings;
  }
}
