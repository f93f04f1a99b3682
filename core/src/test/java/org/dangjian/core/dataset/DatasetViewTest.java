package org.dangjian.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dangjian.core.code.Gender;
import org.dangjian.core.member.Departure;
import org.dangjian.core.member.DepartureKind;
import org.dangjian.core.member.Development;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.member.StepRecord;
import org.dangjian.core.member.Transfer;
import org.dangjian.core.member.TransferStatus;
import org.dangjian.core.organization.ImmutableOrganization;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.junit.jupiter.api.Test;

class DatasetViewTest {

  private static Organization org(String id, OrganizationKind kind, String parent) {
    var b = Organization.builder().id(id).name(id).kind(kind).foundedOn(LocalDate.of(2000, 1, 1));
    if (parent != null) {
      b.parentId(parent);
    }
    return b.build();
  }

  private static Member member(String id, String org, LocalDate admitted, boolean converted) {
    var dev =
        Development.builder()
            .addStep(StepRecord.of(DevelopmentStep.APPLICATION, admitted.minusYears(2)))
            .addStep(StepRecord.of(DevelopmentStep.ADMISSION_MEETING, admitted));
    if (converted) {
      dev.addStep(StepRecord.of(DevelopmentStep.CONVERSION_APPROVAL, admitted.plusYears(1)));
    }
    return Member.builder()
        .id(id)
        .name("成员" + id)
        .gender(Gender.MALE)
        .birthDate(LocalDate.of(1990, 5, 1))
        .stage(converted ? MemberStage.FULL : MemberStage.PROBATIONARY)
        .organizationId(org)
        .development(dev.build())
        .build();
  }

  private static Dataset sample() {
    return Dataset.builder()
        .addOrganization(org("c", OrganizationKind.PARTY_COMMITTEE, null))
        .addOrganization(org("b1", OrganizationKind.BRANCH, "c"))
        .addOrganization(
            ImmutableOrganization.copyOf(org("b2", OrganizationKind.BRANCH, "c"))
                .withDissolvedOn(LocalDate.of(2023, 6, 30)))
        .addOrganization(
            ImmutableOrganization.copyOf(org("b3", OrganizationKind.BRANCH, "c"))
                .withFoundedOn(LocalDate.of(2023, 7, 1)))
        .addMember(member("m1", "b1", LocalDate.of(2015, 1, 1), true))
        .addMember(member("m2", "b1", LocalDate.of(2023, 3, 1), false))
        .addMember(
            ImmutableMember.copyOf(member("m3", "b3", LocalDate.of(2010, 1, 1), true))
                .withTransfers(
                    Transfer.builder()
                        .fromOrganizationId("b2")
                        .toOrganizationId("b3")
                        .issuedOn(LocalDate.of(2023, 7, 1))
                        .receivedOn(LocalDate.of(2023, 7, 5))
                        .status(TransferStatus.RECEIVED)
                        .build()))
        .addMember(
            ImmutableMember.copyOf(member("m4", "b1", LocalDate.of(2012, 1, 1), true))
                .withDeparture(Departure.of(DepartureKind.DEATH, LocalDate.of(2023, 1, 15))))
        .build();
  }

  @Test
  void organizations_exist_between_founding_and_dissolution() {
    Dataset data = sample();
    assertThat(data.asOf(LocalDate.of(2023, 6, 29)).organizations())
        .extracting(Organization::id)
        .containsExactly("c", "b1", "b2");
    assertThat(data.asOf(LocalDate.of(2023, 7, 1)).organizations())
        .extracting(Organization::id)
        .containsExactly("c", "b1", "b3");
  }

  @Test
  void head_counts_follow_stages_transfers_and_departures() {
    Dataset data = sample();
    DatasetView before = data.asOf(LocalDate.of(2023, 1, 1));
    assertThat(before.headCount("b1")).isEqualTo(new HeadCount(2, 0)); // m1, m4; m2 not admitted
    assertThat(before.headCount("b2")).isEqualTo(new HeadCount(1, 0)); // m3 before transfer
    DatasetView after = data.asOf(LocalDate.of(2023, 7, 5));
    assertThat(after.headCount("b1")).isEqualTo(new HeadCount(1, 1)); // m4 died, m2 probationary
    assertThat(after.headCount("b3")).isEqualTo(new HeadCount(1, 0));
    assertThat(after.subtreeHeadCount("c")).isEqualTo(new HeadCount(2, 1));
    assertThat(after.headCount().total()).isEqualTo(3);
  }

  @Test
  void applicants_are_placed_but_are_not_party_members() {
    DatasetView view = sample().asOf(LocalDate.of(2022, 1, 1));
    assertThat(view.people()).extracting(p -> p.member().id()).contains("m2");
    assertThat(view.partyMembers()).extracting(p -> p.member().id()).doesNotContain("m2");
    assertThat(view.people())
        .filteredOn(p -> p.member().id().equals("m2"))
        .extracting(DatasetView.Placed::stage)
        .containsExactly(MemberStage.APPLICANT);
  }

  @Test
  void lookups_and_tree() {
    Dataset data = sample();
    assertThat(data.organization("b1")).map(Organization::kind).contains(OrganizationKind.BRANCH);
    assertThat(data.member("nope")).isEmpty();
    assertThat(data.children("c")).extracting(Organization::id).containsExactly("b1", "b2", "b3");
    assertThat(data.roots()).extracting(Organization::id).containsExactly("c");
    assertThat(data.membersOf("b1")).extracting(Member::id).containsExactly("m1", "m2", "m4");
    assertThat(data.asOf(LocalDate.of(2024, 1, 1)).subtree("c"))
        .extracting(Organization::id)
        .containsExactly("c", "b1", "b3");
    assertThat(data.toString())
        .isEqualTo(
            "Dataset{organizations=4, members=4, activities=0, pairings=0, bulletins=0, pointEntries=0}");
    org.dangjian.core.vanguard.Team team =
        org.dangjian.core.vanguard.Team.builder()
            .id("t1")
            .name("防汛党员突击队")
            .kind(org.dangjian.core.vanguard.TeamKind.SHOCK_TEAM)
            .organizationId("c")
            .establishedOn(LocalDate.of(2023, 6, 1))
            .build();
    assertThat(ImmutableDataset.copyOf(data).withTeams(team, team).toString())
        .endsWith(", pointEntries=0, teams=2}");
  }

  @Test
  void a_cycle_in_faulty_data_is_walked_once() {
    Dataset cyclic =
        Dataset.builder()
            .addOrganization(org("x", OrganizationKind.PARTY_COMMITTEE, "y"))
            .addOrganization(org("y", OrganizationKind.PARTY_COMMITTEE, "x"))
            .build();
    assertThat(cyclic.asOf(LocalDate.of(2020, 1, 1)).subtree("x"))
        .extracting(Organization::id)
        .containsExactly("x", "y");
  }
}
