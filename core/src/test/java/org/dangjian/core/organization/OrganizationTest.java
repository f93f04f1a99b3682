package org.dangjian.core.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.dangjian.core.code.Codes;
import org.junit.jupiter.api.Test;

class OrganizationTest {

  @Test
  void kinds_are_found_by_code_name_label_and_alias() {
    assertThat(Codes.lookup(OrganizationKind.class, "党委"))
        .contains(OrganizationKind.PARTY_COMMITTEE);
    assertThat(Codes.lookup(OrganizationKind.class, "党的基层委员会"))
        .contains(OrganizationKind.PARTY_COMMITTEE);
    assertThat(Codes.lookup(OrganizationKind.class, "general_branch"))
        .contains(OrganizationKind.GENERAL_BRANCH);
    assertThat(Codes.lookup(OrganizationKind.class, "JB")).contains(OrganizationKind.JOINT_BRANCH);
    assertThat(Codes.lookup(OrganizationKind.class, " 团委 "))
        .contains(OrganizationKind.LEAGUE_COMMITTEE);
    assertThat(Codes.lookup(OrganizationKind.class, "党委会")).isEmpty();
  }

  @Test
  void codes_labels_and_aliases_are_unambiguous() {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (OrganizationKind kind : OrganizationKind.values()) {
      assertThat(seen.add(kind.code())).as(kind.code()).isTrue();
      assertThat(seen.add(kind.label())).as(kind.label()).isTrue();
      for (String alias : kind.aliases()) {
        assertThat(seen.add(alias)).as(alias).isTrue();
      }
    }
  }

  @Test
  void only_branches_and_joint_branches_hold_members() {
    assertThat(OrganizationKind.BRANCH.isBranchLevel()).isTrue();
    assertThat(OrganizationKind.JOINT_BRANCH.isBranchLevel()).isTrue();
    assertThat(OrganizationKind.TEMPORARY_BRANCH.isBranchLevel()).isFalse();
    assertThat(OrganizationKind.PARTY_COMMITTEE.isBranchLevel()).isFalse();
    assertThat(OrganizationKind.TRADE_UNION.family()).isEqualTo(OrganizationFamily.MASS);
  }

  @Test
  void committee_due_date_and_serving_period() {
    Committee c =
        Committee.builder()
            .electedOn(LocalDate.of(2021, 4, 10))
            .termYears(3)
            .endedOn(LocalDate.of(2024, 4, 12))
            .build();
    assertThat(c.dueOn()).isEqualTo(LocalDate.of(2024, 4, 10));
    assertThat(c.servingOn(LocalDate.of(2021, 4, 9))).isFalse();
    assertThat(c.servingOn(LocalDate.of(2024, 4, 11))).isTrue();
    assertThat(c.servingOn(LocalDate.of(2024, 4, 12))).isFalse();
    assertThatThrownBy(
            () ->
                Committee.builder()
                    .electedOn(LocalDate.of(2021, 4, 10))
                    .termYears(3)
                    .endedOn(LocalDate.of(2020, 1, 1))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("2020-01-01");
  }

  @Test
  void committee_size_counts_distinct_holders_of_seats_on_a_date() {
    LocalDate start = LocalDate.of(2022, 1, 1);
    Organization branch =
        Organization.builder()
            .id("b")
            .name("第一党支部")
            .kind(OrganizationKind.BRANCH)
            .addPost(
                PostHolding.builder()
                    .post(PostKind.SECRETARY)
                    .memberId("m1")
                    .holderName("张三")
                    .from(start)
                    .build())
            .addPost(
                PostHolding.builder()
                    .post(PostKind.ORGANIZATION_MEMBER)
                    .memberId("m1")
                    .holderName("张三")
                    .from(start)
                    .build())
            .addPost(
                PostHolding.builder()
                    .post(PostKind.PUBLICITY_MEMBER)
                    .memberId("m2")
                    .holderName("李四")
                    .from(start)
                    .build())
            .addPost(
                PostHolding.builder()
                    .post(PostKind.DISCIPLINE_MEMBER)
                    .memberId("m3")
                    .holderName("王五")
                    .from(start)
                    .until(LocalDate.of(2022, 12, 31))
                    .build())
            .addPost(
                PostHolding.builder()
                    .post(PostKind.GROUP_LEADER)
                    .memberId("m4")
                    .holderName("赵六")
                    .from(start)
                    .build())
            .build();
    assertThat(branch.committeeSizeOn(LocalDate.of(2022, 6, 1))).isEqualTo(3);
    assertThat(branch.committeeSizeOn(LocalDate.of(2023, 6, 1))).isEqualTo(2);
  }

  @Test
  void dissolution_before_founding_is_impossible() {
    assertThatThrownBy(
            () ->
                Organization.builder()
                    .id("x")
                    .name("x")
                    .kind(OrganizationKind.BRANCH)
                    .foundedOn(LocalDate.of(2020, 1, 1))
                    .dissolvedOn(LocalDate.of(2019, 1, 1))
                    .build())
        .isInstanceOf(IllegalStateException.class);
  }
}
