package org.dangjian.core.statistics;

import java.time.LocalDate;
import org.dangjian.core.code.CodedValue;
import org.dangjian.core.code.Spellings;

/**
 * The era in which a member joined the Party (入党时间, the admission meeting), as the national
 * statistics bulletin splits it: before the founding of the People's Republic (1949-10-01), up to
 * the Third Plenum of the 11th Central Committee (1978-12-18), up to the 18th Congress
 * (2012-11-08), and since.
 */
public enum JoiningEra implements CodedValue {
  /** 新中国成立前入党. */
  BEFORE_1949("1", "新中国成立前", LocalDate.of(1949, 10, 1)),
  /** 新中国成立后至党的十一届三中全会前入党. */
  BEFORE_THIRD_PLENUM("2", "新中国成立后至党的十一届三中全会前", LocalDate.of(1978, 12, 18)),
  /** 党的十一届三中全会后至党的十八大前入党. */
  BEFORE_18TH_CONGRESS("3", "党的十一届三中全会后至党的十八大前", LocalDate.of(2012, 11, 8)),
  /** 党的十八大以来入党. */
  SINCE_18TH_CONGRESS("4", "党的十八大以来", LocalDate.MAX);

  private final Spellings spellings;
  private final LocalDate endExclusive;

  JoiningEra(String code, String label, LocalDate endExclusive) {
    this.spellings = Spellings.of(code, label);
    this.endExclusive = endExclusive;
  }

  @Override
  public Spellings spellings() {
    return spellings;
  }

  /** The era of an admission date. */
  public static JoiningEra of(LocalDate admitted) {
    for (JoiningEra era : values()) {
      if (admitted.isBefore(era.endExclusive)) {
        return era;
      }
    }
    return SINCE_18TH_CONGRESS;
  }
}
