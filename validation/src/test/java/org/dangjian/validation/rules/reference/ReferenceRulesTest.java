package org.dangjian.validation.rules.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.validation.rules.structure.Fixtures.AS_OF;
import static org.dangjian.validation.rules.structure.Fixtures.activity;
import static org.dangjian.validation.rules.structure.Fixtures.branch;
import static org.dangjian.validation.rules.structure.Fixtures.committee;
import static org.dangjian.validation.rules.structure.Fixtures.dataset;
import static org.dangjian.validation.rules.structure.Fixtures.found;
import static org.dangjian.validation.rules.structure.Fixtures.issues;
import static org.dangjian.validation.rules.structure.Fixtures.members;
import static org.dangjian.validation.rules.structure.Fixtures.org;
import static org.dangjian.validation.rules.structure.Fixtures.post;
import static org.dangjian.validation.rules.structure.Fixtures.validate;

import java.util.ArrayList;
import java.util.List;
import org.dangjian.core.activity.ActivityKind;
import org.dangjian.core.activity.ImmutableActivity;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.Transfer;
import org.dangjian.core.member.TransferStatus;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.PostKind;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.ValidationRun;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.report.ValidationReport;
import org.dangjian.validation.rules.structure.Fixtures;
import org.junit.jupiter.api.Test;

class ReferenceRulesTest {

  /** The reference and tree issues (and CONST-008) as {@code CODE@recordId}. */
  private static List<String> refs(ValidationReport report) {
    return found(report).stream()
        .filter(s -> s.startsWith("REF") || s.startsWith("ORG-PARENT") || s.startsWith("CONST-008"))
        .toList();
  }

  private static List<String> check(List<Organization> orgs) {
    List<Member> people = new ArrayList<>();
    for (Organization o : orgs) {
      if (o.kind().isBranchLevel()) {
        people.addAll(members(o.id(), 3, 0));
      }
    }
    return refs(validate(dataset(orgs, people, List.of())));
  }

  @Test
  void aParentThatNamesNoOrganizationIsReportedAtTheChild() {
    assertThat(check(List.of(committee("pc", null), branch("b1", "pc")))).isEmpty();
    ValidationReport report =
        validate(
            dataset(
                List.of(committee("pc", null), branch("b1", "pc-x")),
                members("b1", 3, 0),
                List.of()));
    assertThat(refs(report)).containsExactly("REF-PARENT@b1");
    Issue issue = issues(report).get(0);
    assertThat(issue.location().fieldPath()).contains("parentId");
    assertThat(issue.value()).contains("pc-x");
  }

  @Test
  void aCycleIsReportedOnceAtItsFirstOrganization() {
    List<String> found =
        check(
            List.of(
                committee("a", "c"), committee("b", "a"), committee("c", "b"), branch("b1", "a")));
    assertThat(found).containsExactly("REF-CYCLE@a");
    assertThat(check(List.of(committee("self", "self")))).containsExactly("REF-CYCLE@self");
    assertThat(check(List.of(committee("a", null), committee("b", "a"), committee("c", "b"))))
        .isEmpty();
  }

  @Test
  void partyOrganizationsSitUnderFittingParents() {
    assertThat(
            check(
                List.of(
                    committee("pc", null),
                    org("gb", OrganizationKind.GENERAL_BRANCH, "pc"),
                    branch("b1", "gb"),
                    branch("b2", "pc"),
                    org("pg", OrganizationKind.PARTY_GROUP, "b1"),
                    org("dc", OrganizationKind.DISCIPLINE_COMMISSION, "pc"),
                    org("tb", OrganizationKind.TEMPORARY_BRANCH, "gb"))))
        .isEmpty();
    assertThat(check(List.of(committee("pc", null), branch("b1", "pc"), branch("b2", "b1"))))
        .containsExactly("ORG-PARENT-KIND@b2");
    assertThat(
            check(
                List.of(
                    committee("pc", null),
                    org("gb", OrganizationKind.GENERAL_BRANCH, "pc"),
                    org("gb2", OrganizationKind.GENERAL_BRANCH, "gb"),
                    org("pg", OrganizationKind.PARTY_GROUP, "pc"))))
        .containsExactly("ORG-PARENT-KIND@gb2", "ORG-PARENT-KIND@pg");
    assertThat(
            check(
                List.of(
                    committee("pc", null),
                    org("tu", OrganizationKind.TRADE_UNION, "pc"),
                    branch("b1", "tu"))))
        .containsExactly("ORG-PARENT-KIND@b1");
  }

  @Test
  void massOrganizationsSitUnderTheirOwnSystemOrALeadingPartyOrganization() {
    assertThat(
            check(
                List.of(
                    committee("pc", null),
                    org("uf", OrganizationKind.UNION_FEDERATION, "pc"),
                    org("tu", OrganizationKind.TRADE_UNION, "uf"),
                    org("lc", OrganizationKind.LEAGUE_COMMITTEE, "pc"),
                    org("lb", OrganizationKind.LEAGUE_BRANCH, "lc"),
                    branch("b1", "pc"),
                    org("lb2", OrganizationKind.LEAGUE_BRANCH, "b1"))))
        .isEmpty();
    assertThat(
            check(
                List.of(
                    committee("pc", null),
                    org("lc", OrganizationKind.LEAGUE_COMMITTEE, "pc"),
                    org("tu", OrganizationKind.TRADE_UNION, "lc"),
                    org("lb", OrganizationKind.LEAGUE_BRANCH, "tu"),
                    branch("b1", "pc"),
                    org("pg", OrganizationKind.PARTY_GROUP, "b1"),
                    org("lb2", OrganizationKind.LEAGUE_BRANCH, "pg"))))
        .containsExactly(
            "ORG-PARENT-KIND-MASS@tu", "ORG-PARENT-KIND-MASS@lb", "ORG-PARENT-KIND-MASS@lb2");
  }

  @Test
  void everyOrganizationAMemberNamesMustExist() {
    List<Organization> orgs =
        List.of(
            committee("pc", null),
            branch("b1", "pc"),
            org("pg", OrganizationKind.PARTY_GROUP, "b1"),
            org("tb", OrganizationKind.TEMPORARY_BRANCH, "pc"));
    List<Member> people = new ArrayList<>(members("b1", 3, 0));
    people.set(
        1,
        ImmutableMember.copyOf(people.get(1))
            .withPartyGroupId("pg")
            .withOtherOrganizationIds("tb"));
    assertThat(refs(validate(dataset(orgs, people, List.of())))).isEmpty();
    Member m = people.get(1);
    Member broken =
        ImmutableMember.copyOf(m)
            .withPartyGroupId("pg-x")
            .withOtherOrganizationIds("tb", "tb-x")
            .withTransfers(
                Transfer.builder()
                    .fromOrganizationName("外单位党支部")
                    .toOrganizationId("b-x")
                    .issuedOn(AS_OF.minusYears(3))
                    .status(TransferStatus.RECEIVED)
                    .build());
    people.set(1, broken);
    ValidationReport report = validate(dataset(orgs, people, List.of()));
    assertThat(issues(report))
        .filteredOn(i -> i.code().startsWith("REF"))
        .extracting(i -> i.code() + "@" + i.location().fieldPath().orElse(""))
        .containsExactlyInAnyOrder(
            "REF-ORGANIZATION@partyGroupId",
            "REF-ORGANIZATION@otherOrganizationIds[1]",
            "REF-ORGANIZATION@transfers[0].toOrganizationId");
    people.set(1, ImmutableMember.copyOf(m).withOrganizationId("b-y"));
    assertThat(refs(validate(dataset(orgs, people, List.of()))))
        .containsExactly("REF-ORGANIZATION@b1-1");
  }

  @Test
  void activitiesNameExistingOrganizations() {
    List<Organization> orgs = List.of(committee("pc", null), branch("b1", "pc"));
    var good =
        ImmutableActivity.copyOf(activity("a1", "b1", ActivityKind.CO_BUILDING, AS_OF))
            .withPartnerOrganizationIds("pc");
    var bad =
        ImmutableActivity.copyOf(activity("a2", "b-x", ActivityKind.OTHER, AS_OF))
            .withPartnerOrganizationIds("pc", "pc-x");
    Dataset d = dataset(orgs, members("b1", 3, 0), List.of(good, bad));
    assertThat(issues(validate(d)))
        .filteredOn(i -> i.code().startsWith("REF"))
        .extracting(
            i ->
                i.code()
                    + "@"
                    + i.location().recordId().orElse("")
                    + ":"
                    + i.location().fieldPath().orElse(""))
        .containsExactly(
            "REF-ACTIVITY-ORGANIZATION@a2:organizationId",
            "REF-ACTIVITY-ORGANIZATION@a2:partnerOrganizationIds[1]");
  }

  @Test
  void postHoldersAndLecturersWithAMemberIdAreMembers() {
    Organization b1 =
        branch("b1", null)
            .withPosts(post(PostKind.SECRETARY, "b1-0"), post(PostKind.DEPUTY_SECRETARY, "b1-9"));
    var lecture =
        ImmutableActivity.copyOf(activity("a1", "b1", ActivityKind.PARTY_LECTURE, AS_OF))
            .withLecturerId("b1-1");
    var stranger = lecture.withId("a2").withLecturerId("外请专家");
    Dataset d = dataset(List.of(b1), members("b1", 3, 0), List.of(lecture, stranger));
    assertThat(refs(validate(d))).containsExactly("REF-POST-MEMBER@b1", "REF-LECTURER@a2");
  }

  @Test
  void repeatedIdsAreReportedAtTheLaterRecords() {
    List<Member> people = new ArrayList<>(members("b1", 4, 0));
    people.set(3, ImmutableMember.copyOf(people.get(3)).withId("b1-0"));
    Organization b1 = branch("b1", "pc");
    Dataset d =
        dataset(
            List.of(committee("pc", null), b1, committee("pc", null)),
            people,
            List.of(
                activity("a1", "b1", ActivityKind.OTHER, AS_OF),
                activity("a2", "b1", ActivityKind.OTHER, AS_OF),
                activity("a1", "b1", ActivityKind.OTHER, AS_OF)));
    ValidationReport report = validate(d);
    assertThat(issues(report))
        .filteredOn(i -> i.code().startsWith("REF"))
        .extracting(
            i ->
                i.code()
                    + "@"
                    + i.location().recordKind().orElseThrow().code()
                    + "#"
                    + i.location().recordIndex().orElseThrow())
        .containsExactly(
            "REF-DUPLICATE-ID@member#3",
            "REF-DUPLICATE-ORG-ID@organization#2",
            "REF-DUPLICATE-ACTIVITY-ID@activity#2");
    assertThat(report.issuesOf("REF-DUPLICATE-ID").get(0).arguments())
        .containsEntry("firstIndex", "0");
  }

  @Test
  void membersBeforeTheirOrganizationsResolveAtTheEnd() {
    List<Organization> orgs = List.of(committee("pc", null), branch("b1", "pc"));
    List<Member> people = new ArrayList<>(members("b1", 3, 0));
    people.add(Fixtures.full("lost", "b-x"));
    people.add(Fixtures.full("up", "pc"));
    ValidationRun run = DangjianValidator.defaults().newRun("stream", AS_OF);
    for (Member m : people) {
      run.member(m, null);
    }
    for (Organization o : orgs) {
      run.organization(o, null);
    }
    run.activity(activity("a1", "b-y", ActivityKind.OTHER, AS_OF), null);
    assertThat(refs(run.finish()))
        .containsExactly("REF-ORGANIZATION@lost", "CONST-008@up", "REF-ACTIVITY-ORGANIZATION@a1");
  }
}
