package org.dangjian.io.roster.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.ImmutableDataset;
import org.dangjian.core.organization.InstructorAppointment;
import org.dangjian.core.organization.Unit;
import org.dangjian.core.organization.UnitCoverage;
import org.dangjian.core.organization.UnitType;
import org.dangjian.core.points.PointCategory;
import org.dangjian.core.points.PointEntry;
import org.dangjian.core.vanguard.Team;
import org.dangjian.core.vanguard.TeamKind;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.RecordHandler;
import org.dangjian.io.roster.Imports;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.report.ValidationReport;
import org.dangjian.validation.rule.Severity;
import org.junit.jupiter.api.Test;

/**
 * Hand-written sheets as offices keep them (title row, a 填报单位 row, 序号, Chinese dates, 无 for empty,
 * a 合计 row and a 填表人 footer), one per kind, under {@code real/}: {@code p01-units-park.csv} (UTF-8
 * with BOM), {@code p02-points-ledger.csv} (GB18030, as Excel in China saves it) and {@code
 * p03-teams.csv}. Each reads with its records as written and exactly its planted problems at their
 * cells; a column the records have no place for is a warning, never dropped unsaid.
 */
class PlatformRealRosterTest {

  private record Read(Dataset dataset, ValidationReport report) {

    /** The IO issues of {@code severity}, each as CODE@line:column. */
    List<String> io(Severity severity) {
      return report.issues().stream()
          .filter(i -> i.severity() == severity && i.code().startsWith("IO-"))
          .map(Imports::describe)
          .toList();
    }

    List<String> infoCodes() {
      return report.issues().stream()
          .filter(i -> i.severity() == Severity.INFO && i.code().startsWith("IO-"))
          .map(Issue::code)
          .distinct()
          .toList();
    }
  }

  private static Read read(String file) throws Exception {
    ImmutableDataset.Builder into = Dataset.builder();
    try (InputStream in = PlatformRealRosterTest.class.getResourceAsStream("/real/" + file)) {
      ValidationReport report =
          DangjianImporter.of(ImportOptions.of(Imports.AS_OF))
              .read(in, file, DataFormat.CSV, RecordHandler.into(into));
      return new Read(into.build(), report);
    }
  }

  @Test
  void aParksCoverageSheetReadsItsUnits() throws Exception {
    Read read = read("p01-units-park.csv");
    List<Unit> units = read.dataset().units();
    assertThat(units)
        .extracting(Unit::name)
        .containsExactly("苏州恒达精密机械有限公司", "苏州青禾电子商务有限公司", "苏州云帆软件有限公司", "苏州绿源环保科技有限公司");
    assertThat(read.io(Severity.ERROR)).containsExactly("IO-VALUE@8:4", "IO-REJECTED@8");
    assertThat(read.io(Severity.WARNING)).containsExactly("IO-COLUMN-NOT-KEPT@3:12");
    assertThat(read.infoCodes()).containsExactly("IO-LAYOUT");
    Unit first = units.get(0);
    assertThat(first.id()).matches("unit-[0-9a-f]{16}");
    assertThat(first.type()).isEqualTo(UnitType.ENTERPRISE);
    assertThat(first.employeeCount()).isEqualTo(OptionalInt.of(120));
    assertThat(first.memberCount()).isEqualTo(OptionalInt.of(5));
    assertThat(first.fullMemberCount()).isEqualTo(OptionalInt.of(4));
    assertThat(first.membersElsewhere()).isEqualTo(OptionalInt.of(1));
    assertThat(first.coverage()).isEqualTo(UnitCoverage.OWN);
    assertThat(first.organizationId()).contains("org-101");
    assertThat(first.supervisorId()).contains("org-001");
    Unit instructed = units.get(2);
    assertThat(instructed.coverage()).isEqualTo(UnitCoverage.INSTRUCTOR);
    assertThat(instructed.membersElsewhere()).isEmpty();
    assertThat(instructed.instructors())
        .containsExactly(
            InstructorAppointment.builder()
                .instructorName("王建国")
                .from(LocalDate.of(2023, 3, 1))
                .build());
    Unit none = units.get(3);
    assertThat(none.coverage()).isEqualTo(UnitCoverage.NONE);
    assertThat(none.memberCount()).isEmpty();
    // the same file read again gives the same ids
    assertThat(read("p01-units-park.csv").dataset().units()).isEqualTo(units);
  }

  @Test
  void aGb18030PointsLedgerReadsSignedEntries() throws Exception {
    Read read = read("p02-points-ledger.csv");
    List<PointEntry> entries = read.dataset().pointEntries();
    assertThat(entries).hasSize(5);
    assertThat(read.io(Severity.ERROR)).containsExactly("IO-VALUE@7:4", "IO-REJECTED@7");
    assertThat(read.io(Severity.WARNING)).containsExactly("IO-COLUMN-NOT-KEPT@2:2");
    assertThat(read.infoCodes()).containsExactly("IO-LAYOUT");
    assertThat(entries).extracting(PointEntry::points).containsExactly(2, 2, 5, -3, 4);
    PointEntry first = entries.get(0);
    assertThat(first.memberId()).isEqualTo("m-001");
    assertThat(first.date()).isEqualTo(LocalDate.of(2024, 1, 5));
    assertThat(first.category()).isEqualTo(PointCategory.ORGANIZATIONAL_LIFE);
    assertThat(first.sourceId()).contains("act-2024-001");
    assertThat(first.approverId()).contains("m-009");
    assertThat(first.remark()).contains("1月主题党日");
    PointEntry deduction = entries.get(3);
    assertThat(deduction.category()).isEqualTo(PointCategory.DEDUCTION);
    assertThat(deduction.date()).isEqualTo(LocalDate.of(2024, 2, 20));
    assertThat(deduction.sourceId()).isEmpty();
    assertThat(deduction.remark()).contains("未按时参加组织生活");
    assertThat(entries.get(4).category()).isEqualTo(PointCategory.VANGUARD_POST);
    assertThat(entries)
        .extracting(PointEntry::id)
        .doesNotHaveDuplicates()
        .allMatch(id -> id.startsWith("pt-"));
  }

  @Test
  void aRegisterOfPostsAndTeamsReadsItsCounts() throws Exception {
    Read read = read("p03-teams.csv");
    List<Team> teams = read.dataset().teams();
    assertThat(teams).extracting(Team::name).containsExactly("总装车间质检先锋岗", "防汛抢险党员突击队", "青年志愿服务队");
    assertThat(read.io(Severity.ERROR)).containsExactly("IO-VALUE@6:3", "IO-REJECTED@6");
    assertThat(read.io(Severity.WARNING)).isEmpty();
    assertThat(read.infoCodes()).containsExactly("IO-LAYOUT");
    Team post = teams.get(0);
    assertThat(post.kind()).isEqualTo(TeamKind.PIONEER_POST);
    assertThat(post.organizationId()).isEqualTo("org-101");
    assertThat(post.holderId()).contains("m-010");
    assertThat(post.post()).contains("总装车间质检");
    assertThat(post.establishedOn()).isEqualTo(LocalDate.of(2023, 5, 4));
    Team shock = teams.get(1);
    assertThat(shock.kind()).isEqualTo(TeamKind.SHOCK_TEAM);
    assertThat(shock.endedOn()).contains(LocalDate.of(2023, 9, 30));
    assertThat(shock.statedSize()).isEqualTo(OptionalInt.of(103));
    assertThat(shock.statedPartyMembers()).isEqualTo(OptionalInt.of(46));
    assertThat(shock.statedActivists()).isEqualTo(OptionalInt.of(16));
    assertThat(teams.get(2).kind()).isEqualTo(TeamKind.VOLUNTEER_TEAM);
    assertThat(teams.get(2).establishedOn()).isEqualTo(LocalDate.of(2023, 3, 5));
  }
}
