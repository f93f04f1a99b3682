package org.dangjian.core.organization;

import org.dangjian.core.code.CodedValue;
import org.dangjian.core.code.Spellings;

/**
 * The type of unit that hosts an organization (单位类别), as far as the rules distinguish them:
 * villages and communities have five-year terms for every level of organization, government organs
 * and public institutions have their own committee kinds, enterprises follow the sector regulations
 * for their {@link Ownership}.
 */
public enum UnitType implements CodedValue {
  /** 企业. */
  ENTERPRISE("1", "企业"),
  /** 机关. */
  GOVERNMENT_ORGAN("2", "机关"),
  /** 事业单位 (schools, hospitals, research institutes). */
  PUBLIC_INSTITUTION("3", "事业单位"),
  /** 社会组织. */
  SOCIAL_ORGANIZATION("4", "社会组织"),
  /** 行政村. */
  VILLAGE("5", "行政村"),
  /** 社区. */
  COMMUNITY("6", "社区"),
  /** 园区 (an industrial park or high-tech zone administration). */
  PARK("7", "园区"),
  /** 其他. */
  OTHER("9", "其他");

  private final Spellings spellings;

  UnitType(String code, String label) {
    this.spellings = Spellings.of(code, label);
  }

  @Override
  public Spellings spellings() {
    return spellings;
  }

  /** True for villages and communities, whose organizations all have five-year terms. */
  public boolean isVillageOrCommunity() {
    return this == VILLAGE || this == COMMUNITY;
  }
}
