package org.dangjian.core.member;

import org.dangjian.core.code.CodedValue;
import org.dangjian.core.code.Spellings;

/**
 * The five phases of the development procedure of the 2014 《中国共产党发展党员工作细则》, each grouping several
 * {@link DevelopmentStep}s.
 */
public enum DevelopmentPhase implements CodedValue {
  /** 一、申请入党. */
  APPLICATION("1", "申请入党"),
  /** 二、入党积极分子的确定和培养教育. */
  ACTIVIST("2", "入党积极分子的确定和培养教育"),
  /** 三、发展对象的确定和考察. */
  TARGET("3", "发展对象的确定和考察"),
  /** 四、预备党员的接收. */
  ADMISSION("4", "预备党员的接收"),
  /** 五、预备党员的教育、考察和转正. */
  PROBATION("5", "预备党员的教育、考察和转正");

  private final Spellings spellings;

  DevelopmentPhase(String code, String label) {
    this.spellings = Spellings.of(code, label);
  }

  @Override
  public Spellings spellings() {
    return spellings;
  }
}
