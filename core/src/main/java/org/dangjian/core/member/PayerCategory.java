package org.dangjian.core.member;

import java.util.Set;
import org.dangjian.core.code.CodedValue;
import org.dangjian.core.code.Spellings;

/**
 * How a member's dues are assessed (党费规定, 2008): as a percentage of a monthly income base
 * (salaried, annual-salary, self-employed, retired) or as a fixed monthly amount (farmers, and
 * students, the unemployed and members living on relief, who pay 0.20 yuan).
 */
public enum PayerCategory implements CodedValue {
  /** 在职 (工资收入): bracket rates on the after-tax fixed salary. */
  SALARIED("1", "在职", true, "工资收入", "在职职工"),
  /** 年薪制: bracket rates on the pay received that month. */
  ANNUAL_SALARY("2", "年薪制", true),
  /** 个体 / 无固定月收入: bracket rates on last quarter's average monthly net income. */
  SELF_EMPLOYED("3", "无固定工资收入", true, "个体", "自由职业"),
  /** 离退休: retiree rates on the pension. */
  RETIRED("4", "离退休", true, "退休", "离休"),
  /** 农民: a provincial fixed amount of 0.20 to 1.00 yuan. */
  FARMER("5", "农民", false),
  /** 学生: 0.20 yuan. */
  STUDENT("6", "学生", false, "在校学生"),
  /** 下岗失业: 0.20 yuan. */
  UNEMPLOYED("7", "下岗失业", false, "失业", "下岗"),
  /** 依靠抚恤、救济或低保生活: 0.20 yuan. */
  RELIEF("8", "低保救济", false, "低保", "抚恤", "救济");

  private final Spellings spellings;
  private final boolean incomeBased;

  PayerCategory(String code, String label, boolean incomeBased, String... aliases) {
    this.spellings = Spellings.of(code, label, Set.of(aliases));
    this.incomeBased = incomeBased;
  }

  @Override
  public Spellings spellings() {
    return spellings;
  }

  /** True when the dues are a percentage of a monthly income base. */
  public boolean isIncomeBased() {
    return incomeBased;
  }
}
