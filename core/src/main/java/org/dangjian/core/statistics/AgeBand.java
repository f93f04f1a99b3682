package org.dangjian.core.statistics;

import org.dangjian.core.code.CodedValue;
import org.dangjian.core.code.Spellings;

/**
 * The age bands of the national party statistics bulletin (党内统计公报): 30 and under, then five-year
 * bands from 31 to 60, and 61 and over.
 */
public enum AgeBand implements CodedValue {
  /** 30岁及以下. */
  UP_TO_30("1", "30岁及以下", 0, 30),
  /** 31至35岁. */
  FROM_31_TO_35("2", "31至35岁", 31, 35),
  /** 36至40岁. */
  FROM_36_TO_40("3", "36至40岁", 36, 40),
  /** 41至45岁. */
  FROM_41_TO_45("4", "41至45岁", 41, 45),
  /** 46至50岁. */
  FROM_46_TO_50("5", "46至50岁", 46, 50),
  /** 51至55岁. */
  FROM_51_TO_55("6", "51至55岁", 51, 55),
  /** 56至60岁. */
  FROM_56_TO_60("7", "56至60岁", 56, 60),
  /** 61岁及以上. */
  FROM_61("8", "61岁及以上", 61, Integer.MAX_VALUE);

  private final Spellings spellings;
  private final int min;
  private final int max;

  AgeBand(String code, String label, int min, int max) {
    this.spellings = Spellings.of(code, label);
    this.min = min;
    this.max = max;
  }

  @Override
  public Spellings spellings() {
    return spellings;
  }

  /** The band of an age in whole years. */
  public static AgeBand of(int age) {
    for (AgeBand band : values()) {
      if (age >= band.min && age <= band.max) {
        return band;
      }
    }
    return UP_TO_30;
  }
}
