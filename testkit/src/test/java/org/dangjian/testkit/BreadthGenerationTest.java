package org.dangjian.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityKind;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.DepartureKind;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.PostHolding;
import org.dangjian.core.organization.PostKind;
import org.dangjian.core.organization.Unit;
import org.dangjian.core.organization.UnitCoverage;
import org.dangjian.core.recognition.HonorLevel;
import org.dangjian.core.recognition.Rating;
import org.dangjian.core.recognition.RatingScheme;
import org.dangjian.core.recognition.RatingSchemes;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordVisitor;
import org.dangjian.core.vanguard.Team;
import org.dangjian.core.vanguard.TeamKind;
import org.junit.jupiter.api.Test;

/**
 * Each breadth dimension of {@link Breadth} is controlled by its own setting: switched on alone on
 * a 600-member group, it adds what it says in the amount asked and nothing of the other dimensions;
 * the preset {@link GeneratorSettings#everyKind} is deterministic by seed. (That the results are
 * valid under every rule is proven with the validator in testkit-validation's {@code
 * EveryKindGroupTest}.)
 */
class BreadthGenerationTest {

  private static final LocalDate AS_OF = GeneratorSettings.DEFAULT_AS_OF;

  private static Dataset with(Breadth breadth) {
    return DatasetGenerator.generate(
        GeneratorSettings.proportional(9, 600).breadth(breadth).build());
  }

  private static final Dataset BASIC = with(Breadth.none());

  private static Set<OrganizationKind> kinds(Dataset d) {
    return d.organizations().stream().map(Organization::kind).collect(Collectors.toSet());
  }

  @Test
  void noBreadthIsTheBasicGroupAndSettingsWithoutBreadthPrintAsBefore() {
    GeneratorSettings plain = GeneratorSettings.proportional(9, 600).build();
    assertThat(plain.breadth()).isEqualTo(Breadth.none());
    assertThat(plain.toString()).doesNotContain("Breadth");
    assertThat(DatasetGenerator.generate(plain)).isEqualTo(BASIC);
    assertThat(kinds(BASIC))
        .containsExactlyInAnyOrder(OrganizationKind.PARTY_COMMITTEE, OrganizationKind.BRANCH);
    assertThat(BASIC.units()).isEmpty();
    assertThat(BASIC.teams()).isEmpty();
  }

  @Test
  void massOrganizationsAloneAddTheUnionAndLeagueBodiesUnderPartyOrganizations() {
    Dataset d = with(Breadth.builder().massOrganizations(true).build());
    Map<String, Organization> byId =
        d.organizations().stream().collect(Collectors.toMap(Organization::id, Function.identity()));
    List<Organization> mass =
        d.organizations().stream().filter(o -> !kinds(BASIC).contains(o.kind())).toList();
    assertThat(mass.stream().map(Organization::kind).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(
            OrganizationKind.TRADE_UNION,
            OrganizationKind.UNION_FEDERATION,
            OrganizationKind.LEAGUE_COMMITTEE,
            OrganizationKind.LEAGUE_BRANCH);
    for (Organization o : mass) {
      OrganizationKind parent = byId.get(o.parentId().orElseThrow()).kind();
      if (o.kind() == OrganizationKind.LEAGUE_BRANCH) {
        assertThat(parent).isEqualTo(OrganizationKind.LEAGUE_COMMITTEE);
      } else {
        assertThat(parent).isEqualTo(OrganizationKind.PARTY_COMMITTEE);
      }
    }
    assertThat(d.members()).isEqualTo(BASIC.members());
  }

  @Test
  void structureSettingsGiveTheirKindsInTheCountsAsked() {
    Dataset d =
        with(
            Breadth.builder()
                .jointBranches(3)
                .temporaryBranches(2)
                .disciplineCommission(true)
                .committeeKinds(true)
                .build());
    Map<OrganizationKind, Long> count =
        d.organizations().stream()
            .collect(Collectors.groupingBy(Organization::kind, Collectors.counting()));
    assertThat(count.get(OrganizationKind.JOINT_BRANCH)).isEqualTo(3);
    assertThat(count.get(OrganizationKind.TEMPORARY_BRANCH)).isEqualTo(2);
    assertThat(count.get(OrganizationKind.DISCIPLINE_COMMISSION)).isEqualTo(1);
    assertThat(count.get(OrganizationKind.ORGAN_PARTY_COMMITTEE)).isEqualTo(1);
    assertThat(count.get(OrganizationKind.WORKING_COMMITTEE)).isEqualTo(1);
    assertThat(count.get(OrganizationKind.BRANCH) + 3).isEqualTo(BASIC.organizations().size() - 3);
    assertThat(d.organizations().stream().filter(o -> o.kind() == OrganizationKind.JOINT_BRANCH))
        .allSatisfy(o -> assertThat(o.jointUnits()).hasSizeBetween(2, 4));
    Set<String> temporary =
        d.organizations().stream()
            .filter(o -> o.kind() == OrganizationKind.TEMPORARY_BRANCH)
            .map(Organization::id)
            .collect(Collectors.toSet());
    List<Member> crews =
        d.members().stream().filter(m -> !m.otherOrganizationIds().isEmpty()).toList();
    assertThat(crews).hasSizeGreaterThanOrEqualTo(6);
    assertThat(crews).allSatisfy(m -> assertThat(temporary).containsAll(m.otherOrganizationIds()));
  }

  @Test
  void partyGroupsHoldEveryMemberOfTheLargerBranchesAndMeetMonthly() {
    Dataset d = with(Breadth.builder().partyGroups(true).build());
    Map<String, Organization> groups =
        d.organizations().stream()
            .filter(o -> o.kind() == OrganizationKind.PARTY_GROUP)
            .collect(Collectors.toMap(Organization::id, Function.identity()));
    assertThat(groups).isNotEmpty();
    for (Member m : d.members()) {
      m.partyGroupId()
          .ifPresent(g -> assertThat(groups.get(g).parentId()).contains(m.organizationId()));
    }
    Map<String, Long> meetings =
        d.activities().stream()
            .filter(a -> a.kind() == ActivityKind.GROUP_MEETING)
            .collect(Collectors.groupingBy(Activity::organizationId, Collectors.counting()));
    assertThat(meetings.keySet()).isEqualTo(groups.keySet());
    assertThat(meetings.values()).containsOnly(12L);
  }

  @Test
  void movementsAreInTheCountsAskedAndEveryDepartureKindOccurs() {
    Dataset d =
        with(
            Breadth.builder()
                .transfersIn(7)
                .transfersOut(5)
                .mobileMembers(4)
                .lostContact(2)
                .departures(12)
                .arrears(3)
                .build());
    long in =
        d.members().stream()
            .filter(m -> m.transfers().stream().anyMatch(t -> t.toOrganizationId().isPresent()))
            .count();
    long out =
        d.members().stream()
            .filter(m -> m.transfers().stream().anyMatch(t -> t.toOrganizationName().isPresent()))
            .count();
    assertThat(in).isEqualTo(7);
    assertThat(out).isEqualTo(5);
    assertThat(d.members().stream().filter(m -> m.mobileOn(AS_OF))).hasSize(4);
    assertThat(d.members().stream().filter(m -> m.lostContactSince().isPresent())).hasSize(2);
    Map<DepartureKind, Long> departed =
        d.members().stream()
            .filter(m -> m.departure().isPresent())
            .collect(Collectors.groupingBy(m -> m.departure().get().kind(), Collectors.counting()));
    assertThat(departed.keySet()).isEqualTo(EnumSet.allOf(DepartureKind.class));
    assertThat(departed.values()).containsOnly(2L);
    assertThat(d.members()).hasSize(BASIC.members().size() + 5 + 12);
    long late =
        d.members().stream()
            .filter(
                m ->
                    m.dues().stream()
                        .flatMap(x -> x.payments().stream())
                        .anyMatch(
                            p ->
                                p.paidOn().orElseThrow().isAfter(p.month().plusMonths(1).atDay(1))))
            .count();
    assertThat(late).isEqualTo(3);
  }

  @Test
  void unitsPairingsTeamsAndInstructorsAreInTheCountsAsked() {
    Dataset d = with(Breadth.builder().units(6).pairings(4).teams(12).instructors(3).build());
    Map<UnitCoverage, Long> coverage =
        d.units().stream().collect(Collectors.groupingBy(Unit::coverage, Collectors.counting()));
    long hosts = BASIC.organizations().stream().filter(o -> o.hostUnit().isPresent()).count();
    assertThat(coverage.get(UnitCoverage.OWN)).isEqualTo(hosts);
    assertThat(coverage.get(UnitCoverage.AREA)).isEqualTo(2);
    assertThat(coverage.get(UnitCoverage.INSTRUCTOR)).isEqualTo(2);
    assertThat(coverage.get(UnitCoverage.NONE)).isEqualTo(2);
    assertThat(d.members()).allSatisfy(m -> assertThat(m.unitId()).isPresent());
    assertThat(d.pairings()).hasSize(4);
    assertThat(d.teams().stream().collect(Collectors.groupingBy(Team::kind, Collectors.counting())))
        .containsOnlyKeys(TeamKind.values())
        .allSatisfy((k, n) -> assertThat(n).isEqualTo(2));
    assertThat(d.organizations().stream().filter(o -> !o.instructors().isEmpty())).hasSize(3);
  }

  @Test
  void recognitionCarriesSchemeScoresHonorsOfEveryLevelAndPreviousSecretaries() {
    Dataset d = with(Breadth.builder().scoredRatings(true).honors(12).postHistory(true).build());
    int year = AS_OF.getYear() - 1;
    RatingScheme scheme = RatingSchemes.defaults().inForce(year).orElseThrow();
    List<Rating> ratings = d.organizations().stream().flatMap(o -> o.ratings().stream()).toList();
    assertThat(ratings).isNotEmpty();
    assertThat(ratings)
        .allSatisfy(
            r -> {
              assertThat(r.scores()).hasSize(scheme.criteria().size());
              assertThat(scheme.levelFor(scheme.total(r.scores()))).contains(r.level());
            });
    assertThat(
            d.members().stream()
                .flatMap(m -> m.honors().stream())
                .filter(h -> h.level() != HonorLevel.ENTERPRISE)
                .map(h -> h.level())
                .collect(Collectors.toSet()))
        .containsAll(EnumSet.complementOf(EnumSet.of(HonorLevel.ENTERPRISE)));
    List<PostHolding> previous =
        d.organizations().stream()
            .flatMap(o -> o.posts().stream())
            .filter(p -> p.post() == PostKind.SECRETARY && p.until().isPresent())
            .toList();
    assertThat(previous).isNotEmpty();
  }

  @Test
  void everyKindIsDeterministicBySeedAndRefusesTooSmallGroups() {
    GeneratorSettings settings = GeneratorSettings.everyKind(4, 300).build();
    Dataset first = DatasetGenerator.generate(settings);
    assertThat(DatasetGenerator.generate(settings)).isEqualTo(first);
    assertThat(DatasetGenerator.generate(GeneratorSettings.everyKind(5, 300).build()))
        .isNotEqualTo(first);
    assertThat(first.activities().stream().map(Activity::kind).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.allOf(ActivityKind.class));
    assertThat(first.bulletins()).hasSize(1);
    assertThat(first.pointEntries()).isNotEmpty();
    assertThatThrownBy(() -> GeneratorSettings.everyKind(1, 149))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("150");
    assertThatThrownBy(() -> DatasetGenerator.stream(settings, 2, new RecordVisitor<Location>() {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("breadth");
    assertThatThrownBy(() -> Breadth.builder().teams(-1).build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
