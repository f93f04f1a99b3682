package org.dangjian.validation.rules.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.validation.rules.structure.Fixtures.AS_OF;
import static org.dangjian.validation.rules.structure.Fixtures.branch;
import static org.dangjian.validation.rules.structure.Fixtures.committee;
import static org.dangjian.validation.rules.structure.Fixtures.dataset;
import static org.dangjian.validation.rules.structure.Fixtures.found;
import static org.dangjian.validation.rules.structure.Fixtures.issues;
import static org.dangjian.validation.rules.structure.Fixtures.members;
import static org.dangjian.validation.rules.structure.Fixtures.post;
import static org.dangjian.validation.rules.structure.Fixtures.term;
import static org.dangjian.validation.rules.structure.Fixtures.unit;
import static org.dangjian.validation.rules.structure.Fixtures.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.member.Development;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.member.StepRecord;
import org.dangjian.core.organization.Committee;
import org.dangjian.core.organization.ElectionMethod;
import org.dangjian.core.organization.ImmutableCommittee;
import org.dangjian.core.organization.ImmutableOrganization;
import org.dangjian.core.organization.ImmutablePostHolding;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.PostHolding;
import org.dangjian.core.organization.PostKind;
import org.dangjian.core.organization.UnitType;
import org.dangjian.validation.TermEdition;
import org.dangjian.validation.ValidationSettings;
import org.dangjian.validation.report.ValidationReport;
import org.junit.jupiter.api.Test;

class CommitteeRulesTest {

  private static final List<String> CODES =
      List.of(
          "CONST-013", "CONST-014", "ORG-010", "ORG-011", "ORG-011-DUE", "CONST-015", "ELEC-004");

  private static List<String> terms(ValidationReport report) {
    return found(report).stream()
        .filter(s -> CODES.contains(s.substring(0, s.indexOf('@'))))
        .toList();
  }

  /** The committee-rule issues of a committee {@code pc} over the branch {@code b}. */
  private static List<String> check(Organization pc, Organization b) {
    return check(pc, b, ValidationSettings.defaults());
  }

  private static List<String> check(Organization pc, Organization b, ValidationSettings settings) {
    return terms(validate(dataset(List.of(pc, b), members("b1", 3, 0), List.of()), settings));
  }

  private static ImmutableOrganization pcWithTerm(Committee c) {
    return committee("pc", null).withCommittees(c);
  }

  @Test
  void theTermLiesInTheRangeOfItsEdition() {
    assertThat(check(pcWithTerm(term(AS_OF.minusYears(1), 5)), branch("b1", "pc"))).isEmpty();
    assertThat(check(pcWithTerm(term(AS_OF.minusYears(1), 6)), branch("b1", "pc")))
        .containsExactly("CONST-014@pc", "ORG-010@pc");
    assertThat(check(pcWithTerm(term(AS_OF.minusYears(1), 2)), branch("b1", "pc")))
        .containsExactly("CONST-014@pc", "ORG-010@pc");
    ValidationSettings uniform =
        ValidationSettings.builder()
            .termEditions(
                List.of(
                    TermEdition.opinion2018(), TermEdition.uniformFiveYears(AS_OF.minusYears(2))))
            .build();
    var old = branch("b1", "pc").withCommittees(term(AS_OF.minusYears(2).minusDays(1), 3));
    assertThat(check(committee("pc", null), old, uniform)).isEmpty();
    var recent = branch("b1", "pc").withCommittees(term(AS_OF.minusYears(2), 3));
    assertThat(check(committee("pc", null), recent, uniform))
        .containsExactly("CONST-014@b1", "ORG-010@b1");
  }

  @Test
  void theUsualTermDependsOnTheKindAndTheUnit() {
    var fiveYearBranch = branch("b1", "pc").withCommittees(term(AS_OF.minusYears(1), 5));
    assertThat(check(committee("pc", null), fiveYearBranch)).containsExactly("ORG-010@b1");
    var village = committee("pc", null).withHostUnit(unit("某某村", UnitType.VILLAGE, -1));
    assertThat(check(village, fiveYearBranch)).isEmpty();
    assertThat(check(village, branch("b1", "pc"))).containsExactly("ORG-010@b1");
  }

  @Test
  void reElectionIsDueAfterTheTermAndOverdueAfterTheYearOfPostponement() {
    var due = branch("b1", "pc").withCommittees(term(AS_OF.minusYears(3), 3));
    assertThat(due.committees().get(0).dueOn()).isEqualTo(AS_OF);
    assertThat(check(committee("pc", null), due)).isEmpty();
    var dayLate = branch("b1", "pc").withCommittees(term(AS_OF.minusYears(3).minusDays(1), 3));
    assertThat(check(committee("pc", null), dayLate)).containsExactly("ORG-011-DUE@b1");
    var lastDay = branch("b1", "pc").withCommittees(term(AS_OF.minusYears(4), 3));
    assertThat(check(committee("pc", null), lastDay)).containsExactly("ORG-011-DUE@b1");
    var overdue = branch("b1", "pc").withCommittees(term(AS_OF.minusYears(4).minusDays(1), 3));
    assertThat(check(committee("pc", null), overdue)).containsExactly("ORG-011@b1");
    var reElected =
        branch("b1", "pc")
            .withCommittees(
                ImmutableCommittee.copyOf(term(AS_OF.minusYears(5), 3))
                    .withEndedOn(AS_OF.minusYears(2)),
                term(AS_OF.minusYears(2), 3));
    assertThat(check(committee("pc", null), reElected)).isEmpty();
  }

  @Test
  void committeesAreElectedByTheMembersMeeting() {
    Committee congress =
        ImmutableCommittee.copyOf(term(AS_OF.minusYears(1), 3)).withMethod(ElectionMethod.CONGRESS);
    assertThat(check(committee("pc", null), branch("b1", "pc").withCommittees(congress)))
        .containsExactly("CONST-013@b1");
    Committee pcCongress = ImmutableCommittee.copyOf(congress).withTermYears(5);
    assertThat(check(pcWithTerm(pcCongress), branch("b1", "pc"))).isEmpty();
    Committee appointed =
        ImmutableCommittee.copyOf(pcCongress).withMethod(ElectionMethod.APPOINTED);
    assertThat(check(pcWithTerm(appointed), branch("b1", "pc"))).containsExactly("CONST-013@pc");
  }

  @Test
  void secretariesAndDeputiesNeedApproval() {
    PostHolding approved = post(PostKind.DEPUTY_SECRETARY, null, LocalDate.of(2020, 1, 1), "王五");
    var withDeputy =
        branch("b1", "pc")
            .withPosts(post(PostKind.SECRETARY, null, LocalDate.of(2020, 1, 1), "赵六"), approved);
    assertThat(check(committee("pc", null), withDeputy)).isEmpty();
    PostHolding unapproved = ImmutablePostHolding.copyOf(approved).withApprovedOn(Optional.empty());
    ValidationReport report =
        validate(
            dataset(
                List.of(
                    committee("pc", null),
                    withDeputy.withPosts(withDeputy.posts().get(0), unapproved)),
                members("b1", 3, 0),
                List.of()));
    assertThat(terms(report)).containsExactly("CONST-015@b1");
    assertThat(issues(report))
        .filteredOn(i -> i.code().equals("CONST-015"))
        .extracting(i -> i.location().fieldPath().orElse(""))
        .containsExactly("posts[1].approvedOn");
    PostHolding later = ImmutablePostHolding.copyOf(approved).withApprovedOn(AS_OF.plusDays(1));
    assertThat(check(committee("pc", null), withDeputy.withPosts(withDeputy.posts().get(0), later)))
        .containsExactly("CONST-015@b1");
    PostHolding onTheDay = ImmutablePostHolding.copyOf(approved).withApprovedOn(AS_OF);
    assertThat(
            check(committee("pc", null), withDeputy.withPosts(withDeputy.posts().get(0), onTheDay)))
        .isEmpty();
  }

  /** A member admitted on 2021-06-01, full from 2022-06-01 (approved 2022-06-20). */
  private static Member convertedIn2022(String id, String orgId) {
    Development dev =
        Development.builder()
            .addSteps(StepRecord.of(DevelopmentStep.APPLICATION, LocalDate.of(2019, 3, 1), "支部"))
            .addSteps(
                StepRecord.of(DevelopmentStep.ADMISSION_MEETING, LocalDate.of(2021, 6, 1), "支部"))
            .addSteps(
                StepRecord.of(DevelopmentStep.CONVERSION_APPROVAL, LocalDate.of(2022, 6, 20), "党委"))
            .build();
    return ImmutableMember.copyOf(members(orgId, 1, 0).get(0)).withId(id).withDevelopment(dev);
  }

  @Test
  void committeeSeatsAreHeldByFullMembersOnlyFromTheDayTheyTakeThem() {
    List<Member> people = new ArrayList<>(members("b1", 3, 0));
    people.add(convertedIn2022("x", "b1"));
    people.add(
        ImmutableMember.copyOf(members("b1", 1, 0).get(0))
            .withId("prob")
            .withStage(MemberStage.PROBATIONARY));
    LocalDate full = LocalDate.of(2022, 6, 20);
    var onTheDay =
        branch("b1", "pc")
            .withPosts(
                post(PostKind.SECRETARY, "b1-0", LocalDate.of(2020, 1, 1), "甲"),
                post(PostKind.DEPUTY_SECRETARY, "x", full, "乙"));
    assertThat(
            terms(validate(dataset(List.of(committee("pc", null), onTheDay), people, List.of()))))
        .isEmpty();
    var dayBefore =
        onTheDay.withPosts(
            onTheDay.posts().get(0), post(PostKind.DEPUTY_SECRETARY, "x", full.minusDays(1), "乙"));
    assertThat(
            terms(validate(dataset(List.of(committee("pc", null), dayBefore), people, List.of()))))
        .containsExactly("ELEC-004@b1");
    var probationary =
        onTheDay.withPosts(
            onTheDay.posts().get(0), post(PostKind.DEPUTY_SECRETARY, "prob", full, "丙"));
    assertThat(
            terms(
                validate(dataset(List.of(committee("pc", null), probationary), people, List.of()))))
        .containsExactly("ELEC-004@b1");
  }
}
