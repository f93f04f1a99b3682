package org.dangjian.io.json.park;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.DatasetView;
import org.dangjian.core.organization.UnitCoverage;
import org.dangjian.core.statistics.CoverageStatistics;
import org.dangjian.core.statistics.FlowStatistics;
import org.dangjian.core.statistics.OrganizationStatistics;
import org.dangjian.core.statistics.PartyStatistics;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.json.JsonTestSupport;
import org.dangjian.io.json.JsonTestSupport.Imported;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The park fixture {@code fixtures/park/park-2024.jsonl}, modelled on a real high-tech park's "two
 * new" organizations: 44 organizations (the park's committee {@code park} and a company committee
 * {@code c2}, 42 branches), 507 members, 90 enterprises and 47 instructors; {@code c2} with its 3
 * branches and 131 members was transferred into the park as a whole on 2024-06-15. The expected
 * figures are counted by hand from how the fixture is composed, not by the code under test:
 *
 * <pre>
 * organizations: park, c2; c2-b1..b3 (45 + 43 + 43 = 131 members); own-1..30 (10 × 11 + 20 × 10
 *   = 310); joint-1..6 (3 units × 2 = 6 each, 36); area-1..3 (5 units × 2 = 10 each, 30)
 *   → 2 committees, 3 + 30 + 6 + 3 = 42 branches; 131 + 310 + 36 + 30 = 507 members
 * units: u-c2 (单建 c2), u-own-1..30 (单建), 18 联建, 15 统建, u-inst-1..20 (指导员), u-none-1..6
 *   → 1 + 30 = 31 单建; 31 + 18 + 15 = 64 by organization; 64 + 20 = 84 by work; 84 + 6 = 90
 * instructors: one each for the 20 instructor units, and for 27 of the 33 联建/统建 units → 47
 * members elsewhere: u-own-1..10 × 3 = 30, u-inst-1..4 × 2 = 8, u-none-1 × 1 = 1 → 39
 * 2024: 5 applications (3 of them activists), 2 development targets, 6 admissions (own-5..7 × 2),
 *   4 conversions (own-8..9 × 2), 131 + 2 transfers in, 3 transfers out, 2 departures; one
 *   transfer own-3 → own-4 stays inside the park
 * </pre>
 */
class ParkFixtureStatisticsTest {

  private static final LocalDate YEAR_END = LocalDate.of(2024, 12, 31);
  private static final LocalDate YEAR_START = LocalDate.of(2024, 1, 1);

  private static Dataset park;
  private static Imported imported;

  @BeforeAll
  static void read() throws IOException {
    try (InputStream in =
        ParkFixtureStatisticsTest.class.getResourceAsStream("/fixtures/park/park-2024.jsonl")) {
      imported =
          JsonTestSupport.read(
              in.readAllBytes(), DataFormat.JSON_LINES, ImportOptions.of(YEAR_END));
    }
    park = imported.dataset();
  }

  @Test
  void everyRecordIsAccepted() {
    // 44 organizations + 519 people (507 members, 7 in the pipeline, 3 gone, 2 departed) + 90 units
    assertThat(imported.io()).isEmpty();
    assertThat(park.organizations()).hasSize(44);
    assertThat(park.members()).hasSize(507 + 7 + 3 + 2);
    assertThat(park.units()).hasSize(90);
  }

  @Test
  void organizationsAndMembersAtYearEnd() {
    DatasetView view = park.asOf(YEAR_END);
    OrganizationStatistics orgs = PartyStatistics.organizations(view);
    assertThat(orgs.committees()).isEqualTo(2);
    assertThat(orgs.branches()).isEqualTo(42);
    assertThat(PartyStatistics.members(view).total()).isEqualTo(507);
    // 6 admitted on 2024-05-20 are still on probation; 131 members in c2's subtree
    assertThat(PartyStatistics.members(view).probationary()).isEqualTo(6);
    assertThat(PartyStatistics.members(view, "c2").total()).isEqualTo(131);
  }

  @Test
  void coverageOfThePark() {
    CoverageStatistics c = PartyStatistics.coverage(park.asOf(YEAR_END), "park");
    assertThat(c.units()).isEqualTo(90);
    assertThat(c.byCoverage())
        .containsEntry(UnitCoverage.OWN, 31)
        .containsEntry(UnitCoverage.JOINT, 18)
        .containsEntry(UnitCoverage.AREA, 15)
        .containsEntry(UnitCoverage.INSTRUCTOR, 20)
        .containsEntry(UnitCoverage.NONE, 6);
    // 组织覆盖率 64 / 90 = 0.7111 → 71.1 %; 工作覆盖率 84 / 90 = 0.9333 → 93.3 %
    assertThat(c.organizationCovered()).isEqualTo(64);
    assertThat(c.organizationCoveragePercent()).contains(new BigDecimal("71.1"));
    assertThat(c.workCovered()).isEqualTo(84);
    assertThat(c.workCoveragePercent()).contains(new BigDecimal("93.3"));
    // 47 instructors / 90 units = 0.5222 → 0.52
    assertThat(c.instructors()).isEqualTo(47);
    assertThat(c.instructorsPerUnit()).contains(new BigDecimal("0.52"));
    // with members: u-c2, 30 own, 18 joint, 15 area, u-inst-1..4, u-none-1 = 1+30+18+15+4+1 = 69
    assertThat(c.unitsWithMembers()).isEqualTo(69);
    assertThat(c.withMembersWithoutOrganization())
        .containsExactly("u-inst-1", "u-inst-2", "u-inst-3", "u-inst-4", "u-none-1");
  }

  @Test
  void theWholeDatasetHasTheParksCoverage() {
    // every unit is overseen by the park, so the whole dataset's figures are the park's
    CoverageStatistics all = PartyStatistics.coverage(park.asOf(YEAR_END));
    assertThat(all).isEqualTo(PartyStatistics.coverage(park.asOf(YEAR_END), "park"));
    assertThat(all.units()).isEqualTo(90);
  }

  @Test
  void transferInRateOfThePark() {
    CoverageStatistics c = PartyStatistics.coverage(park.asOf(YEAR_END), "park");
    // 507 held in the park; 39 elsewhere; 507 / (507 + 39) = 507 / 546 = 0.92857 → 92.9 %
    assertThat(c.membersHeldHere()).isEqualTo(507);
    assertThat(c.membersHeldOutside()).isZero();
    assertThat(c.membersElsewhere()).isEqualTo(39);
    assertThat(c.membersWorking()).isEqualTo(546);
    assertThat(c.transferInRatePercent()).contains(new BigDecimal("92.9"));
  }

  @Test
  void coverageOfTheTransferredCommittee() {
    CoverageStatistics c = PartyStatistics.coverage(park.asOf(YEAR_END), "c2");
    // only u-c2 names c2; its 131 members are all held by c2's branches: 131 / 131 = 100.0 %
    assertThat(c.units()).isEqualTo(1);
    assertThat(c.organizationCoveragePercent()).contains(new BigDecimal("100.0"));
    assertThat(c.transferInRatePercent()).contains(new BigDecimal("100.0"));
  }

  @Test
  void flowsOfTheYear() {
    FlowStatistics f = PartyStatistics.flows(park, "park", YEAR_START, YEAR_END, OptionalInt.of(8));
    assertThat(f.applications()).isEqualTo(5);
    assertThat(f.activists()).isEqualTo(3);
    assertThat(f.targets()).isEqualTo(2);
    assertThat(f.admissions()).isEqualTo(6);
    assertThat(f.conversions()).isEqualTo(4);
    // 131 (c2 as a whole) + 2 individual; own-3 → own-4 is inside the park
    assertThat(f.transfersIn()).isEqualTo(133);
    assertThat(f.transfersOut()).isEqualTo(3);
    assertThat(f.departures()).isEqualTo(2);
    // quota 8: 6 / 8 = 75.0 %, 8 - 6 = 2 left
    assertThat(f.quotaUsedPercent()).contains(new BigDecimal("75.0"));
    assertThat(f.quotaRemaining()).hasValue(2);
    assertThat(f.netTransfers()).isEqualTo(130);
  }

  @Test
  void flowsOfTheCommitteeAndOfAPeriodBeforeTheTransfer() {
    // c2 received 131 members; the internal transfer own-3 → own-4 crosses own-4's border
    FlowStatistics c2 =
        PartyStatistics.flows(park, "c2", YEAR_START, YEAR_END, OptionalInt.empty());
    assertThat(c2.transfersIn()).isEqualTo(131);
    assertThat(c2.admissions()).isZero();
    assertThat(c2.quotaUsedPercent()).isEmpty();
    FlowStatistics own4 =
        PartyStatistics.flows(park, "own-4", YEAR_START, YEAR_END, OptionalInt.empty());
    assertThat(own4.transfersIn()).isEqualTo(1);
    // before 2024-06-15 no transfer reached the park
    FlowStatistics firstHalf =
        PartyStatistics.flows(
            park, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 14), OptionalInt.empty());
    // departures: the death on 2024-02-10; admissions 2024-05-20 (6), conversions 2024-04-20 (4)
    assertThat(firstHalf.transfersIn()).isZero();
    assertThat(firstHalf.departures()).isEqualTo(1);
    assertThat(firstHalf.admissions()).isEqualTo(6);
    assertThat(firstHalf.conversions()).isEqualTo(4);
    // the boundary day counts: 2024-06-15 alone holds the 131
    FlowStatistics day =
        PartyStatistics.flows(
            park, LocalDate.of(2024, 6, 15), LocalDate.of(2024, 6, 15), OptionalInt.empty());
    assertThat(day.transfersIn()).isEqualTo(131);
  }
}
