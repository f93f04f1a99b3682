package org.dangjian.core.points;

import java.util.Set;
import org.dangjian.core.code.CodedValue;
import org.dangjian.core.code.Spellings;

/**
 * The category of a points entry, as the points schemes of enterprises and parks name them: study,
 * organizational life, volunteer service, a vanguard post, innovation proposals, honors,
 * deductions, and {@link #LOCAL} for a category of the local scheme, whose name the entry then
 * carries ({@code PointEntry.localCategory()}) and the policy lists ({@code
 * PointsEdition.localCategories()}).
 */
public enum PointCategory implements CodedValue {
  /** 学习: study sessions, party lectures, training, online learning. */
  STUDY("01", "学习", "学习教育", "理论学习"),
  /** 组织生活: meetings of the branch, themed party days. */
  ORGANIZATIONAL_LIFE("02", "组织生活", "三会一课"),
  /** 志愿服务: volunteer service, visits. */
  VOLUNTEER("03", "志愿服务", "志愿者服务"),
  /** 先锋岗: serving on a vanguard post or model post. */
  VANGUARD_POST("04", "先锋岗", "党员先锋岗", "示范岗"),
  /** 创新建议: innovation and improvement proposals. */
  INNOVATION("05", "创新建议", "合理化建议"),
  /** 荣誉表彰: an honor received. */
  HONOR("06", "荣誉表彰", "表彰", "荣誉"),
  /** 扣分: a deduction for a missed duty or a violation. */
  DEDUCTION("07", "扣分", "减分"),
  /** 其他（本地类别）: a category of the local scheme, named on the entry. */
  LOCAL("99", "其他", "本地类别");

  private final Spellings spellings;

  PointCategory(String code, String label, String... aliases) {
    this.spellings = Spellings.of(code, label, Set.of(aliases));
  }

  @Override
  public Spellings spellings() {
    return spellings;
  }
}
