package org.dangjian.core.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.Objects;

/**
 * One anniversary of one member: what it marks ({@link #kind()}), the day it falls on in the period
 * asked for ({@link #date()}), the day it commemorates ({@link #since()}: the birth date, the
 * admission or the conversion to full membership) and the whole years between them. Privacy: the
 * birth date is personal data, so views shared with others should show {@link #monthDay()} and no
 * age (the CLI's default profile); {@code toString()} shows the month and day only.
 *
 * @param kind what the day marks
 * @param date the day in the period asked for; a 29 February falls on 28 February in other years
 * @param since the commemorated day
 * @param years whole years from {@code since} to {@code date} (age, years since admission, party
 *     age); for the medal, the party age on the cut-off date
 * @param memberId the member's id
 * @param memberName the member's name
 * @param organizationId the member's home organization on {@code date}
 */
public record Anniversary(
    AnniversaryKind kind,
    LocalDate date,
    LocalDate since,
    int years,
    String memberId,
    String memberName,
    String organizationId) {

  /** The order of a list of anniversaries: by day, kind, organization, then member id. */
  public static final Comparator<Anniversary> ORDER =
      Comparator.comparing(Anniversary::date)
          .thenComparing(Anniversary::kind)
          .thenComparing(Anniversary::organizationId)
          .thenComparing(Anniversary::memberId);

  /** Checks that no component is null and that {@code years} is not negative. */
  public Anniversary {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(memberId, "memberId");
    Objects.requireNonNull(memberName, "memberName");
    Objects.requireNonNull(organizationId, "organizationId");
    if (years < 0) {
      throw new IllegalArgumentException("years must not be negative: " + years);
    }
  }

  /** The month and day of {@link #date()}: all a privacy-minded listing shows of a birthday. */
  public MonthDay monthDay() {
    return MonthDay.from(date);
  }

  /** Shows the kind, month and day, and member id: never the birth date or the age. */
  @Override
  public String toString() {
    return "Anniversary{" + kind.label() + " " + monthDay() + " " + memberId + "}";
  }
}
