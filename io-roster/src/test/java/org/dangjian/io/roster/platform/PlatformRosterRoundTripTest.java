package org.dangjian.io.roster.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.ImmutableDataset;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.InstructorAppointment;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.Unit;
import org.dangjian.core.organization.UnitCoverage;
import org.dangjian.core.organization.UnitType;
import org.dangjian.core.points.PointCategory;
import org.dangjian.core.points.PointEntry;
import org.dangjian.core.points.PointSourceKind;
import org.dangjian.core.points.PointsPolicy;
import org.dangjian.core.vanguard.Team;
import org.dangjian.core.vanguard.TeamKind;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.Privacy;
import org.dangjian.io.RecordHandler;
import org.dangjian.io.Roster;
import org.dangjian.io.RosterLayout;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.report.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The sheets of units (单位名册), the points ledger (积分台账) and vanguard posts and teams (先锋岗队名册):
 * written as CSV (one roster a file) and XLSX (standard and office layout) and read back, they give
 * the records written, field for field, with no input issue; a member whose 工作单位 is the name of a
 * unit of the same workbook reads with that unit's id.
 */
class PlatformRosterRoundTripTest {

  private static final LocalDate AS_OF = GeneratorSettings.DEFAULT_AS_OF;
  private static Dataset dataset;

  @BeforeAll
  static void generate() {
    Dataset group =
        DatasetGenerator.generate(
            GeneratorSettings.proportional(5, 200).pointsPolicy(PointsPolicy.sample()).build());
    List<Organization> branches =
        group.organizations().stream().filter(o -> o.kind().isBranchLevel()).toList();
    Organization top = group.roots().get(0);
    List<Unit> units = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      UnitCoverage coverage = UnitCoverage.values()[i % UnitCoverage.values().length];
      var unit =
          Unit.builder()
              .id("unit-" + i)
              .name("苏州第" + (i + 1) + "电子有限公司")
              .type(i == 5 ? UnitType.values()[1] : UnitType.ENTERPRISE)
              .employeeCount(40 + i)
              .memberCount(i)
              .fullMemberCount(Math.max(0, i - 1))
              .membersElsewhere(i / 2)
              .coverage(coverage)
              .supervisorId(top.id());
      if (coverage.byOrganization()) {
        unit.organizationId(branches.get(i % branches.size()).id());
      }
      if (coverage == UnitCoverage.INSTRUCTOR || i == 0) {
        unit.addInstructors(
            InstructorAppointment.builder()
                .instructorName("王建国")
                .from(LocalDate.of(2023, 3, 1))
                .build(),
            InstructorAppointment.builder()
                .instructorName("李红")
                .from(LocalDate.of(2023, 9, 15))
                .build());
      }
      units.add(unit.build());
    }
    List<Member> members = new ArrayList<>(group.members());
    for (int i = 0; i < 3; i++) {
      members.set(
          i,
          ImmutableMember.copyOf(members.get(i))
              .withEmployer(units.get(i).name())
              .withUnitId(units.get(i).id()));
    }
    Member holder = members.get(10);
    List<Team> teams =
        List.of(
            Team.builder()
                .id("team-1")
                .name("质检先锋岗")
                .kind(TeamKind.PIONEER_POST)
                .organizationId(holder.organizationId())
                .holderId(holder.id())
                .post("总装车间质检")
                .establishedOn(LocalDate.of(2023, 5, 4))
                .build(),
            Team.builder()
                .id("team-2")
                .name("防汛党员突击队")
                .kind(TeamKind.SHOCK_TEAM)
                .organizationId(top.id())
                .establishedOn(LocalDate.of(2023, 6, 1))
                .endedOn(LocalDate.of(2023, 9, 30))
                .statedSize(103)
                .statedPartyMembers(46)
                .statedActivists(16)
                .build());
    List<PointEntry> entries = new ArrayList<>(group.pointEntries());
    entries.add(
        PointEntry.builder()
            .id("pt-deduct")
            .memberId(holder.id())
            .date(LocalDate.of(2023, 11, 3))
            .points(-5)
            .category(PointCategory.DEDUCTION)
            .localCategory("安全生产")
            .sourceKind(PointSourceKind.OTHER)
            .sourceId("安全检查通报2023-11")
            .approverId(members.get(11).id())
            .remark("未按规定佩戴安全帽")
            .build());
    dataset =
        ImmutableDataset.copyOf(group)
            .withMembers(members)
            .withUnits(units)
            .withTeams(teams)
            .withPointEntries(entries);
    assertThat(group.pointEntries()).hasSizeGreaterThan(100);
  }

  private static byte[] write(DataFormat format, Roster roster, RosterLayout layout)
      throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DangjianExporter.of(
            ExportOptions.builder().privacy(Privacy.FULL).roster(roster).layout(layout).build())
        .write(dataset, out, format);
    return out.toByteArray();
  }

  private record Read(Dataset dataset, ValidationReport report) {}

  private static Read read(byte[] bytes, DataFormat format) throws Exception {
    ImmutableDataset.Builder into = Dataset.builder();
    ValidationReport report =
        DangjianImporter.of(ImportOptions.of(AS_OF))
            .read(
                new ByteArrayInputStream(bytes),
                "t." + format.name(),
                format,
                RecordHandler.into(into));
    return new Read(into.build(), report);
  }

  private static void assertNoInputIssue(ValidationReport report) {
    assertThat(report.issues().stream().map(Issue::code).filter(c -> c.startsWith("IO-")))
        .as(report.issues().toString())
        .isEmpty();
  }

  @ParameterizedTest
  @EnumSource(RosterLayout.class)
  void csvUnitsRoundTrip(RosterLayout layout) throws Exception {
    Read back = read(write(DataFormat.CSV, Roster.UNITS, layout), DataFormat.CSV);
    assertThat(back.dataset().units()).containsExactlyElementsOf(dataset.units());
    assertThat(back.dataset().members()).isEmpty();
    if (layout == RosterLayout.STANDARD) {
      assertNoInputIssue(back.report());
    }
  }

  @ParameterizedTest
  @EnumSource(RosterLayout.class)
  void csvPointsLedgerRoundTrips(RosterLayout layout) throws Exception {
    Read back = read(write(DataFormat.CSV, Roster.POINT_ENTRIES, layout), DataFormat.CSV);
    assertThat(back.dataset().pointEntries()).containsExactlyElementsOf(dataset.pointEntries());
    if (layout == RosterLayout.STANDARD) {
      assertNoInputIssue(back.report());
    }
  }

  @ParameterizedTest
  @EnumSource(RosterLayout.class)
  void csvTeamsRoundTrip(RosterLayout layout) throws Exception {
    Read back = read(write(DataFormat.CSV, Roster.TEAMS, layout), DataFormat.CSV);
    assertThat(back.dataset().teams()).containsExactlyElementsOf(dataset.teams());
    if (layout == RosterLayout.STANDARD) {
      assertNoInputIssue(back.report());
    }
  }

  @ParameterizedTest
  @EnumSource(RosterLayout.class)
  void xlsxWorkbookHoldsEverySheetAndReadsBack(RosterLayout layout) throws Exception {
    Read back = read(write(DataFormat.XLSX, Roster.MEMBERS, layout), DataFormat.XLSX);
    assertThat(back.dataset().units()).containsExactlyElementsOf(dataset.units());
    assertThat(back.dataset().pointEntries()).containsExactlyElementsOf(dataset.pointEntries());
    assertThat(back.dataset().teams()).containsExactlyElementsOf(dataset.teams());
    assertThat(back.dataset().members()).hasSameSizeAs(dataset.members());
    // the units sheet is read before the members: 工作单位 naming a unit gives its id
    for (int i = 0; i < 3; i++) {
      Member m = dataset.members().get(i);
      assertThat(back.dataset().member(m.id()).orElseThrow().unitId())
          .as(m.id())
          .isEqualTo(m.unitId());
    }
    assertThat(back.dataset().members().stream().filter(m -> m.unitId().isPresent())).hasSize(3);
    if (layout == RosterLayout.STANDARD) {
      assertNoInputIssue(back.report());
    }
  }

  @Test
  void nothingIsCountedAsWithoutAPlaceInAWorkbookAnyMore() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long skipped =
        DangjianExporter.of(ExportOptions.of(Privacy.FULL)).write(dataset, out, DataFormat.XLSX);
    assertThat(skipped)
        .isEqualTo(
            dataset.activities().size() + dataset.pairings().size() + dataset.bulletins().size());
  }
}
