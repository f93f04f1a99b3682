package org.dangjian.core.code;

import java.util.Set;

/**
 * The highest education attained (学历), coded by GB/T 4658-2006 (学历代码). The first digit is the level
 * and the second the completion status: 毕业 (graduated with a diploma, constants ending in {@code
 * _GRADUATED}), 结业 (completed the course without a diploma, {@code _COMPLETED}) and 肄业 (left before
 * completing, {@code _INCOMPLETE}). The category codes ending in 0 ({@link #POSTGRADUATE}, {@link
 * #UNDERGRADUATE}, ...) are valid values too and mean "level known, completion status unknown". The
 * 2006 edition differs from the 1984 one: do not mix their codes. {@link Codes#lookup} also accepts
 * a few everyday spellings such as {@code 本科} or {@code 大专}, which give the category code of their
 * level. {@link #band()} maps each code to the coarser {@link EducationBand} of the Party
 * statistics.
 */
public enum Education implements CodedValue {
  POSTGRADUATE("10", "研究生教育", Set.of("研究生")),
  DOCTORAL_GRADUATED("11", "博士研究生毕业", Set.of()),
  DOCTORAL_COMPLETED("12", "博士研究生结业", Set.of()),
  DOCTORAL_INCOMPLETE("13", "博士研究生肄业", Set.of()),
  MASTER_GRADUATED("14", "硕士研究生毕业", Set.of()),
  MASTER_COMPLETED("15", "硕士研究生结业", Set.of()),
  MASTER_INCOMPLETE("16", "硕士研究生肄业", Set.of()),
  POSTGRADUATE_CLASS_GRADUATED("17", "研究生班毕业", Set.of()),
  POSTGRADUATE_CLASS_COMPLETED("18", "研究生班结业", Set.of()),
  POSTGRADUATE_CLASS_INCOMPLETE("19", "研究生班肄业", Set.of()),
  UNDERGRADUATE("20", "大学本科教育", Set.of("大学本科", "本科")),
  UNDERGRADUATE_GRADUATED("21", "大学本科毕业", Set.of()),
  UNDERGRADUATE_COMPLETED("22", "大学本科结业", Set.of()),
  UNDERGRADUATE_INCOMPLETE("23", "大学本科肄业", Set.of()),
  UNDERGRADUATE_GENERAL_CLASS_GRADUATED("28", "大学普通班毕业", Set.of()),
  JUNIOR_COLLEGE("30", "专科教育", Set.of("大学专科", "大专", "专科")),
  JUNIOR_COLLEGE_GRADUATED("31", "大学专科毕业", Set.of()),
  JUNIOR_COLLEGE_COMPLETED("32", "大学专科结业", Set.of()),
  JUNIOR_COLLEGE_INCOMPLETE("33", "大学专科肄业", Set.of()),
  SECONDARY_VOCATIONAL("40", "中等职业教育", Set.of("中专", "中职")),
  SECONDARY_SPECIALIZED_GRADUATED("41", "中等专科毕业", Set.of()),
  SECONDARY_SPECIALIZED_COMPLETED("42", "中等专科结业", Set.of()),
  SECONDARY_SPECIALIZED_INCOMPLETE("43", "中等专科肄业", Set.of()),
  VOCATIONAL_HIGH_GRADUATED("44", "职业高中毕业", Set.of()),
  VOCATIONAL_HIGH_COMPLETED("45", "职业高中结业", Set.of()),
  VOCATIONAL_HIGH_INCOMPLETE("46", "职业高中肄业", Set.of()),
  TECHNICAL_SCHOOL_GRADUATED("47", "技工学校毕业", Set.of()),
  TECHNICAL_SCHOOL_COMPLETED("48", "技工学校结业", Set.of()),
  TECHNICAL_SCHOOL_INCOMPLETE("49", "技工学校肄业", Set.of()),
  HIGH_SCHOOL("60", "普通高级中学教育", Set.of("高中")),
  HIGH_SCHOOL_GRADUATED("61", "普通高中毕业", Set.of()),
  HIGH_SCHOOL_COMPLETED("62", "普通高中结业", Set.of()),
  HIGH_SCHOOL_INCOMPLETE("63", "普通高中肄业", Set.of()),
  JUNIOR_HIGH("70", "初级中学教育", Set.of("初中")),
  JUNIOR_HIGH_GRADUATED("71", "初中毕业", Set.of()),
  JUNIOR_HIGH_INCOMPLETE("72", "初中肄业", Set.of()),
  PRIMARY("80", "小学教育", Set.of("小学")),
  PRIMARY_GRADUATED("81", "小学毕业", Set.of()),
  PRIMARY_INCOMPLETE("82", "小学肄业", Set.of()),
  OTHER("90", "其他", Set.of());

  private final Spellings spellings;

  Education(String code, String label, Set<String> aliases) {
    this.spellings = Spellings.of(code, label, aliases);
  }

  @Override
  public Spellings spellings() {
    return spellings;
  }

  /**
   * The statistics band of this code. Codes 10–19 give 研究生, 20–28 大学本科 and 30–33 大学专科. Codes 40–43
   * give 中专 (the category code 40 中等职业教育 included). Codes 44–49 (职业高中, 技工学校) and 60–63 (普通高中) give
   * 高中、中技. Codes 70–82 (初中, 小学) and 90 (其他) give 初中及以下. Putting 90 in the lowest band is a project
   * decision: the bulletin has no "other" band, and 90 must not count towards 大专及以上.
   */
  public EducationBand band() {
    int value = Integer.parseInt(code());
    if (value < 20) {
      return EducationBand.POSTGRADUATE;
    } else if (value < 30) {
      return EducationBand.UNDERGRADUATE;
    } else if (value < 40) {
      return EducationBand.JUNIOR_COLLEGE;
    } else if (value < 44) {
      return EducationBand.SECONDARY_SPECIALIZED;
    } else if (value < 70) {
      return EducationBand.HIGH_SCHOOL;
    } else {
      return EducationBand.JUNIOR_HIGH_OR_BELOW;
    }
  }

  /** Whether this code counts towards "大专及以上" (codes 10 to 33), as decided by {@link #band()}. */
  public boolean isCollegeOrAbove() {
    return band().isCollegeOrAbove();
  }
}
