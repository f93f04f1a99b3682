package org.dangjian.core.code;

import java.util.Set;

/**
 * The coarse education bands of the Party statistics bulletin (党内统计公报): 研究生, 大学本科, 大学专科, 中专, 高中、中技
 * and 初中及以下. Every {@link Education} code maps to exactly one band through {@link
 * Education#band()}; the bulletin's headline figure "大专及以上学历" counts the members whose band {@link
 * #isCollegeOrAbove() is college or above}. No national code exists for these bands, so {@link
 * #code()} is a stable project code "1" to "6", from the highest band to the lowest.
 */
public enum EducationBand implements CodedValue {
  POSTGRADUATE("1", "研究生", Set.of()),
  UNDERGRADUATE("2", "大学本科", Set.of("本科")),
  JUNIOR_COLLEGE("3", "大学专科", Set.of("大专", "专科")),
  SECONDARY_SPECIALIZED("4", "中专", Set.of("中等专科")),
  HIGH_SCHOOL("5", "高中、中技", Set.of("高中·中技", "高中中技", "高中")),
  JUNIOR_HIGH_OR_BELOW("6", "初中及以下", Set.of());

  private final Spellings spellings;

  EducationBand(String code, String label, Set<String> aliases) {
    this.spellings = Spellings.of(code, label, aliases);
  }

  @Override
  public Spellings spellings() {
    return spellings;
  }

  /**
   * Whether this band counts towards "大专及以上" (junior college and above) in the statistics: {@link
   * #POSTGRADUATE}, {@link #UNDERGRADUATE} and {@link #JUNIOR_COLLEGE}, that is GB/T 4658 codes 10
   * to 33.
   */
  public boolean isCollegeOrAbove() {
    return this == POSTGRADUATE || this == UNDERGRADUATE || this == JUNIOR_COLLEGE;
  }
}
