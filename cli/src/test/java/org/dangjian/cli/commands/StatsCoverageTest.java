package org.dangjian.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dangjian.cli.CliRunner;
import org.dangjian.cli.CliRunner.Result;
import org.dangjian.core.code.Gender;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.member.Transfer;
import org.dangjian.core.member.TransferStatus;
import org.dangjian.core.organization.ImmutableUnit;
import org.dangjian.core.organization.InstructorAppointment;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.Unit;
import org.dangjian.core.organization.UnitCoverage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code dangjian stats} on a small park with units: the coverage block, and the flows of a period
 * with {@code --from}, {@code --to} and {@code --quota}. The park has a committee and two branches;
 * four units: u-1 (单建 b-1, 3 members here, 1 elsewhere), u-2 (联建 b-2, 2 members here), u-3
 * (instructor only, 1 member elsewhere), u-4 (none, overseen by no organization: in the whole
 * dataset's coverage, not in the park's). Member m-1 of b-1 was received from outside on
 * 2024-03-01. By hand, whole dataset: 组织覆盖率 2 / 4 = 50.0 %, 工作覆盖率 3 / 4 = 75.0 %, 1 instructor / 4
 * units = 0.25, 组织关系转入率 5 / (5 + 1 + 1) = 5 / 7 = 71.4 %; under the park: 2 / 3 = 66.7 %, the same
 * rate; in 2024 one transfer in.
 */
class StatsCoverageTest {

  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

  @TempDir Path dir;

  private static Dataset park() {
    List<Organization> orgs =
        List.of(
            Organization.builder()
                .id("park")
                .name("某园区两新组织委员会")
                .kind(OrganizationKind.PARTY_COMMITTEE)
                .build(),
            branch("b-1", OrganizationKind.BRANCH),
            branch("b-2", OrganizationKind.JOINT_BRANCH));
    List<Member> members = new ArrayList<>();
    for (int k = 1; k <= 5; k++) {
      var b =
          Member.builder()
              .id("m-" + k)
              .name("党员" + "甲乙丙丁戊".charAt(k - 1))
              .gender(Gender.MALE)
              .birthDate(LocalDate.of(1980, 1, k))
              .stage(MemberStage.FULL)
              .organizationId(k <= 3 ? "b-1" : "b-2")
              .unitId(k <= 3 ? "u-1" : "u-2");
      if (k == 1) {
        b.addTransfers(
            Transfer.builder()
                .fromOrganizationName("外地某公司党支部")
                .toOrganizationId("b-1")
                .issuedOn(LocalDate.of(2024, 2, 20))
                .receivedOn(LocalDate.of(2024, 3, 1))
                .status(TransferStatus.RECEIVED)
                .build());
      }
      members.add(b.build());
    }
    List<Unit> units =
        List.of(
            unit("u-1", UnitCoverage.OWN, 4, 1).withOrganizationId("b-1"),
            unit("u-2", UnitCoverage.JOINT, 2, 0).withOrganizationId("b-2"),
            unit("u-3", UnitCoverage.INSTRUCTOR, 1, 1)
                .withInstructors(
                    InstructorAppointment.builder()
                        .instructorName("王指导")
                        .appointedBy("park")
                        .from(LocalDate.of(2023, 1, 1))
                        .build()),
            unit("u-4", UnitCoverage.NONE, 0, 0).withSupervisorId(Optional.empty()));
    return Dataset.builder()
        .addAllOrganizations(orgs)
        .addAllMembers(members)
        .addAllUnits(units)
        .build();
  }

  private static Organization branch(String id, OrganizationKind kind) {
    return Organization.builder().id(id).name(id + "党支部").kind(kind).parentId("park").build();
  }

  private static ImmutableUnit unit(String id, UnitCoverage coverage, int members, int elsewhere) {
    return Unit.builder()
        .id(id)
        .name("园区企业" + id)
        .employeeCount(50)
        .memberCount(members)
        .membersElsewhere(elsewhere)
        .coverage(coverage)
        .supervisorId("park")
        .build();
  }

  @Test
  void theTextShowsCoverageAndTheFlowsOfThePeriod() throws IOException {
    Path file = Files4Tests.write(park(), dir.resolve("park.jsonl"));
    Result result =
        CliRunner.run(
            "stats",
            file.toString(),
            "--as-of",
            AS_OF.toString(),
            "--from",
            "2024-01-01",
            "--to",
            "2024-12-31",
            "--quota",
            "2");
    assertThat(result.out())
        .contains("组织覆盖率 Organization coverage: 2（50.0%）")
        .contains("工作覆盖率 Work coverage: 3（75.0%）")
        .contains("有党员未建组织的单位 With members, no organization: 1 / 3")
        .contains("党建指导员 Instructors: 1（每单位 per unit 0.25）")
        .contains("组织关系转入率 Transfer-in rate: 5 / 7（71.4%）")
        .contains("【党员队伍变动 Flows】2024-01-01 至 to 2024-12-31")
        .contains("发展党员 Admissions 0（发展名额 quota 2（0.0%））")
        .contains("转入 Transfers in 1，转出 out 0");
  }

  @Test
  void theJsonHoldsCoverageAndFlowsAndABeforePeriodHasNoTransfer() throws IOException {
    Path file = Files4Tests.write(park(), dir.resolve("park.jsonl"));
    Result result =
        CliRunner.run(
            "stats",
            file.toString(),
            "--as-of",
            AS_OF.toString(),
            "--report",
            "json",
            "--under",
            "park",
            "--from",
            "2024-01-01",
            "--to",
            "2024-02-29");
    JsonNode json = JsonMapper.builder().build().readTree(result.out());
    JsonNode c = json.get("coverage");
    assertThat(c.get("units").asInt()).isEqualTo(3);
    assertThat(c.get("byCoverage").get("INSTRUCTOR").asInt()).isEqualTo(1);
    assertThat(c.get("byCoverage").get("NONE").asInt()).isZero();
    assertThat(c.get("organizationCoveragePercent").decimalValue()).isEqualByComparingTo("66.7");
    assertThat(c.get("transferInRatePercent").decimalValue()).isEqualByComparingTo("71.4");
    assertThat(c.get("withMembersWithoutOrganization").get(0).asString()).isEqualTo("u-3");
    // the transfer took effect on 2024-03-01, the day after the period
    assertThat(json.get("flows").get("transfersIn").asInt()).isZero();
    assertThat(json.get("flows").get("to").asString()).isEqualTo("2024-02-29");
  }

  @Test
  void toWithoutFromIsAUsageError() throws IOException {
    Path file = Files4Tests.write(park(), dir.resolve("park.jsonl"));
    Result result = CliRunner.run("stats", file.toString(), "--to", "2024-12-31");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--from");
  }
}
