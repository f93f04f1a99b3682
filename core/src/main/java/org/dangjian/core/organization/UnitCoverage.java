package org.dangjian.core.organization;

import org.dangjian.core.code.CodedValue;
import org.dangjian.core.code.Spellings;

/**
 * How a {@link Unit} is covered by party work (覆盖方式), as a park's or group's statistics of the "two
 * new" organizations (两新组织) record it: by an organization of its own (单建), by a joint branch shared
 * with nearby units (联建), by an area organization set up for a building, street or park (统建), by a
 * party-building instructor only (党建指导员), or not at all. The first three count for the organization
 * coverage (组织覆盖), all but the last for the work coverage (工作覆盖).
 */
public enum UnitCoverage implements CodedValue {
  /** 单建: the unit has its own organization. */
  OWN("1", "单建", "单独组建"),
  /** 联建: a joint branch (联合党支部) of several units. */
  JOINT("2", "联建", "联合组建"),
  /** 统建: an area organization (区域党组织) covering the units of a building, street or park. */
  AREA("3", "统建", "区域统建"),
  /** 党建指导员: no organization, but an instructor appointed to the unit. */
  INSTRUCTOR("4", "党建指导员", "选派党建指导员", "指导员"),
  /** 未覆盖: neither. */
  NONE("9", "未覆盖", "无");

  private final Spellings spellings;

  UnitCoverage(String code, String label, String... aliases) {
    this.spellings = Spellings.of(code, label, aliases);
  }

  @Override
  public Spellings spellings() {
    return spellings;
  }

  /** True when a party organization covers the unit (单建, 联建 or 统建): 组织覆盖. */
  public boolean byOrganization() {
    return this == OWN || this == JOINT || this == AREA;
  }

  /** True when party work reaches the unit, by an organization or an instructor: 工作覆盖. */
  public boolean byWork() {
    return this != NONE;
  }
}
