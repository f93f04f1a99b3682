package org.dangjian.testkit.internal.mutation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.organization.Committee;
import org.dangjian.core.organization.HostUnit;
import org.dangjian.core.organization.ImmutableHostUnit;
import org.dangjian.core.organization.ImmutableOrganization;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationFamily;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.PostHolding;
import org.dangjian.core.organization.PostKind;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.Mutation;

/**
 * The one-defect mutators of mass organizations: a youth league branch under another league branch,
 * a unit of 25 or more employees without a trade union, a union committee whose size does not fit
 * the head count, and a union term of four years. A union is added under a Party organization with
 * the employer as its own host unit (100 employees, so that the committee has 3 to 5 seats), and
 * since the first union of a dataset makes every other unit of 25 or more employees need one, each
 * such unit that no union covers yet is given a plain union too (without committee, so that no size
 * or term applies). Added organizations get ids no record uses and were founded three years before
 * the reference date.
 */
public final class MassMutators {

  /** Employees from which a unit needs a union (the validator's MASS-001 threshold). */
  private static final int UNION_THRESHOLD = 25;

  /** The head count given to the employer of an added union: 3 to 5 committee seats. */
  private static final int UNION_EMPLOYEES = 100;

  private MassMutators() {}

  /** Injects a mass-organization {@code defect}; null when it is not one of this class. */
  public static Mutation apply(Defect defect, Dataset d, LocalDate asOf) {
    return switch (defect) {
      case LEAGUE_BRANCH_UNDER_LEAGUE_BRANCH -> leagueUnderLeague(d, defect, asOf);
      case UNIT_WITHOUT_UNION -> unitWithoutUnion(d, defect, asOf);
      case UNION_COMMITTEE_SIZE_WRONG -> union(d, defect, asOf, 4, 3);
      case UNION_TERM_FOUR_YEARS -> union(d, defect, asOf, 3, 4);
      default -> null;
    };
  }

  private static Mutation leagueUnderLeague(Dataset d, Defect defect, LocalDate asOf) {
    Organization branch = Edits.organization(d, o -> o.kind() == OrganizationKind.BRANCH, defect);
    Organization league =
        organization(d, OrganizationKind.LEAGUE_BRANCH, branch.id(), branch.name() + "团支部", asOf);
    Dataset withLeague = added(d, league);
    Organization under =
        organization(
            withLeague, OrganizationKind.LEAGUE_BRANCH, league.id(), branch.name() + "青年团支部", asOf);
    return new Mutation(
        added(withLeague, under),
        under.id(),
        defect,
        "league branch " + under.id() + " placed under league branch " + league.id());
  }

  private static Mutation unitWithoutUnion(Dataset valid, Defect defect, LocalDate asOf) {
    Dataset d = valid;
    Set<String> covered = covered(d);
    Organization target = null;
    for (Organization o : d.organizations()) {
      if (o.kind().family() == OrganizationFamily.PARTY
          && o.existsOn(asOf)
          && ownEmployees(o) >= UNION_THRESHOLD
          && firstWithUnit(d, o.hostUnit().orElseThrow()) == o
          && !covered.contains(key(o.hostUnit().orElseThrow()))) {
        target = o;
        break;
      }
    }
    if (target == null) {
      Organization committee =
          Edits.organization(
              valid,
              o ->
                  o.kind() == OrganizationKind.PARTY_COMMITTEE
                      && o.existsOn(asOf)
                      && ownEmployees(o) < 0
                      && (o.hostUnit().isEmpty() || firstWithUnit(valid, o.hostUnit().get()) == o),
              defect);
      target =
          ImmutableOrganization.copyOf(committee)
              .withHostUnit(
                  ImmutableHostUnit.copyOf(
                          committee
                              .hostUnit()
                              .orElseGet(
                                  () -> HostUnit.builder().name(committee.name() + "所在单位").build()))
                      .withEmployeeCount(UNION_EMPLOYEES));
      d = Edits.replace(d, target);
    }
    Organization branch = Edits.organization(d, o -> o.kind() == OrganizationKind.BRANCH, defect);
    Dataset out = coverOthers(d, asOf, key(target.hostUnit().orElseThrow()));
    Organization union =
        organization(out, OrganizationKind.TRADE_UNION, branch.id(), branch.name() + "工会小组", asOf);
    return new Mutation(
        added(out, union),
        target.id(),
        defect,
        "trade union "
            + union.id()
            + " added under branch "
            + branch.id()
            + "; the unit of "
            + target.id()
            + " has none");
  }

  /** A union with {@code seats} committee seats and a term of {@code termYears} years. */
  private static Mutation union(
      Dataset d, Defect defect, LocalDate asOf, int seats, int termYears) {
    Organization parent =
        Edits.organization(
            d, o -> o.kind() == OrganizationKind.PARTY_COMMITTEE && o.existsOn(asOf), defect);
    HostUnit employer =
        ImmutableHostUnit.copyOf(
                parent
                    .hostUnit()
                    .orElseGet(() -> HostUnit.builder().name(parent.name() + "所在单位").build()))
            .withEmployeeCount(UNION_EMPLOYEES);
    Dataset out = coverOthers(d, asOf, key(employer));
    LocalDate elected = asOf.minusYears(1);
    List<PostHolding> posts = new ArrayList<>();
    PostKind[] kinds = {PostKind.CHAIR, PostKind.VICE_CHAIR};
    for (int i = 0; i < seats; i++) {
      posts.add(
          PostHolding.builder()
              .post(i < kinds.length ? kinds[i] : PostKind.COMMITTEE_MEMBER)
              .holderName("工会委员" + (i + 1))
              .from(elected)
              .build());
    }
    Organization union =
        ImmutableOrganization.copyOf(
                organization(
                    out, OrganizationKind.TRADE_UNION, parent.id(), parent.name() + "工会", asOf))
            .withHostUnit(employer)
            .withCommittees(Committee.builder().electedOn(elected).termYears(termYears).build())
            .withPosts(posts);
    return new Mutation(
        added(out, union),
        union.id(),
        defect,
        "trade union "
            + union.id()
            + " of "
            + UNION_EMPLOYEES
            + " employees added under "
            + parent.id()
            + " with "
            + seats
            + " committee seats and a term of "
            + termYears
            + " years");
  }

  /**
   * {@code d} with a plain union (no committee) under every organization whose own unit has 25 or
   * more employees and no union yet, except the unit of key {@code except}.
   */
  private static Dataset coverOthers(Dataset d, LocalDate asOf, String except) {
    Set<String> covered = covered(d);
    covered.add(except);
    Dataset out = d;
    for (Organization o : d.organizations()) {
      if (o.kind().family() != OrganizationFamily.PARTY
          || !o.existsOn(asOf)
          || ownEmployees(o) < UNION_THRESHOLD
          || !covered.add(key(o.hostUnit().orElseThrow()))) {
        continue;
      }
      out =
          added(
              out, organization(out, OrganizationKind.TRADE_UNION, o.id(), o.name() + "工会", asOf));
    }
    return out;
  }

  /** The unit keys the unions of {@code d} cover: their own units and their parents' units. */
  private static Set<String> covered(Dataset d) {
    Set<String> covered = new HashSet<>();
    for (Organization o : d.organizations()) {
      if (o.kind() != OrganizationKind.TRADE_UNION) {
        continue;
      }
      o.hostUnit().ifPresent(u -> covered.add(key(u)));
      o.parentId()
          .flatMap(d::organization)
          .flatMap(Organization::hostUnit)
          .ifPresent(u -> covered.add(key(u)));
    }
    return covered;
  }

  private static Organization firstWithUnit(Dataset d, HostUnit unit) {
    String key = key(unit);
    for (Organization o : d.organizations()) {
      if (o.hostUnit().filter(u -> key(u).equals(key)).isPresent()) {
        return o;
      }
    }
    return null;
  }

  private static int ownEmployees(Organization o) {
    return o.hostUnit().map(u -> u.employeeCount().orElse(-1)).orElse(-1);
  }

  /** A unit's identity as the validator keys it: its credit code, else its name. */
  private static String key(HostUnit unit) {
    return unit.creditCode().map(c -> "code:" + c.value()).orElse("name:" + unit.name());
  }

  /** A new organization of {@code kind} under {@code parent}, founded three years ago. */
  static ImmutableOrganization organization(
      Dataset d, OrganizationKind kind, String parent, String name, LocalDate asOf) {
    return Organization.builder()
        .id(Edits.unusedId(d, "org"))
        .name(name)
        .kind(kind)
        .parentId(Optional.ofNullable(parent))
        .foundedOn(asOf.minusYears(3))
        .build();
  }

  /** {@code d} with {@code o} after its organizations. */
  static Dataset added(Dataset d, Organization o) {
    List<Organization> organizations = new ArrayList<>(d.organizations());
    organizations.add(o);
    return Edits.rebuild(d, organizations, d.members(), d.activities(), d.pairings());
  }
}
