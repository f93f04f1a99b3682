package org.dangjian.core.recognition;

import java.util.Set;
import org.dangjian.core.code.CodedValue;
import org.dangjian.core.code.Spellings;

/**
 * The level of the body that awards an honor, from the Central Committee down to the enterprise
 * group itself. 标杆党组织 are named at provincial, city or county level; 优秀共产党员 at any level.
 */
public enum HonorLevel implements CodedValue {
  /** 国家级 / 中央. */
  NATIONAL("1", "国家级", "全国", "中央"),
  /** 省级. */
  PROVINCIAL("2", "省级", "省"),
  /** 市级. */
  CITY("3", "市级", "市", "地市级"),
  /** 县级 (county or district). */
  COUNTY("4", "县级", "县", "区级", "县区级"),
  /** 园区 / 乡镇 / 街道. */
  PARK_OR_TOWNSHIP("5", "园区级", "乡镇级", "街道级"),
  /** 集团 / 企业内部. */
  ENTERPRISE("6", "企业级", "集团级", "公司级");

  private final Spellings spellings;

  HonorLevel(String code, String label, String... aliases) {
    this.spellings = Spellings.of(code, label, Set.of(aliases));
  }

  @Override
  public Spellings spellings() {
    return spellings;
  }
}
