package org.dangjian.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.dangjian.core.code.Education;
import org.dangjian.core.code.EducationBand;
import org.dangjian.core.code.Ethnicity;
import org.dangjian.core.code.Gender;
import org.dangjian.core.code.Occupation;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.DatasetView;
import org.dangjian.core.member.Development;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.member.StepRecord;
import org.dangjian.core.organization.HostUnit;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.junit.jupiter.api.Test;

class PartyStatisticsTest {

  private static final LocalDate AS_OF = LocalDate.of(2024, 1, 31);

  private static Member member(
      String id,
      Gender gender,
      Ethnicity ethnicity,
      Education education,
      LocalDate birth,
      LocalDate admitted,
      boolean full) {
    var dev =
        Development.builder().addStep(StepRecord.of(DevelopmentStep.ADMISSION_MEETING, admitted));
    if (full) {
      dev.addStep(StepRecord.of(DevelopmentStep.CONVERSION_APPROVAL, admitted.plusYears(1)));
    }
    return Member.builder()
        .id(id)
        .name("党员" + id)
        .gender(gender)
        .ethnicity(ethnicity)
        .education(education)
        .occupation(Occupation.PROFESSIONAL)
        .birthDate(birth)
        .stage(full ? MemberStage.FULL : MemberStage.PROBATIONARY)
        .organizationId("b1")
        .development(dev.build())
        .build();
  }

  private static Dataset dataset() {
    return Dataset.builder()
        .addOrganization(
            Organization.builder()
                .id("c")
                .name("中共测试集团委员会")
                .kind(OrganizationKind.PARTY_COMMITTEE)
                .hostUnit(HostUnit.builder().name("测试集团").employeeCount(40).build())
                .build())
        .addOrganization(
            Organization.builder()
                .id("g")
                .name("总支")
                .kind(OrganizationKind.GENERAL_BRANCH)
                .parentId("c")
                .build())
        .addOrganization(
            Organization.builder()
                .id("b1")
                .name("第一党支部")
                .kind(OrganizationKind.BRANCH)
                .parentId("g")
                .build())
        .addOrganization(
            Organization.builder()
                .id("b2")
                .name("联合党支部")
                .kind(OrganizationKind.JOINT_BRANCH)
                .parentId("c")
                .build())
        .addOrganization(
            Organization.builder()
                .id("t")
                .name("临时党支部")
                .kind(OrganizationKind.TEMPORARY_BRANCH)
                .parentId("c")
                .build())
        .addOrganization(
            Organization.builder()
                .id("u")
                .name("工会")
                .kind(OrganizationKind.TRADE_UNION)
                .parentId("c")
                .build())
        .addMember(
            member(
                "1",
                Gender.FEMALE,
                Ethnicity.HAN,
                Education.MASTER_GRADUATED,
                LocalDate.of(1994, 2, 1),
                LocalDate.of(2016, 7, 1),
                true)) // 29, since 18th
        .addMember(
            member(
                "2",
                Gender.MALE,
                Ethnicity.ZHUANG,
                Education.HIGH_SCHOOL_GRADUATED,
                LocalDate.of(1963, 1, 31),
                LocalDate.of(1985, 6, 1),
                true)) // 61, 3rd plenum era
        .addMember(
            member(
                "3",
                Gender.FEMALE,
                Ethnicity.HUI,
                Education.JUNIOR_COLLEGE_GRADUATED,
                LocalDate.of(1990, 3, 1),
                LocalDate.of(2023, 6, 1),
                false)) // 33, probationary
        .addMember(
            member(
                "4",
                Gender.MALE,
                Ethnicity.HAN,
                Education.UNDERGRADUATE_GRADUATED,
                LocalDate.of(1950, 1, 1),
                LocalDate.of(1975, 1, 1),
                true)) // 74, before 3rd plenum
        .build();
  }

  @Test
  void member_dimensions_of_the_national_bulletin() {
    DatasetView view = dataset().asOf(AS_OF);
    MemberStatistics m = PartyStatistics.members(view);
    assertThat(m.total()).isEqualTo(4);
    assertThat(m.probationary()).isEqualTo(1);
    assertThat(m.full()).isEqualTo(3);
    assertThat(m.women()).isEqualTo(2);
    assertThat(m.ethnicMinorities()).isEqualTo(2);
    assertThat(m.collegeOrAbove()).isEqualTo(3);
    assertThat(m.byEducationBand())
        .containsEntry(EducationBand.POSTGRADUATE, 1)
        .containsEntry(EducationBand.HIGH_SCHOOL, 1);
    assertThat(m.byAgeBand())
        .containsEntry(AgeBand.UP_TO_30, 1)
        .containsEntry(AgeBand.FROM_31_TO_35, 1)
        .containsEntry(AgeBand.FROM_61, 2);
    assertThat(m.byJoiningEra())
        .containsEntry(JoiningEra.SINCE_18TH_CONGRESS, 2)
        .containsEntry(JoiningEra.BEFORE_18TH_CONGRESS, 1)
        .containsEntry(JoiningEra.BEFORE_THIRD_PLENUM, 1)
        .containsEntry(JoiningEra.BEFORE_1949, 0);
    assertThat(m.byOccupation()).containsEntry(Occupation.PROFESSIONAL, 4);
    assertThat(m.unknownEducation() + m.unknownJoiningEra() + m.unknownOccupation()).isZero();
  }

  @Test
  void organizations_are_counted_as_the_statistics_count_them() {
    OrganizationStatistics o = PartyStatistics.organizations(dataset().asOf(AS_OF));
    assertThat(o.committees()).isEqualTo(1);
    assertThat(o.generalBranches()).isEqualTo(1);
    assertThat(o.branches()).isEqualTo(2); // branch + joint branch; temporary branch not counted
    assertThat(o.grassrootsTotal()).isEqualTo(4);
    assertThat(o.byKind()).containsEntry(OrganizationKind.TRADE_UNION, 1);
  }

  @Test
  void bulletin_figures_use_the_root_employee_count_unless_given() {
    DatasetView view = dataset().asOf(AS_OF);
    BulletinFigures f = PartyStatistics.bulletinFigures(view, OptionalInt.empty());
    assertThat(f.members()).isEqualTo(4);
    assertThat(f.probationary()).isEqualTo(1);
    assertThat(f.organizations()).isEqualTo(4);
    assertThat(f.shareOfEmployeesPercent()).contains(new BigDecimal("10.0"));
    BulletinFigures given = PartyStatistics.bulletinFigures(view, OptionalInt.of(3));
    assertThat(given.shareOfEmployeesPercent()).contains(new BigDecimal("133.3"));
    assertThat(PartyStatistics.bulletinFigures(view, OptionalInt.of(0)).shareOfEmployeesPercent())
        .isEmpty();
  }

  @Test
  void subtree_statistics_cover_only_the_subtree() {
    DatasetView view = dataset().asOf(AS_OF);
    assertThat(PartyStatistics.members(view, "g").total()).isEqualTo(4);
    assertThat(PartyStatistics.members(view, "b2").total()).isZero();
    assertThat(PartyStatistics.organizations(view, "g").grassrootsTotal()).isEqualTo(2);
  }

  @Test
  void bands_and_eras_at_their_boundaries() {
    assertThat(AgeBand.of(30)).isEqualTo(AgeBand.UP_TO_30);
    assertThat(AgeBand.of(31)).isEqualTo(AgeBand.FROM_31_TO_35);
    assertThat(AgeBand.of(60)).isEqualTo(AgeBand.FROM_56_TO_60);
    assertThat(AgeBand.of(61)).isEqualTo(AgeBand.FROM_61);
    assertThat(JoiningEra.of(LocalDate.of(1949, 9, 30))).isEqualTo(JoiningEra.BEFORE_1949);
    assertThat(JoiningEra.of(LocalDate.of(1949, 10, 1))).isEqualTo(JoiningEra.BEFORE_THIRD_PLENUM);
    assertThat(JoiningEra.of(LocalDate.of(2012, 11, 7))).isEqualTo(JoiningEra.BEFORE_18TH_CONGRESS);
    assertThat(JoiningEra.of(LocalDate.of(2012, 11, 8))).isEqualTo(JoiningEra.SINCE_18TH_CONGRESS);
  }
}
