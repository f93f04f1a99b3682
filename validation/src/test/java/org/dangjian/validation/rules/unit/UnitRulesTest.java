package org.dangjian.validation.rules.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.ImmutableDataset;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.ImmutableUnit;
import org.dangjian.core.organization.InstructorAppointment;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.Unit;
import org.dangjian.core.organization.UnitCoverage;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.report.Issue;
import org.junit.jupiter.api.Test;

/**
 * The rules of units and their coverage (UNIT-*): each test adds one unit to a generated dataset
 * that is valid by construction, on either side of the rule's boundary, so the unit is the only
 * possible source of an issue.
 */
class UnitRulesTest {

  private static final LocalDate AS_OF = LocalDate.of(2024, 1, 31);
  private static final Dataset VALID =
      DatasetGenerator.generate(
          GeneratorSettings.builder().seed(11).branches(4).members(60).asOf(AS_OF).build());

  private static List<String> codes(Unit unit) {
    Dataset data = ImmutableDataset.copyOf(VALID).withUnits(unit);
    return DangjianValidator.defaults().validate(data, AS_OF).issues().stream()
        .map(Issue::code)
        .sorted()
        .toList();
  }

  private static Issue only(Unit unit) {
    Dataset data = ImmutableDataset.copyOf(VALID).withUnits(unit);
    List<Issue> issues = DangjianValidator.defaults().validate(data, AS_OF).issues();
    assertThat(issues).hasSize(1);
    return issues.get(0);
  }

  private static String branchId() {
    return VALID.organizations().stream()
        .filter(o -> o.kind().isBranchLevel())
        .map(Organization::id)
        .findFirst()
        .orElseThrow();
  }

  private static ImmutableUnit joint() {
    return Unit.builder()
        .id("u-1")
        .name("苏州某电子有限公司")
        .employeeCount(40)
        .memberCount(2)
        .fullMemberCount(2)
        .coverage(UnitCoverage.JOINT)
        .organizationId(branchId())
        .build();
  }

  private static InstructorAppointment instructor() {
    return InstructorAppointment.builder()
        .instructorName("王建国")
        .from(LocalDate.of(2023, 3, 1))
        .build();
  }

  @Test
  void theGeneratedDatasetIsValidAndAJointUnitWithTwoFullMembersToo() {
    assertThat(codes(joint())).isEmpty();
  }

  @Test
  void aUnitWithThreeFullMembersInAJointBranchIsWarned() {
    Issue issue = only(joint().withMemberCount(3).withFullMemberCount(3));
    assertThat(issue.code()).isEqualTo("UNIT-OWN");
    assertThat(issue.message(java.util.Locale.CHINESE)).contains("3 名正式党员", "联建");
    // with its own organization, three full members are fine
    assertThat(
            codes(joint().withMemberCount(3).withFullMemberCount(3).withCoverage(UnitCoverage.OWN)))
        .isEmpty();
  }

  @Test
  void coverageThatDisagreesWithTheRecordFails() {
    // organization coverage without an organization
    Issue missing = only(Unit.builder().id("u-2").name("某公司").coverage(UnitCoverage.AREA).build());
    assertThat(missing.code()).isEqualTo("UNIT-COVERAGE");
    assertThat(missing.message(java.util.Locale.CHINESE)).contains("统建", "未填覆盖组织");
    // instructor coverage: one instructor passes, none fails
    Unit instructed =
        Unit.builder().id("u-3").name("某公司").coverage(UnitCoverage.INSTRUCTOR).build();
    assertThat(codes(instructed)).containsExactly("UNIT-COVERAGE");
    assertThat(codes(ImmutableUnit.copyOf(instructed).withInstructors(instructor()))).isEmpty();
    // no coverage but an instructor; no coverage and nothing passes
    Unit none = Unit.builder().id("u-4").name("某公司").coverage(UnitCoverage.NONE).build();
    assertThat(codes(none)).isEmpty();
    assertThat(codes(ImmutableUnit.copyOf(none).withInstructors(instructor())))
        .containsExactly("UNIT-COVERAGE");
    assertThat(codes(ImmutableUnit.copyOf(none).withOrganizationId(branchId())))
        .containsExactly("UNIT-COVERAGE");
  }

  @Test
  void countsThatDisagreeFail() {
    // full members equal to members pass, one more fails
    assertThat(codes(joint().withMemberCount(2).withFullMemberCount(2))).isEmpty();
    Issue full = only(joint().withMemberCount(1).withFullMemberCount(2));
    assertThat(full.code()).isEqualTo("UNIT-COUNTS");
    assertThat(full.message(java.util.Locale.CHINESE)).contains("正式党员 2 人多于党员 1 人");
    // members held elsewhere: at most the members
    assertThat(codes(joint().withMembersElsewhere(2))).isEmpty();
    assertThat(codes(joint().withMembersElsewhere(3))).containsExactly("UNIT-COUNTS");
    // members: at most the employees
    assertThat(codes(joint().withEmployeeCount(2))).isEmpty();
    assertThat(codes(joint().withEmployeeCount(1))).containsExactly("UNIT-COUNTS");
  }

  @Test
  void aUnitNamingAnUnknownOrganizationFails() {
    Issue issue = only(joint().withOrganizationId("no-such-org"));
    assertThat(issue.code()).isEqualTo("UNIT-ORG");
    assertThat(issue.message(java.util.Locale.CHINESE)).contains("no-such-org");
    assertThat(codes(joint().withSupervisorId("no-such-park"))).containsExactly("UNIT-ORG");
    assertThat(codes(joint().withSupervisorId(branchId()))).isEmpty();
  }

  /** The dataset with {@code unit} and its first member working in the unit {@code unitId}. */
  private static List<Issue> withWorker(Unit unit, String unitId) {
    List<Member> members = new java.util.ArrayList<>(VALID.members());
    members.set(0, ImmutableMember.copyOf(members.get(0)).withUnitId(unitId));
    Dataset data = ImmutableDataset.copyOf(VALID).withMembers(members).withUnits(unit);
    return DangjianValidator.defaults().validate(data, AS_OF).issues();
  }

  @Test
  void aMemberWorkingInAUnitOfTheDatasetPasses() {
    assertThat(withWorker(joint(), "u-1")).isEmpty();
  }

  @Test
  void aMemberWorkingInAUnitNotInTheDatasetFails() {
    List<Issue> issues = withWorker(joint(), "u-9");
    assertThat(issues).hasSize(1);
    Issue issue = issues.get(0);
    assertThat(issue.code()).isEqualTo("UNIT-MEMBER");
    assertThat(issue.location().recordId()).contains(VALID.members().get(0).id());
    assertThat(issue.location().fieldPath()).contains("unitId");
    assertThat(issue.message(java.util.Locale.CHINESE)).contains("u-9");
  }
}
