package org.dangjian.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.Attendance;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.points.PointCategory;
import org.dangjian.core.points.PointEntry;
import org.dangjian.core.points.PointsEdition;
import org.dangjian.core.points.PointsLedger;
import org.dangjian.core.points.PointsPolicy;
import org.dangjian.core.points.Ranked;
import org.dangjian.core.recognition.Honor;
import org.junit.jupiter.api.Test;

/**
 * A generated group with a year of activities and the sample points scheme gets a points ledger
 * whose balances and rankings this test recomputes in its own way: points per member and month
 * straight from the attendance lists and honors, each month cut to the monthly cap and each year's
 * sum to the yearly cap (both set low enough to bite), and ranks as one plus the number of members
 * with a higher balance.
 */
class PointsLedgerGenerationTest {

  private static final LocalDate AS_OF = LocalDate.of(2024, 1, 31);
  private static final int MONTHLY_CAP = 5;
  private static final int YEARLY_CAP = 30;

  /** The sample scheme with caps tight enough to bite: 5 points a month, 30 a year. */
  private static final PointsEdition EDITION =
      PointsEdition.builder()
          .from(PointsPolicy.sample().editions().get(0))
          .monthlyCap(MONTHLY_CAP)
          .yearlyCap(YEARLY_CAP)
          .build();

  private static final PointsPolicy POLICY =
      PointsPolicy.builder().name("测试办法").addEditions(EDITION).build();
  private static final Dataset DATA =
      DatasetGenerator.generate(
          GeneratorSettings.builder()
              .seed(18)
              .committees(2)
              .branches(5)
              .members(110)
              .probationary(8)
              .asOf(AS_OF)
              .pointsPolicy(POLICY)
              .build());
  private static final PointsLedger LEDGER = PointsLedger.of(DATA, POLICY);

  @Test
  void everyActivityListsAsManyPresentAsItCounts() {
    assertThat(DATA.activities()).isNotEmpty();
    for (Activity a : DATA.activities()) {
      Attendance att = a.attendance().orElseThrow();
      assertThat(new LinkedHashSet<>(att.presentMemberIds())).hasSize(att.present());
    }
  }

  @Test
  void theLedgerHoldsActivityAndHonorEntriesWithinTheYear() {
    List<PointEntry> entries = DATA.pointEntries();
    assertThat(entries).isNotEmpty();
    assertThat(entries)
        .allSatisfy(
            e -> {
              assertThat(e.date()).isBetween(LocalDate.of(2023, 2, 1), AS_OF);
              assertThat(e.points()).isPositive();
            });
    assertThat(entries).extracting(PointEntry::category).contains(PointCategory.STUDY);
    assertThat(entries).extracting(PointEntry::category).contains(PointCategory.HONOR);
    assertThat(LEDGER.ledger(LocalDate.of(2023, 2, 1), AS_OF)).hasSize(entries.size());
  }

  @Test
  void balancesAreTheCappedSumsOfTheMonths() {
    Map<String, Integer> expected = independentBalances();
    int nonZero = 0;
    for (Member m : DATA.members()) {
      int balance = LEDGER.balance(m.id(), AS_OF);
      assertThat(balance).as(m.id()).isEqualTo(expected.getOrDefault(m.id(), 0));
      nonZero += balance > 0 ? 1 : 0;
    }
    assertThat(nonZero).isGreaterThan(DATA.members().size() / 2);
    // the caps bite: someone reached the yearly cap of 2023 and some month was cut
    assertThat(DATA.members())
        .anySatisfy(
            m ->
                assertThat(
                        LEDGER
                            .ledgerOf(m.id(), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))
                            .stream()
                            .mapToInt(PointEntry::points)
                            .sum())
                    .isEqualTo(YEARLY_CAP));
    assertThat(DATA.pointEntries()).anySatisfy(e -> assertThat(e.points()).isLessThan(2));
    // before the first activity of the year nothing has been earned
    assertThat(DATA.members())
        .allSatisfy(m -> assertThat(LEDGER.balance(m.id(), AS_OF.minusYears(1))).isZero());
  }

  @Test
  void rankingsGiveEachMemberOnePlusTheNumberWithMore() {
    Map<String, Integer> balances = independentBalances();
    boolean tie = false;
    for (Organization branch : DATA.organizations()) {
      if (!branch.kind().isBranchLevel()) {
        continue;
      }
      List<Member> members =
          DATA.membersOf(branch.id()).stream()
              .filter(m -> m.stageOn(AS_OF).filter(MemberStage::isPartyMember).isPresent())
              .toList();
      List<Ranked> ranking = LEDGER.rankingOfBranch(branch.id(), AS_OF, Integer.MAX_VALUE);
      assertThat(ranking).hasSize(members.size());
      for (Ranked r : ranking) {
        int mine = balances.getOrDefault(r.memberId(), 0);
        long higher = members.stream().filter(m -> balances.getOrDefault(m.id(), 0) > mine).count();
        assertThat(r.points()).isEqualTo(mine);
        assertThat(r.rank()).as(r.memberId()).isEqualTo(1 + higher);
      }
      tie |= ranking.stream().map(Ranked::rank).distinct().count() < ranking.size();
    }
    assertThat(tie).as("some equal balances share a rank").isTrue();
  }

  @Test
  void theTopThreeOfTheGroupKeepEveryoneRankedThirdOrBetter() {
    Map<String, Integer> balances = independentBalances();
    String root = DATA.roots().get(0).id();
    List<Ranked> top = LEDGER.rankingOfSubtree(root, AS_OF, 3);
    List<Member> everyone =
        DATA.members().stream()
            .filter(m -> m.stageOn(AS_OF).filter(MemberStage::isPartyMember).isPresent())
            .toList();
    long expected =
        everyone.stream()
            .filter(
                m -> {
                  int mine = balances.getOrDefault(m.id(), 0);
                  return everyone.stream()
                          .filter(o -> balances.getOrDefault(o.id(), 0) > mine)
                          .count()
                      < 3;
                })
            .count();
    assertThat(top).hasSize((int) expected);
    assertThat(top.get(0).rank()).isEqualTo(1);
    assertThat(top).allSatisfy(r -> assertThat(r.rank()).isBetween(1, 3));
  }

  /** Per member: the year sums of the months, each month cut to its cap and each year to its. */
  private static Map<String, Integer> independentBalances() {
    Map<String, Map<YearMonth, Integer>> raw = new HashMap<>();
    for (Activity a : DATA.activities()) {
      int points = EDITION.activityPoints().getOrDefault(a.kind(), 0);
      for (String id : new LinkedHashSet<>(a.attendance().orElseThrow().presentMemberIds())) {
        Member m = DATA.member(id).orElseThrow();
        if (points > 0 && m.stageOn(a.date()).filter(MemberStage::isPartyMember).isPresent()) {
          raw.computeIfAbsent(id, k -> new TreeMap<>())
              .merge(YearMonth.from(a.date()), points, Integer::sum);
        }
      }
    }
    for (Member m : DATA.members()) {
      for (Honor h : m.honors()) {
        LocalDate day = LocalDate.of(h.year(), 7, 1);
        if (!day.isBefore(LocalDate.of(2023, 2, 1)) && !day.isAfter(AS_OF)) {
          raw.computeIfAbsent(m.id(), k -> new TreeMap<>())
              .merge(YearMonth.from(day), EDITION.honorPoints().get(h.level()), Integer::sum);
        }
      }
    }
    Map<String, Integer> balances = new HashMap<>();
    raw.forEach(
        (id, months) -> {
          Map<Integer, Integer> years = new TreeMap<>();
          months.forEach(
              (ym, sum) -> years.merge(ym.getYear(), Math.min(sum, MONTHLY_CAP), Integer::sum));
          balances.put(id, years.values().stream().mapToInt(y -> Math.min(y, YEARLY_CAP)).sum());
        });
    return balances;
  }
}
