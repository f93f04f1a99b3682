package org.dangjian.core.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityKind;
import org.dangjian.core.activity.Attendance;
import org.dangjian.core.code.Gender;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.ImmutableDataset;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.junit.jupiter.api.Test;

/**
 * The ledger functions on a hand-made branch of four members: expiry at its boundary, editions by
 * date, competition ranking with ties (1, 1, 3) and a top N that keeps a tie, and derivation cut to
 * the caps with deductions left alone.
 */
class PointsLedgerTest {

  private static final LocalDate D = LocalDate.of(2024, 3, 10);

  private static Member member(String id, String org, MemberStage stage) {
    return Member.builder()
        .id(id)
        .name("党员" + id)
        .gender(Gender.FEMALE)
        .birthDate(LocalDate.of(1990, 1, 1))
        .stage(stage)
        .organizationId(org)
        .build();
  }

  private static PointEntry entry(String id, String member, LocalDate date, int points) {
    return PointEntry.builder()
        .id(id)
        .memberId(member)
        .date(date)
        .points(points)
        .category(points < 0 ? PointCategory.DEDUCTION : PointCategory.STUDY)
        .build();
  }

  private static Dataset branch(PointEntry... entries) {
    Organization root =
        Organization.builder().id("c").name("某公司党委").kind(OrganizationKind.PARTY_COMMITTEE).build();
    Organization b1 =
        Organization.builder()
            .id("b1")
            .name("一支部")
            .kind(OrganizationKind.BRANCH)
            .parentId("c")
            .build();
    Organization b2 =
        Organization.builder()
            .id("b2")
            .name("二支部")
            .kind(OrganizationKind.BRANCH)
            .parentId("c")
            .build();
    return Dataset.builder()
        .addOrganizations(root, b1, b2)
        .addMembers(
            member("m1", "b1", MemberStage.FULL),
            member("m2", "b1", MemberStage.FULL),
            member("m3", "b1", MemberStage.PROBATIONARY),
            member("m4", "b2", MemberStage.FULL),
            member("a1", "b1", MemberStage.ACTIVIST))
        .addPointEntries(entries)
        .build();
  }

  private static PointsPolicy expiringAfter(int months) {
    PointsEdition old =
        PointsEdition.builder().name("旧版").effectiveFrom(LocalDate.of(2020, 1, 1)).build();
    PointsEdition current =
        PointsEdition.builder()
            .name("新版")
            .effectiveFrom(LocalDate.of(2024, 1, 1))
            .validityMonths(months)
            .putActivityPoints(ActivityKind.THEMED_PARTY_DAY, 4)
            .monthlyCap(6)
            .build();
    return PointsPolicy.builder().name("测试").addEditions(current, old).build();
  }

  @Test
  void anEntryCountsUntilTheDayItsValidityEnds() {
    PointsLedger ledger = PointsLedger.of(branch(entry("p1", "m1", D, 5)), expiringAfter(12));
    assertThat(ledger.balance("m1", D.minusDays(1))).isZero();
    assertThat(ledger.balance("m1", D)).isEqualTo(5);
    assertThat(ledger.balance("m1", D.plusMonths(12).minusDays(1))).isEqualTo(5);
    assertThat(ledger.balance("m1", D.plusMonths(12))).isZero();
    // an entry of the old edition, which sets no validity, never expires
    PointsLedger old =
        PointsLedger.of(branch(entry("p1", "m1", LocalDate.of(2023, 5, 1), 5)), expiringAfter(12));
    assertThat(old.balance("m1", LocalDate.of(2030, 1, 1))).isEqualTo(5);
  }

  @Test
  void equalBalancesShareARankAndTheNextRankSkips() {
    Dataset d =
        branch(
            entry("p1", "m1", D, 8),
            entry("p2", "m2", D, 8),
            entry("p3", "m3", D, 10),
            entry("p4", "m3", D, -4),
            entry("p5", "m4", D, 20));
    PointsLedger ledger = PointsLedger.of(d, PointsPolicy.none());
    assertThat(ledger.rankingOfBranch("b1", D, Integer.MAX_VALUE))
        .containsExactly(new Ranked(1, "m1", 8), new Ranked(1, "m2", 8), new Ranked(3, "m3", 6));
    assertThat(ledger.rankingOfBranch("b1", D, 1))
        .extracting(Ranked::memberId)
        .containsExactly("m1", "m2");
    assertThat(ledger.rankingOfSubtree("c", D, 2))
        .containsExactly(new Ranked(1, "m4", 20), new Ranked(2, "m1", 8), new Ranked(2, "m2", 8));
    assertThat(ledger.totals(D, D))
        .containsExactly(
            new CategoryTotal(PointCategory.STUDY, 4, 46),
            new CategoryTotal(PointCategory.DEDUCTION, 1, -4));
  }

  @Test
  void derivationListsOnlyPartyMembersAndStopsAtTheMonthlyCap() {
    Dataset base = branch();
    Activity first = themedDay("act-1", D, "m1", "m2", "a1", "nobody");
    Activity second = themedDay("act-2", D.plusDays(7), "m1");
    Activity before = themedDay("act-0", LocalDate.of(2023, 12, 5), "m1");
    Dataset d = ImmutableDataset.copyOf(base).withActivities(before, first, second);
    List<PointEntry> derived =
        PointsLedger.derive(d, expiringAfter(24), LocalDate.of(2023, 12, 1), D.plusMonths(1));
    assertThat(derived)
        .extracting(
            e -> e.id() + " " + e.memberId() + " " + e.points() + " " + e.sourceId().orElseThrow())
        .containsExactly("pt-000001 m1 4 act-1", "pt-000002 m2 4 act-1", "pt-000003 m1 2 act-2");
    assertThat(derived)
        .allSatisfy(e -> assertThat(e.category()).isEqualTo(PointCategory.ORGANIZATIONAL_LIFE));
  }

  private static Activity themedDay(String id, LocalDate date, String... present) {
    return Activity.builder()
        .id(id)
        .organizationId("b1")
        .kind(ActivityKind.THEMED_PARTY_DAY)
        .date(date)
        .attendance(
            Attendance.builder()
                .due(present.length)
                .present(present.length)
                .addPresentMemberIds(present)
                .build())
        .build();
  }
}
