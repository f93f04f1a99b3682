package org.dangjian.validation.rules.mass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.validation.rules.structure.Fixtures.AS_OF;
import static org.dangjian.validation.rules.structure.Fixtures.branch;
import static org.dangjian.validation.rules.structure.Fixtures.committee;
import static org.dangjian.validation.rules.structure.Fixtures.dataset;
import static org.dangjian.validation.rules.structure.Fixtures.found;
import static org.dangjian.validation.rules.structure.Fixtures.members;
import static org.dangjian.validation.rules.structure.Fixtures.org;
import static org.dangjian.validation.rules.structure.Fixtures.post;
import static org.dangjian.validation.rules.structure.Fixtures.term;
import static org.dangjian.validation.rules.structure.Fixtures.unit;
import static org.dangjian.validation.rules.structure.Fixtures.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.core.organization.ImmutableOrganization;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.PostHolding;
import org.dangjian.core.organization.PostKind;
import org.dangjian.core.organization.UnitType;
import org.junit.jupiter.api.Test;

class MassRulesTest {

  private static List<String> mass(List<? extends Organization> orgs) {
    return found(validate(dataset(orgs, members("b1", 3, 0), List.of()))).stream()
        .filter(s -> s.startsWith("MASS"))
        .toList();
  }

  private static ImmutableOrganization company(String id, int employees) {
    return committee(id, null).withHostUnit(unit("公司" + id, UnitType.ENTERPRISE, employees));
  }

  private static ImmutableOrganization union(String id, String parent, int seats) {
    List<PostHolding> posts = new ArrayList<>();
    PostKind[] kinds = {PostKind.CHAIR, PostKind.VICE_CHAIR, PostKind.COMMITTEE_MEMBER};
    for (int i = 0; i < seats; i++) {
      posts.add(post(kinds[Math.min(i, 2)], null, LocalDate.of(2022, 1, 1), "委员" + id + i));
    }
    return org(id, OrganizationKind.TRADE_UNION, parent)
        .withCommittees(term(AS_OF.minusYears(1), 5))
        .withPosts(posts);
  }

  @Test
  void aUnitOfTwentyFiveEmployeesHasAUnion() {
    var unionised = company("pc", 300);
    List<Organization> base = List.of(unionised, branch("b1", "pc"), union("tu", "pc", 7));
    assertThat(mass(base)).isEmpty();
    List<Organization> with25 = new ArrayList<>(base);
    with25.add(company("pc2", 25));
    assertThat(mass(with25)).containsExactly("MASS-001@pc2");
    List<Organization> with24 = new ArrayList<>(base);
    with24.add(company("pc2", 24));
    assertThat(mass(with24)).isEmpty();
    List<Organization> ownUnion = new ArrayList<>(with25);
    ownUnion.add(union("tu2", null, 3).withHostUnit(unit("公司pc2", UnitType.ENTERPRISE, 25)));
    assertThat(mass(ownUnion)).isEmpty();
    assertThat(mass(List.of(company("pc", 300), branch("b1", "pc")))).isEmpty();
  }

  @Test
  void theUnionCommitteeSizeFollowsTheHeadCount() {
    for (int[] ok : new int[][] {{100, 3}, {100, 5}, {200, 7}, {10, 1}, {25, 3}}) {
      assertThat(mass(List.of(company("pc", ok[0]), branch("b1", "pc"), union("tu", "pc", ok[1]))))
          .as("%d employees, %d seats", ok[0], ok[1])
          .isEmpty();
    }
    for (int[] bad : new int[][] {{100, 7}, {100, 4}, {101, 3}, {10, 3}, {26, 7}}) {
      assertThat(
              mass(List.of(company("pc", bad[0]), branch("b1", "pc"), union("tu", "pc", bad[1]))))
          .as("%d employees, %d seats", bad[0], bad[1])
          .containsExactly("MASS-002@tu");
    }
    assertThat(mass(List.of(committee("pc", null), branch("b1", "pc"), union("tu", "pc", 9))))
        .isEmpty();
  }

  @Test
  void theUnionTermIsThreeOrFiveYears() {
    var company = company("pc", 100);
    for (int years : new int[] {3, 5}) {
      var tu = union("tu", "pc", 3).withCommittees(term(AS_OF.minusYears(1), years));
      assertThat(mass(List.of(company, branch("b1", "pc"), tu))).isEmpty();
    }
    for (int years : new int[] {2, 4, 6}) {
      var tu = union("tu", "pc", 3).withCommittees(term(AS_OF.minusYears(1), years));
      assertThat(mass(List.of(company, branch("b1", "pc"), tu))).containsExactly("MASS-003@tu");
    }
  }
}
