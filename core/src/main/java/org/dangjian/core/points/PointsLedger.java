package org.dangjian.core.points;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityKind;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.recognition.Honor;

/**
 * The points ledger of a dataset read under a {@link PointsPolicy}: a member's balance as of a date
 * (the entries dated by then that have not expired), the ledger of a period, rankings of the
 * members of a branch, of a subtree or of everyone (top N, equal balances ranked alike), totals by
 * category, and {@link #derive}, which writes the entries that attendance lists and honors earn
 * under the policy, within its caps.
 *
 * <pre>{@code
 * PointsLedger ledger = PointsLedger.of(dataset, PointsPolicy.sample());
 * int balance = ledger.balance("m-001", LocalDate.of(2024, 1, 31));
 * List<Ranked> top10 = ledger.rankingOfSubtree("org-001", LocalDate.of(2024, 1, 31), 10);
 * }</pre>
 */
public final class PointsLedger {

  /**
   * The month on whose first day an honor's points are dated: honors are mostly given around 七一.
   */
  public static final int HONOR_MONTH = 7;

  private final Dataset dataset;
  private final PointsPolicy policy;

  private PointsLedger(Dataset dataset, PointsPolicy policy) {
    this.dataset = dataset;
    this.policy = policy;
  }

  /** The ledger of the point entries of {@code dataset}, read under {@code policy}. */
  public static PointsLedger of(Dataset dataset, PointsPolicy policy) {
    return new PointsLedger(dataset, policy);
  }

  /**
   * True when {@code entry} counts towards a balance on {@code asOf}: it is dated on or before that
   * day and, when the edition in force on its date sets a validity, {@code asOf} lies before its
   * date plus that many months.
   */
  public boolean counts(PointEntry entry, LocalDate asOf) {
    if (entry.date().isAfter(asOf)) {
      return false;
    }
    Optional<PointsEdition> edition = policy.editionOn(entry.date());
    if (edition.isEmpty() || edition.get().validityMonths().isEmpty()) {
      return true;
    }
    return asOf.isBefore(entry.date().plusMonths(edition.get().validityMonths().getAsInt()));
  }

  /** The balance of member {@code memberId} on {@code asOf}: the sum of the entries that count. */
  public int balance(String memberId, LocalDate asOf) {
    int sum = 0;
    for (PointEntry e : dataset.pointEntries()) {
      if (e.memberId().equals(memberId) && counts(e, asOf)) {
        sum += e.points();
      }
    }
    return sum;
  }

  /** The entries dated from {@code from} to {@code to} inclusive, by date and then id. */
  public List<PointEntry> ledger(LocalDate from, LocalDate to) {
    return dataset.pointEntries().stream()
        .filter(e -> !e.date().isBefore(from) && !e.date().isAfter(to))
        .sorted(Comparator.comparing(PointEntry::date).thenComparing(PointEntry::id))
        .toList();
  }

  /**
   * The entries of member {@code memberId} dated from {@code from} to {@code to}, in date order.
   */
  public List<PointEntry> ledgerOf(String memberId, LocalDate from, LocalDate to) {
    return ledger(from, to).stream().filter(e -> e.memberId().equals(memberId)).toList();
  }

  /** The entries of the period counted and summed by category, in category order. */
  public List<CategoryTotal> totals(LocalDate from, LocalDate to) {
    Map<PointCategory, long[]> sums = new EnumMap<>(PointCategory.class);
    for (PointEntry e : ledger(from, to)) {
      long[] sum = sums.computeIfAbsent(e.category(), k -> new long[2]);
      sum[0]++;
      sum[1] += e.points();
    }
    List<CategoryTotal> out = new ArrayList<>();
    sums.forEach((c, s) -> out.add(new CategoryTotal(c, (int) s[0], s[1])));
    return out;
  }

  /**
   * The ranking of the party members on {@code asOf} whose home organization then was {@code
   * branchId}; see {@link #ranking(Predicate, LocalDate, int)}.
   */
  public List<Ranked> rankingOfBranch(String branchId, LocalDate asOf, int topN) {
    return ranking(branchId::equals, asOf, topN);
  }

  /**
   * The ranking of the party members on {@code asOf} whose home organization then was {@code
   * rootId} or an organization below it.
   */
  public List<Ranked> rankingOfSubtree(String rootId, LocalDate asOf, int topN) {
    return ranking(subtree(rootId), asOf, topN);
  }

  /**
   * The ranking of the party members on {@code asOf} whose home organization then passes {@code
   * scope}, highest balance first and, among equal balances, by member id. Equal balances share a
   * rank and the next rank counts them all (1, 1, 3). Only lines ranked {@code topN} or better are
   * kept, so a tie at the boundary keeps every member of the tie.
   *
   * @param topN the last rank kept; {@link Integer#MAX_VALUE} for everyone
   */
  public List<Ranked> ranking(Predicate<String> scope, LocalDate asOf, int topN) {
    Map<String, Integer> balances = new HashMap<>();
    for (Member m : dataset.members()) {
      boolean party = m.stageOn(asOf).filter(MemberStage::isPartyMember).isPresent();
      Optional<String> home = m.organizationOn(asOf);
      if (party && home.filter(scope).isPresent()) {
        balances.putIfAbsent(m.id(), 0);
      }
    }
    for (PointEntry e : dataset.pointEntries()) {
      if (balances.containsKey(e.memberId()) && counts(e, asOf)) {
        balances.merge(e.memberId(), e.points(), Integer::sum);
      }
    }
    List<Map.Entry<String, Integer>> sorted = new ArrayList<>(balances.entrySet());
    sorted.sort(
        Map.Entry.<String, Integer>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    List<Ranked> out = new ArrayList<>();
    int rank = 0;
    for (int i = 0; i < sorted.size(); i++) {
      if (i == 0 || !sorted.get(i).getValue().equals(sorted.get(i - 1).getValue())) {
        rank = i + 1;
      }
      if (rank > topN) {
        break;
      }
      out.add(new Ranked(rank, sorted.get(i).getKey(), sorted.get(i).getValue()));
    }
    return out;
  }

  private Predicate<String> subtree(String rootId) {
    Set<String> ids = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(rootId));
    while (!todo.isEmpty()) {
      String id = todo.pop();
      if (ids.add(id)) {
        dataset.children(id).stream().map(Organization::id).forEach(todo::push);
      }
    }
    return ids::contains;
  }

  /**
   * The entries that {@code dataset}'s records earn from {@code from} to {@code to} under {@code
   * policy}: for every activity of the period, each member listed as present who was a party member
   * on its date gains the points of its kind; for every honor whose 1 July of its year lies in the
   * period, the member gains the points of its level, dated that day. Entries are made in date
   * order (then by earning record and member) and cut to what the monthly and yearly caps of the
   * edition in force leave (an entry that would gain nothing is not made); their ids are {@code
   * pt-000001} onwards. The dataset's own point entries are not read.
   */
  public static List<PointEntry> derive(
      Dataset dataset, PointsPolicy policy, LocalDate from, LocalDate to) {
    List<PointEntry> candidates = new ArrayList<>();
    for (Activity a : dataset.activities()) {
      if (a.date().isBefore(from) || a.date().isAfter(to) || a.attendance().isEmpty()) {
        continue;
      }
      int points = policy.editionOn(a.date()).map(e -> e.pointsFor(a.kind())).orElse(0);
      if (points <= 0) {
        continue;
      }
      for (String id : new LinkedHashSet<>(a.attendance().get().presentMemberIds())) {
        if (dataset.member(id).filter(m -> partyMemberOn(m, a.date())).isPresent()) {
          candidates.add(
              PointEntry.builder()
                  .id("pending")
                  .memberId(id)
                  .date(a.date())
                  .points(points)
                  .category(categoryOf(a.kind()))
                  .sourceKind(PointSourceKind.ACTIVITY)
                  .sourceId(a.id())
                  .remark(a.kind().label())
                  .build());
        }
      }
    }
    for (Member m : dataset.members()) {
      for (Honor h : m.honors()) {
        LocalDate date = LocalDate.of(h.year(), HONOR_MONTH, 1);
        int points = policy.editionOn(date).map(e -> e.pointsFor(h.level())).orElse(0);
        if (points > 0 && !date.isBefore(from) && !date.isAfter(to) && partyMemberOn(m, date)) {
          candidates.add(
              PointEntry.builder()
                  .id("pending")
                  .memberId(m.id())
                  .date(date)
                  .points(points)
                  .category(PointCategory.HONOR)
                  .sourceKind(PointSourceKind.HONOR)
                  .sourceId(PointEntry.honorReference(h))
                  .remark(h.title())
                  .build());
        }
      }
    }
    candidates.sort(
        Comparator.comparing(PointEntry::date)
            .thenComparing(e -> e.sourceId().orElse(""))
            .thenComparing(PointEntry::memberId));
    return capped(candidates, policy);
  }

  private static List<PointEntry> capped(List<PointEntry> candidates, PointsPolicy policy) {
    Map<String, Integer> monthSums = new HashMap<>();
    Map<String, Integer> yearSums = new HashMap<>();
    List<PointEntry> out = new ArrayList<>();
    for (PointEntry c : candidates) {
      PointsEdition edition = policy.editionOn(c.date()).orElseThrow();
      String monthKey = c.memberId() + "@" + YearMonth.from(c.date());
      String yearKey = c.memberId() + "@" + c.date().getYear();
      int allowed = c.points();
      int month = monthSums.getOrDefault(monthKey, 0);
      int year = yearSums.getOrDefault(yearKey, 0);
      if (edition.monthlyCap().isPresent()) {
        allowed = Math.min(allowed, edition.monthlyCap().getAsInt() - month);
      }
      if (edition.yearlyCap().isPresent()) {
        allowed = Math.min(allowed, edition.yearlyCap().getAsInt() - year);
      }
      if (allowed <= 0) {
        continue;
      }
      monthSums.put(monthKey, month + allowed);
      yearSums.put(yearKey, year + allowed);
      out.add(
          ImmutablePointEntry.copyOf(c)
              .withId(String.format(Locale.ROOT, "pt-%06d", out.size() + 1))
              .withPoints(allowed));
    }
    return out;
  }

  private static boolean partyMemberOn(Member m, LocalDate date) {
    return m.stageOn(date).filter(MemberStage::isPartyMember).isPresent();
  }

  /** The category an attended activity of {@code kind} earns points in. */
  public static PointCategory categoryOf(ActivityKind kind) {
    return switch (kind) {
      case PARTY_LECTURE, STUDY_SESSION, TRAINING -> PointCategory.STUDY;
      case VISIT, CO_BUILDING -> PointCategory.VOLUNTEER;
      default -> PointCategory.ORGANIZATIONAL_LIFE;
    };
  }
}
