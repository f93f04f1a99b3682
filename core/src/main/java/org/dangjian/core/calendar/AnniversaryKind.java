package org.dangjian.core.calendar;

import java.util.Set;
import org.dangjian.core.code.CodedValue;
import org.dangjian.core.code.Spellings;

/**
 * What an {@link Anniversary} marks. Party organizations greet members on their birthday and on
 * their political birthday (政治生日: the day they were admitted as probationary members), mark whole
 * decades of party age (党龄, counted from the conversion to full membership: Party Constitution Art.
 * 7), and award the 「光荣在党50年」 medal to members whose party age reached fifty years.
 */
public enum AnniversaryKind implements CodedValue {
  /** 生日: the member's birthday. */
  BIRTHDAY("1", "生日"),
  /** 政治生日: the anniversary of the admission as probationary member (入党纪念日). */
  POLITICAL_BIRTHDAY("2", "政治生日", "入党纪念日", "入党周年"),
  /** 党龄纪念: the day the party age reaches a milestone (by default a whole decade). */
  PARTY_AGE_MILESTONE("3", "党龄纪念", "党龄整十年"),
  /** 光荣在党50年: eligibility for the commemorative medal on a cut-off date. */
  FIFTY_YEARS_MEDAL("4", "光荣在党50年", "光荣在党50年纪念章");

  private final Spellings spellings;

  AnniversaryKind(String code, String label, String... aliases) {
    this.spellings = Spellings.of(code, label, Set.of(aliases));
  }

  @Override
  public Spellings spellings() {
    return spellings;
  }
}
