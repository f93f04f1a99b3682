package org.dangjian.validation.rules.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.validation.rules.structure.Fixtures.AS_OF;
import static org.dangjian.validation.rules.structure.Fixtures.activity;
import static org.dangjian.validation.rules.structure.Fixtures.branch;
import static org.dangjian.validation.rules.structure.Fixtures.committee;
import static org.dangjian.validation.rules.structure.Fixtures.dataset;
import static org.dangjian.validation.rules.structure.Fixtures.found;
import static org.dangjian.validation.rules.structure.Fixtures.full;
import static org.dangjian.validation.rules.structure.Fixtures.members;
import static org.dangjian.validation.rules.structure.Fixtures.org;
import static org.dangjian.validation.rules.structure.Fixtures.person;
import static org.dangjian.validation.rules.structure.Fixtures.term;
import static org.dangjian.validation.rules.structure.Fixtures.unit;
import static org.dangjian.validation.rules.structure.Fixtures.validate;

import java.util.ArrayList;
import java.util.List;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityKind;
import org.dangjian.core.member.Departure;
import org.dangjian.core.member.DepartureKind;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.organization.Committee;
import org.dangjian.core.organization.ElectionMethod;
import org.dangjian.core.organization.HostUnit;
import org.dangjian.core.organization.ImmutableCommittee;
import org.dangjian.core.organization.ImmutableOrganization;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.Ownership;
import org.dangjian.core.organization.PostKind;
import org.dangjian.core.organization.UnitType;
import org.dangjian.validation.Profile;
import org.dangjian.validation.ValidationSettings;
import org.dangjian.validation.report.ValidationReport;
import org.junit.jupiter.api.Test;

class OrganizationRulesTest {

  private static final List<String> SIZE_CODES =
      List.of("ORG-012", "ORG-013", "ORG-014", "ORG-015");

  /** The issues other than the subtree size thresholds, which small fixtures always raise. */
  private static List<String> own(ValidationReport report) {
    return found(report).stream()
        .filter(s -> SIZE_CODES.stream().noneMatch(s::startsWith))
        .filter(s -> !s.startsWith("LIFE-NO-ACTIVITIES"))
        .toList();
  }

  private static List<String> sizes(ValidationReport report) {
    return found(report).stream().filter(s -> SIZE_CODES.stream().anyMatch(s::startsWith)).toList();
  }

  private static List<String> check(List<? extends Organization> orgs, List<Member> people) {
    return own(validate(dataset(orgs, people, List.of())));
  }

  @Test
  void partyMembersBelongToABranchOrJointBranch() {
    List<Organization> orgs =
        List.of(
            committee("pc", null),
            branch("b1", "pc"),
            org("jb", OrganizationKind.JOINT_BRANCH, "pc"),
            org("tb", OrganizationKind.TEMPORARY_BRANCH, "pc"));
    List<Member> people = new ArrayList<>(members("b1", 3, 0));
    people.addAll(members("jb", 3, 0));
    assertThat(check(orgs, people)).isEmpty();
    people.add(full("in-pc", "pc"));
    people.add(person("prob-in-pc", "pc", MemberStage.PROBATIONARY));
    people.add(full("in-tb", "tb"));
    people.add(person("applicant-in-pc", "pc", MemberStage.APPLICANT));
    people.add(
        ImmutableMember.copyOf(full("left-pc", "pc"))
            .withDeparture(Departure.of(DepartureKind.DEATH, AS_OF)));
    assertThat(check(orgs, people))
        .containsExactly("CONST-008@in-pc", "CONST-008@prob-in-pc", "CONST-008@in-tb");
  }

  @Test
  void aBranchNeedsThreeFullMembers() {
    List<Organization> orgs = List.of(committee("pc", null), branch("b1", "pc"));
    assertThat(check(orgs, members("b1", 3, 0))).isEmpty();
    assertThat(check(orgs, members("b1", 2, 5))).containsExactly("ORG-001@b1");
    List<Member> people = new ArrayList<>(members("b1", 3, 0));
    people.set(
        2,
        ImmutableMember.copyOf(people.get(2))
            .withDeparture(Departure.of(DepartureKind.WITHDRAWAL, AS_OF)));
    assertThat(check(orgs, people)).containsExactly("ORG-001@b1");
    people.set(
        2,
        ImmutableMember.copyOf(people.get(2))
            .withDeparture(Departure.of(DepartureKind.WITHDRAWAL, AS_OF.plusDays(1))));
    assertThat(check(orgs, people)).isEmpty();
  }

  @Test
  void aBranchGenerallyHasAtMostFiftyMembers() {
    List<Organization> orgs = List.of(committee("pc", null), branch("b1", "pc"));
    assertThat(check(orgs, members("b1", 3, 47))).isEmpty();
    assertThat(check(orgs, members("b1", 3, 48))).containsExactly("ORG-002@b1");
  }

  @Test
  void aJointBranchGenerallyCoversAtMostFiveUnits() {
    List<HostUnit> units = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      units.add(unit("单位" + i, UnitType.ENTERPRISE, 10));
    }
    ImmutableOrganization five =
        org("jb", OrganizationKind.JOINT_BRANCH, "pc")
            .withHostUnit(unit("牵头单位", UnitType.ENTERPRISE, 10))
            .withJointUnits(units.subList(0, 4));
    assertThat(check(List.of(committee("pc", null), five), members("jb", 3, 0))).isEmpty();
    assertThat(
            check(List.of(committee("pc", null), five.withJointUnits(units)), members("jb", 3, 0)))
        .containsExactly("ORG-004@jb");
  }

  @Test
  void aTemporaryBranchIsAppointedAndHoldsNoElection() {
    Committee appointed =
        Committee.builder()
            .electedOn(AS_OF.minusMonths(2))
            .termYears(1)
            .method(ElectionMethod.APPOINTED)
            .build();
    var tb = org("tb", OrganizationKind.TEMPORARY_BRANCH, "pc").withCommittees(appointed);
    List<Organization> orgs = List.of(committee("pc", null), tb);
    assertThat(check(orgs, List.of())).isEmpty();
    List<Organization> elected =
        List.of(
            committee("pc", null),
            tb.withCommittees(
                ImmutableCommittee.copyOf(appointed).withMethod(ElectionMethod.MEMBERS_MEETING)));
    assertThat(check(elected, List.of())).containsExactly("ORG-006@tb");
    List<Activity> election =
        List.of(activity("e1", "tb", ActivityKind.ELECTION, AS_OF.minusDays(3)));
    assertThat(own(validate(dataset(orgs, List.of(), election)))).containsExactly("ORG-006@tb");
  }

  @Test
  void sevenFullMembersNeedACommitteeOfThreeToFive() {
    List<Member> seven = members("b1", 7, 0);
    assertThat(
            check(
                List.of(
                    committee("pc", null),
                    branch(
                        "b1",
                        "pc",
                        PostKind.SECRETARY,
                        PostKind.ORGANIZATION_MEMBER,
                        PostKind.PUBLICITY_MEMBER)),
                seven))
        .isEmpty();
    assertThat(
            check(
                List.of(
                    committee("pc", null),
                    branch("b1", "pc", PostKind.SECRETARY, PostKind.DEPUTY_SECRETARY)),
                seven))
        .containsExactly("ORG-007@b1");
    PostKind[] five = {
      PostKind.SECRETARY,
      PostKind.DEPUTY_SECRETARY,
      PostKind.ORGANIZATION_MEMBER,
      PostKind.PUBLICITY_MEMBER,
      PostKind.DISCIPLINE_MEMBER
    };
    assertThat(check(List.of(committee("pc", null), branch("b1", "pc", five)), seven)).isEmpty();
    PostKind[] six = {
      PostKind.SECRETARY,
      PostKind.DEPUTY_SECRETARY,
      PostKind.ORGANIZATION_MEMBER,
      PostKind.PUBLICITY_MEMBER,
      PostKind.DISCIPLINE_MEMBER,
      PostKind.YOUTH_MEMBER
    };
    assertThat(check(List.of(committee("pc", null), branch("b1", "pc", six)), seven))
        .containsExactly("ORG-007-SIZE@b1");
  }

  @Test
  void aCommitteeRecordedWithoutPostHoldersSatisfiesTheCommitteeRule() {
    List<Member> seven = members("b1", 7, 0);
    // a roster gives the election date of the branch committee but no post holders
    assertThat(check(List.of(committee("pc", null), branch("b1", "pc").withPosts()), seven))
        .isEmpty();
    // neither posts nor a committee: the branch has no committee
    assertThat(
            check(
                List.of(committee("pc", null), branch("b1", "pc").withPosts().withCommittees()),
                seven))
        .containsExactly("ORG-007@b1");
  }

  @Test
  void belowSevenFullMembersOnlyASecretaryAndOneDeputy() {
    List<Member> six = members("b1", 6, 3);
    assertThat(
            check(
                List.of(
                    committee("pc", null),
                    branch("b1", "pc", PostKind.SECRETARY, PostKind.DEPUTY_SECRETARY)),
                six))
        .isEmpty();
    assertThat(
            check(
                List.of(
                    committee("pc", null),
                    branch("b1", "pc", PostKind.SECRETARY, PostKind.ORGANIZATION_MEMBER)),
                six))
        .containsExactly("ORG-008@b1");
    assertThat(
            check(
                List.of(
                    committee("pc", null),
                    branch(
                        "b1",
                        "pc",
                        PostKind.SECRETARY,
                        PostKind.DEPUTY_SECRETARY,
                        PostKind.DEPUTY_SECRETARY)),
                six))
        .containsExactly("ORG-008@b1");
  }

  /** A committee over two branches with {@code first} and {@code second} members (3 full each). */
  private static ValidationReport committeeOf(
      Organization top, int first, int second, ValidationSettings settings) {
    List<Organization> orgs = List.of(top, branch("b1", top.id()), branch("b2", top.id()));
    List<Member> people = new ArrayList<>(members("b1", 3, first - 3));
    people.addAll(members("b2", 3, second - 3));
    return validate(dataset(orgs, people, List.of()), settings);
  }

  @Test
  void fewerThanFiftyMembersGenerallyMakeABranchNotAGeneralBranchOrCommittee() {
    ValidationSettings national = ValidationSettings.defaults();
    assertThat(sizes(committeeOf(committee("pc", null), 25, 25, national))).isEmpty();
    assertThat(sizes(committeeOf(committee("pc", null), 25, 24, national)))
        .containsExactly("ORG-014@pc");
    var gb = org("gb", OrganizationKind.GENERAL_BRANCH, null);
    assertThat(sizes(committeeOf(gb, 25, 25, national))).isEmpty();
    assertThat(sizes(committeeOf(gb, 25, 24, national))).containsExactly("ORG-014@gb");
    List<Organization> broken =
        List.of(committee("pc", null), branch("b1", "pc"), branch("b2", "pc-x"));
    assertThat(sizes(validate(dataset(broken, members("b1", 3, 0), List.of())))).isEmpty();
  }

  @Test
  void villagesHaveTheirOwnThresholds() {
    var village = committee("pc", null).withHostUnit(unit("某某村", UnitType.VILLAGE, -1));
    ValidationSettings national = ValidationSettings.defaults();
    assertThat(sizes(committeeOf(village, 50, 50, national))).isEmpty();
    assertThat(sizes(committeeOf(village, 50, 49, national))).containsExactly("ORG-015@pc");
  }

  @Test
  void stateOwnedEnterprisesSetUpCommitteesFromAHundredAndGeneralBranchesFromFifty() {
    ValidationSettings soe =
        ValidationSettings.builder().profile(Profile.stateOwnedEnterprise()).build();
    HostUnit state = HostUnit.builder().name("某国有企业").ownership(Ownership.STATE_OWNED).build();
    var gb = org("gb", OrganizationKind.GENERAL_BRANCH, null).withHostUnit(state);
    assertThat(sizes(committeeOf(gb, 50, 49, soe))).isEmpty();
    assertThat(sizes(committeeOf(gb, 50, 50, soe))).containsExactly("ORG-012@gb");
    assertThat(sizes(committeeOf(gb, 50, 50, ValidationSettings.defaults()))).isEmpty();
    var privateGb =
        gb.withHostUnit(HostUnit.builder().name("民企").ownership(Ownership.PRIVATE).build());
    assertThat(sizes(committeeOf(privateGb, 50, 50, soe))).isEmpty();

    var single = branch("b1", null).withHostUnit(state);
    assertThat(sizes(validate(dataset(List.of(single), members("b1", 3, 46), List.of()), soe)))
        .isEmpty();
    assertThat(sizes(validate(dataset(List.of(single), members("b1", 3, 47), List.of()), soe)))
        .containsExactly("ORG-013@b1");
  }

  @Test
  void countsFollowTheStageOnTheReferenceDate() {
    List<Organization> orgs = List.of(committee("pc", null), branch("b1", "pc"));
    List<Member> people = new ArrayList<>(members("b1", 2, 0));
    people.add(person("later", "b1", MemberStage.APPLICANT));
    assertThat(check(orgs, people)).containsExactly("ORG-001@b1");
    assertThat(term(AS_OF, 3).dueOn()).isEqualTo(AS_OF.plusYears(3));
  }
}
