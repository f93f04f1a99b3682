package org.dangjian.core.recognition;

import java.util.Set;
import org.dangjian.core.code.CodedValue;
import org.dangjian.core.code.Spellings;

/**
 * The star level of a rated party organization (星级党组织评定), highest first: 标兵 (model) above five
 * stars down to one star. Ratings are given per year.
 */
public enum StarLevel implements CodedValue {
  /** 标兵党组织: above five stars. */
  MODEL("6", "标兵", "标兵党组织", "星级标兵"),
  /** 五星. */
  FIVE_STAR("5", "五星", "五星级"),
  /** 四星. */
  FOUR_STAR("4", "四星", "四星级"),
  /** 三星. */
  THREE_STAR("3", "三星", "三星级"),
  /** 二星. */
  TWO_STAR("2", "二星", "二星级"),
  /** 一星. */
  ONE_STAR("1", "一星", "一星级");

  private final Spellings spellings;

  StarLevel(String code, String label, String... aliases) {
    this.spellings = Spellings.of(code, label, Set.of(aliases));
  }

  @Override
  public Spellings spellings() {
    return spellings;
  }
}
