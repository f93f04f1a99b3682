package org.dangjian.core.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.recognition.Honor;

/**
 * Finds the anniversaries of a dataset's members in a period: {@code
 * AnniversaryCalendar.of(dataset).under("org-1").between(from, to)} lists birthdays, political
 * birthdays and party-age milestones day by day, and {@link #fiftyYearsMedal(LocalDate)} lists who
 * is eligible for the 「光荣在党50年」 medal on a cut-off date. Only party members count (full or
 * probationary on the day, not departed), each in the organization that held their relation on that
 * day (after transfers). The calendar is an immutable value: {@link #under}, {@link #kinds} and
 * {@link #milestones} return adjusted copies.
 *
 * <p>Dates follow the Party Constitution: the political birthday is the anniversary of the
 * admission as probationary member (支部大会通过之日); party age counts from the conversion to full
 * membership, the end of the probation (Art. 7). A day commemorating a 29 February falls on 28
 * February in other years.
 */
public final class AnniversaryCalendar {

  /** Party-age milestones marked unless told otherwise: every whole decade up to eighty years. */
  public static final SortedSet<Integer> DEFAULT_MILESTONES =
      java.util.Collections.unmodifiableSortedSet(
          new TreeSet<>(List.of(10, 20, 30, 40, 50, 60, 70, 80)));

  /** The party age, in years, that makes a member eligible for the 「光荣在党50年」 medal. */
  public static final int MEDAL_YEARS = 50;

  /** The title of the medal, as an honor records it. */
  public static final String MEDAL_TITLE = "光荣在党50年";

  private final Dataset dataset;
  private final Optional<String> root;
  private final Set<AnniversaryKind> kinds;
  private final SortedSet<Integer> milestones;

  private AnniversaryCalendar(
      Dataset dataset,
      Optional<String> root,
      Set<AnniversaryKind> kinds,
      SortedSet<Integer> milestones) {
    this.dataset = dataset;
    this.root = root;
    this.kinds = kinds;
    this.milestones = milestones;
  }

  /** A calendar of every member of {@code dataset}, with every kind and the default milestones. */
  public static AnniversaryCalendar of(Dataset dataset) {
    return new AnniversaryCalendar(
        Objects.requireNonNull(dataset, "dataset"),
        Optional.empty(),
        EnumSet.allOf(AnniversaryKind.class),
        DEFAULT_MILESTONES);
  }

  /**
   * The same calendar restricted to the members of an organization and every organization below it
   * (by the parent links of the dataset, whatever their dates).
   */
  public AnniversaryCalendar under(String organizationId) {
    return new AnniversaryCalendar(
        dataset,
        Optional.of(Objects.requireNonNull(organizationId, "organizationId")),
        kinds,
        milestones);
  }

  /** The same calendar listing only the given kinds. */
  public AnniversaryCalendar kinds(Set<AnniversaryKind> only) {
    if (only.isEmpty()) {
      throw new IllegalArgumentException("at least one kind is needed");
    }
    return new AnniversaryCalendar(dataset, root, EnumSet.copyOf(only), milestones);
  }

  /** The same calendar marking the given party ages (whole years, at least 1) as milestones. */
  public AnniversaryCalendar milestones(Set<Integer> years) {
    TreeSet<Integer> sorted = new TreeSet<>(years);
    if (sorted.isEmpty() || sorted.first() < 1) {
      throw new IllegalArgumentException("milestones must be whole years of at least 1: " + years);
    }
    return new AnniversaryCalendar(
        dataset, root, kinds, java.util.Collections.unmodifiableSortedSet(sorted));
  }

  /**
   * The anniversaries from {@code from} to {@code to}, both included, in {@link Anniversary#ORDER}.
   * The medal kind is not a day of the calendar and is not listed here: see {@link
   * #fiftyYearsMedal(LocalDate)}.
   */
  public List<Anniversary> between(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the period ends before it starts: " + from + " > " + to);
    }
    Predicate<String> inScope = Subtree.of(dataset, root);
    List<Anniversary> found = new ArrayList<>();
    for (Member member : dataset.members()) {
      if (kinds.contains(AnniversaryKind.BIRTHDAY)) {
        yearly(
            member,
            AnniversaryKind.BIRTHDAY,
            Optional.of(member.birthDate()),
            from,
            to,
            inScope,
            found);
      }
      if (kinds.contains(AnniversaryKind.POLITICAL_BIRTHDAY)) {
        Optional<LocalDate> admitted = member.development().admissionDate();
        yearly(member, AnniversaryKind.POLITICAL_BIRTHDAY, admitted, from, to, inScope, found);
      }
      if (kinds.contains(AnniversaryKind.PARTY_AGE_MILESTONE)) {
        member
            .development()
            .fullMembershipDate()
            .ifPresent(full -> milestones(member, full, from, to, inScope, found));
      }
    }
    found.sort(Anniversary.ORDER);
    return List.copyOf(found);
  }

  /**
   * The members eligible for the 「光荣在党50年」 medal on {@code cutoff}: full members on that day, not
   * departed, whose party age is at least fifty years, and who do not already hold an honor of that
   * title. Each entry's {@link Anniversary#date()} is the day the fiftieth year was reached, {@link
   * Anniversary#years()} the party age on the cut-off. The medal is awarded before 1 July each
   * year, so the cut-off is usually 1 July of the award year.
   */
  public List<Anniversary> fiftyYearsMedal(LocalDate cutoff) {
    Predicate<String> inScope = Subtree.of(dataset, root);
    List<Anniversary> found = new ArrayList<>();
    for (Member member : dataset.members()) {
      Optional<LocalDate> full = member.development().fullMembershipDate();
      Optional<MemberStage> stage = member.stageOn(cutoff);
      Optional<String> org = member.organizationOn(cutoff);
      if (full.isEmpty()
          || stage.orElse(null) != MemberStage.FULL
          || org.isEmpty()
          || !inScope.test(org.get())) {
        continue;
      }
      int partyAge = Period.between(full.get(), cutoff).getYears();
      if (partyAge >= MEDAL_YEARS && !holdsMedal(member)) {
        found.add(
            new Anniversary(
                AnniversaryKind.FIFTY_YEARS_MEDAL,
                occurrence(full.get(), full.get().getYear() + MEDAL_YEARS),
                full.get(),
                partyAge,
                member.id(),
                member.name(),
                org.get()));
      }
    }
    found.sort(Anniversary.ORDER);
    return List.copyOf(found);
  }

  private static boolean holdsMedal(Member member) {
    return member.honors().stream().map(Honor::title).anyMatch(t -> t.contains(MEDAL_TITLE));
  }

  private static void yearly(
      Member member,
      AnniversaryKind kind,
      Optional<LocalDate> since,
      LocalDate from,
      LocalDate to,
      Predicate<String> inScope,
      List<Anniversary> found) {
    if (since.isEmpty()) {
      return;
    }
    for (int year = Math.max(from.getYear(), since.get().getYear() + 1);
        year <= to.getYear();
        year++) {
      LocalDate day = occurrence(since.get(), year);
      if (!day.isBefore(from) && !day.isAfter(to)) {
        add(member, kind, since.get(), day, year - since.get().getYear(), inScope, found);
      }
    }
  }

  private void milestones(
      Member member,
      LocalDate full,
      LocalDate from,
      LocalDate to,
      Predicate<String> inScope,
      List<Anniversary> found) {
    for (int years : milestones) {
      LocalDate day = occurrence(full, full.getYear() + years);
      if (!day.isBefore(from) && !day.isAfter(to)) {
        add(member, AnniversaryKind.PARTY_AGE_MILESTONE, full, day, years, inScope, found);
      }
    }
  }

  private static void add(
      Member member,
      AnniversaryKind kind,
      LocalDate since,
      LocalDate day,
      int years,
      Predicate<String> inScope,
      List<Anniversary> found) {
    Optional<MemberStage> stage = member.stageOn(day);
    if (stage.isEmpty() || !stage.get().isPartyMember()) {
      return;
    }
    Optional<String> org = member.organizationOn(day);
    if (org.isPresent() && inScope.test(org.get())) {
      found.add(new Anniversary(kind, day, since, years, member.id(), member.name(), org.get()));
    }
  }

  /** The day that commemorates {@code since} in {@code year}; 29 February becomes 28 February. */
  static LocalDate occurrence(LocalDate since, int year) {
    return MonthDay.from(since).atYear(year);
  }
}
