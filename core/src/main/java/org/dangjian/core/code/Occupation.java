package org.dangjian.core.code;

import java.util.Set;

/**
 * The eight occupation categories (职业) in which the Party statistics bulletin (中国共产党党内统计公报) counts
 * members and new recruits. There is no national code table for these categories, so {@link
 * #code()} is a stable project code "1" to "8" in the bulletin's order; do not confuse it with the
 * national occupation classification GB/T 6565, which is much finer. The labels are the bulletin's
 * wording; the variants with a middle dot (·) or without the qualifier in parentheses are accepted
 * as aliases by {@link Codes#lookup}.
 */
public enum Occupation implements CodedValue {
  WORKER("1", "工人（工勤技能人员）", Set.of("工人(工勤技能人员)", "工人", "工勤技能人员")),
  FARMER_HERDER_FISHER("2", "农牧渔民", Set.of("农民")),
  PROFESSIONAL("3", "企事业单位、社会组织专业技术人员", Set.of("企事业单位·社会组织专业技术人员", "专业技术人员")),
  MANAGER("4", "企事业单位、社会组织管理人员", Set.of("企事业单位·社会组织管理人员", "管理人员")),
  PARTY_GOVERNMENT_STAFF("5", "党政机关工作人员", Set.of("党政机关人员")),
  STUDENT("6", "学生", Set.of()),
  OTHER("7", "其他职业人员", Set.of("其他")),
  RETIRED("8", "离退休人员", Set.of("离退休"));

  private final Spellings spellings;

  Occupation(String code, String label, Set<String> aliases) {
    this.spellings = Spellings.of(code, label, aliases);
  }

  @Override
  public Spellings spellings() {
    return spellings;
  }
}
