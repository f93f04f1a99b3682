package org.dangjian.validation.rules.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.ImmutableDataset;
import org.dangjian.core.member.Departure;
import org.dangjian.core.member.DepartureKind;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.vanguard.ImmutableTeam;
import org.dangjian.core.vanguard.ImmutableTeamPerson;
import org.dangjian.core.vanguard.PersonStatus;
import org.dangjian.core.vanguard.Team;
import org.dangjian.core.vanguard.TeamKind;
import org.dangjian.core.vanguard.TeamPerson;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.report.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * TEAM-COUNT, TEAM-DATES, TEAM-REFERENCE and TEAM-MEMBER, each with a passing and a failing case at
 * its boundary, on teams added to a generated dataset that is valid by construction.
 */
class TeamRulesTest {

  private static final LocalDate AS_OF = LocalDate.of(2024, 1, 31);
  private static final Dataset VALID =
      DatasetGenerator.generate(
          GeneratorSettings.builder().seed(11).branches(4).members(60).asOf(AS_OF).build());

  private static ValidationReport report(Team... teams) {
    return DangjianValidator.defaults()
        .validate(ImmutableDataset.copyOf(VALID).withTeams(teams), AS_OF);
  }

  private static List<String> codes(Team... teams) {
    return report(teams).issues().stream().map(Issue::code).sorted().toList();
  }

  private static String branchId() {
    return VALID.organizations().stream()
        .filter(o -> o.kind() == OrganizationKind.BRANCH)
        .findFirst()
        .get()
        .id();
  }

  private static Member fullMember() {
    return VALID.members().stream()
        .filter(
            m -> m.stageOn(LocalDate.of(2023, 1, 1)).filter(MemberStage.FULL::equals).isPresent())
        .findFirst()
        .get();
  }

  private static ImmutableTeam post() {
    return Team.builder()
        .id("team-1")
        .name("焊接车间党员先锋岗")
        .kind(TeamKind.PIONEER_POST)
        .organizationId(branchId())
        .holderId(fullMember().id())
        .post("焊接一班")
        .establishedOn(LocalDate.of(2023, 3, 1))
        .build();
  }

  /** A volunteer team of {@code size} stating {@code members} and {@code activists}. */
  private static ImmutableTeam volunteers(int size, int members, int activists, int listed) {
    List<TeamPerson> people = new ArrayList<>();
    for (int k = 0; k < listed; k++) {
      people.add(
          ImmutableTeamPerson.builder()
              .name("志愿者" + k)
              .status(k < members ? PersonStatus.PARTY_MEMBER : PersonStatus.OTHER)
              .build());
    }
    return Team.builder()
        .id("team-2")
        .name("青年志愿服务队")
        .kind(TeamKind.VOLUNTEER_TEAM)
        .organizationId(branchId())
        .establishedOn(LocalDate.of(2022, 5, 4))
        .statedSize(size)
        .statedPartyMembers(members)
        .statedActivists(activists)
        .addAllPeople(people)
        .build();
  }

  @Test
  void validPostsAndTeamsGiveNoIssue() {
    assertThat(codes(post(), volunteers(103, 46, 16, 0))).isEmpty();
    // A complete list of 3 with 1 stated member listed as such.
    assertThat(codes(volunteers(3, 1, 0, 3))).isEmpty();
    ValidationReport report = report(post());
    assertThat(report.recordCounts()).containsEntry(RecordKind.TEAM, 1L);
  }

  @Test
  void statedCountsAgreeWithTheList() {
    // 46 + 16 = 62 <= 62 passes; 46 + 17 > 62 fails.
    assertThat(codes(volunteers(62, 46, 16, 0))).isEmpty();
    assertThat(codes(volunteers(62, 46, 17, 0))).containsExactly("TEAM-COUNT");
    // 5 listed of a team of 5 pass; 6 listed fail.
    assertThat(codes(volunteers(5, 0, 0, 5))).isEmpty();
    assertThat(codes(volunteers(5, 0, 0, 6))).containsExactly("TEAM-COUNT");
    // A complete list of 4 that lists 2 members while 3 are stated fails; an incomplete one passes.
    ImmutableTeam complete = volunteers(4, 2, 0, 4).withStatedPartyMembers(3);
    assertThat(codes(complete)).containsExactly("TEAM-COUNT");
    assertThat(codes(volunteers(5, 2, 0, 4).withStatedPartyMembers(3))).isEmpty();
    ValidationReport report = report(complete);
    Issue issue = report.issues().get(0);
    assertThat(issue.location().recordId()).hasValue("team-2");
    assertThat(issue.location().fieldPath()).hasValue("statedPartyMembers");
    assertThat(issue.message(java.util.Locale.CHINESE)).contains("2").contains("3");
  }

  @Test
  void datesAreInOrderAndNotAfterTheReferenceDate() {
    assertThat(codes(post().withEndedOn(post().establishedOn()))).isEmpty();
    assertThat(codes(post().withEndedOn(post().establishedOn().minusDays(1))))
        .containsExactly("TEAM-DATES");
    // The holder is a member on the reference date too, so only the date is wrong.
    assertThat(codes(post().withEstablishedOn(AS_OF))).isEmpty();
    assertThat(codes(post().withEstablishedOn(AS_OF.plusDays(1)))).containsExactly("TEAM-DATES");
  }

  @Test
  void theOrganizationAndTheMembersATeamNamesExist() {
    ValidationReport report = report(post().withOrganizationId("org-9999").withHolderId("m-9999"));
    assertThat(report.issues())
        .extracting(Issue::code)
        .containsExactly("TEAM-REFERENCE", "TEAM-REFERENCE");
    assertThat(report.issues())
        .extracting(i -> i.location().fieldPath().orElseThrow())
        .containsExactlyInAnyOrder("organizationId", "holderId");
  }

  @Test
  void aPostHolderAndListedMembersWereMembersOnTheDay() {
    // A member admitted on a day: the day before fails, the day itself passes.
    Member admitted =
        VALID.members().stream()
            .filter(m -> m.development().admissionDate().isPresent())
            .filter(m -> m.departure().isEmpty())
            .filter(m -> m.development().admissionDate().get().isAfter(LocalDate.of(2010, 1, 1)))
            .findFirst()
            .get();
    LocalDate day = admitted.development().admissionDate().get();
    ImmutableTeam held = post().withHolderId(admitted.id());
    assertThat(codes(held.withEstablishedOn(day))).isEmpty();
    assertThat(codes(held.withEstablishedOn(day.minusDays(1)))).containsExactly("TEAM-MEMBER");
    // In a volunteer team set up the day before, listed as 群众 is fine; listed as 党员, not.
    TeamPerson asOther = TeamPerson.of(admitted.name(), admitted.id(), PersonStatus.OTHER);
    ImmutableTeam before = volunteers(10, 0, 0, 0).withEstablishedOn(day.minusDays(1));
    assertThat(codes(before.withPeople(asOther))).isEmpty();
    TeamPerson asMember = TeamPerson.of(admitted.name(), admitted.id(), PersonStatus.PARTY_MEMBER);
    assertThat(codes(before.withStatedPartyMembers(1).withPeople(asMember)))
        .containsExactly("TEAM-MEMBER");
  }

  @Test
  void aPostHolderStaysAMemberOverThePostsWholePeriod() {
    // a full member who died on a day: a post that ends on that day (its last day the day before)
    // passes; one ending a day later, or still running on the date of the check, fails and names
    // the day of the departure
    Member full = fullMember();
    LocalDate departed = LocalDate.of(2023, 9, 1);
    Member left =
        ImmutableMember.copyOf(full).withDeparture(Departure.of(DepartureKind.DEATH, departed));
    List<Member> members = new ArrayList<>(VALID.members());
    members.set(members.indexOf(full), left);
    Dataset data = ImmutableDataset.copyOf(VALID).withMembers(members);
    ImmutableTeam held = post().withHolderId(left.id()).withEstablishedOn(LocalDate.of(2023, 3, 1));
    java.util.function.Function<Team, List<Issue>> teamIssues =
        t ->
            DangjianValidator.defaults()
                .validate(ImmutableDataset.copyOf(data).withTeams(t), AS_OF)
                .issues()
                .stream()
                .filter(i -> i.code().startsWith("TEAM-"))
                .toList();
    assertThat(teamIssues.apply(held.withEndedOn(departed))).isEmpty();
    assertThat(teamIssues.apply(held.withEndedOn(departed.plusDays(1))))
        .extracting(Issue::code)
        .containsExactly("TEAM-MEMBER");
    List<Issue> running = teamIssues.apply(held);
    assertThat(running).extracting(Issue::code).containsExactly("TEAM-MEMBER");
    assertThat(running.get(0).message(java.util.Locale.CHINESE)).contains(departed.toString());
  }
}
