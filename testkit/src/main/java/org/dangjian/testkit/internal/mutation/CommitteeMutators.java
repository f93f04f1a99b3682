package org.dangjian.testkit.internal.mutation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.organization.Committee;
import org.dangjian.core.organization.ElectionMethod;
import org.dangjian.core.organization.ImmutableCommittee;
import org.dangjian.core.organization.ImmutableOrganization;
import org.dangjian.core.organization.ImmutablePostHolding;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.PostHolding;
import org.dangjian.core.organization.PostKind;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.Mutation;

/**
 * The one-defect mutators of branch committees: the latest committee's term, election method and
 * election date, the approval of the secretary, and the seats held on the reference date. Each
 * works on a branch with exactly one committee, so that moving its election date cannot make an
 * earlier committee the latest; a seat it adds goes to a full member of the branch who holds no
 * post.
 */
public final class CommitteeMutators {

  private CommitteeMutators() {}

  /** Injects a committee {@code defect}; null when it is not one of this class. */
  public static Mutation apply(Defect defect, Dataset d, LocalDate asOf) {
    return switch (defect) {
      case SECRETARY_NOT_APPROVED -> secretaryNotApproved(d, defect, asOf);
      case BRANCH_ELECTED_BY_CONGRESS ->
          committee(
              d, defect, asOf, c -> c.withMethod(ElectionMethod.CONGRESS), "elected by a congress");
      case BRANCH_TERM_FOUR_YEARS ->
          committee(
              d,
              defect,
              asOf,
              c -> c.withTermYears(c.termYears() + 1),
              "term lengthened by a year");
      case TERM_OVERDUE ->
          committee(
              d,
              defect,
              asOf,
              c -> c.withElectedOn(asOf.minusYears(c.termYears()).minusMonths(2)),
              "elected two months more than a term before the reference date");
      case TERM_OVERDUE_BEYOND_POSTPONEMENT ->
          committee(
              d,
              defect,
              asOf,
              c -> c.withElectedOn(asOf.minusYears(c.termYears() + 2L)),
              "elected two years more than a term before the reference date");
      case PROBATIONARY_COMMITTEE_MEMBER -> probationarySeat(d, defect, asOf);
      case COMMITTEE_OF_SIX -> addSeats(d, defect, asOf);
      case BIG_BRANCH_WITHOUT_COMMITTEE -> dropSeats(d, defect, asOf);
      default -> null;
    };
  }

  private static Mutation committee(
      Dataset d,
      Defect defect,
      LocalDate asOf,
      java.util.function.UnaryOperator<ImmutableCommittee> change,
      String what) {
    Organization o =
        Edits.organization(
            d,
            x ->
                x.kind() == OrganizationKind.BRANCH
                    && x.committees().stream().anyMatch(c -> !c.electedOn().isAfter(asOf)),
            defect);
    Committee c =
        o.committees().stream()
            .filter(x -> !x.electedOn().isAfter(asOf))
            .max(java.util.Comparator.comparing(Committee::electedOn))
            .orElseThrow();
    Committee changed = change.apply(ImmutableCommittee.copyOf(c));
    return done(
        d,
        ImmutableOrganization.copyOf(o).withCommittees(changed),
        defect,
        "committee of " + o.id() + " " + what);
  }

  private static Mutation secretaryNotApproved(Dataset d, Defect defect, LocalDate asOf) {
    Organization o =
        Edits.organization(
            d,
            x ->
                x.kind() == OrganizationKind.BRANCH
                    && x.posts().stream().anyMatch(p -> secretary(p, asOf)),
            defect);
    List<PostHolding> posts = new ArrayList<>(o.posts());
    for (int i = 0; i < posts.size(); i++) {
      if (secretary(posts.get(i), asOf)) {
        posts.set(
            i,
            ImmutablePostHolding.copyOf(posts.get(i)).withApprovedOn(java.util.Optional.empty()));
        break;
      }
    }
    return done(
        d,
        ImmutableOrganization.copyOf(o).withPosts(posts),
        defect,
        "approval of the secretary of " + o.id() + " removed");
  }

  private static boolean secretary(PostHolding p, LocalDate asOf) {
    return p.post() == PostKind.SECRETARY && p.heldOn(asOf) && p.approvedOn().isPresent();
  }

  private static Mutation probationarySeat(Dataset d, Defect defect, LocalDate asOf) {
    Organization o =
        Edits.organization(
            d,
            x ->
                x.kind() == OrganizationKind.BRANCH
                    && x.posts().stream().anyMatch(p -> plainSeat(p, asOf))
                    && members(d, x, MemberStage.PROBATIONARY).findAny().isPresent(),
            defect);
    Member probationary = members(d, o, MemberStage.PROBATIONARY).findFirst().orElseThrow();
    List<PostHolding> posts = new ArrayList<>(o.posts());
    for (int i = 0; i < posts.size(); i++) {
      if (plainSeat(posts.get(i), asOf)) {
        posts.set(
            i,
            ImmutablePostHolding.copyOf(posts.get(i))
                .withMemberId(probationary.id())
                .withHolderName(probationary.name()));
        break;
      }
    }
    return done(
        d,
        ImmutableOrganization.copyOf(o).withPosts(posts),
        defect,
        "a committee seat of " + o.id() + " given to the probationary member " + probationary.id());
  }

  private static boolean plainSeat(PostHolding p, LocalDate asOf) {
    return p.post().isCommitteeSeat()
        && p.post() != PostKind.SECRETARY
        && p.post() != PostKind.DEPUTY_SECRETARY
        && p.heldOn(asOf)
        && p.memberId().isPresent();
  }

  private static java.util.stream.Stream<Member> members(
      Dataset d, Organization o, MemberStage stage) {
    return d.members().stream()
        .filter(m -> m.organizationId().equals(o.id()) && m.stage() == stage)
        .filter(m -> m.departure().isEmpty() && m.transfers().isEmpty());
  }

  private static int seats(Organization o, LocalDate asOf) {
    return o.committeeSizeOn(asOf);
  }

  private static Mutation addSeats(Dataset d, Defect defect, LocalDate asOf) {
    Set<String> holders = Edits.postHolders(d);
    Organization o =
        Edits.organization(
            d,
            x -> {
              if (x.kind() != OrganizationKind.BRANCH || seats(x, asOf) == 0) {
                return false;
              }
              long full = members(d, x, MemberStage.FULL).count();
              long free =
                  members(d, x, MemberStage.FULL).filter(m -> !holders.contains(m.id())).count();
              return full >= 7 && seats(x, asOf) >= 3 && free >= 6 - seats(x, asOf);
            },
            defect);
    int wanted = 6 - seats(o, asOf);
    List<PostHolding> posts = new ArrayList<>(o.posts());
    LocalDate from = asOf.minusMonths(1);
    members(d, o, MemberStage.FULL)
        .filter(m -> !holders.contains(m.id()))
        .filter(m -> m.stageOn(from).filter(MemberStage.FULL::equals).isPresent())
        .limit(wanted)
        .forEach(
            m ->
                posts.add(
                    PostHolding.builder()
                        .post(PostKind.COMMITTEE_MEMBER)
                        .memberId(m.id())
                        .holderName(m.name())
                        .from(from)
                        .build()));
    return done(
        d,
        ImmutableOrganization.copyOf(o).withPosts(posts),
        defect,
        wanted + " committee seats added to " + o.id());
  }

  private static Mutation dropSeats(Dataset d, Defect defect, LocalDate asOf) {
    Organization o =
        Edits.organization(
            d,
            x ->
                x.kind() == OrganizationKind.BRANCH
                    && members(d, x, MemberStage.FULL).count() >= 7
                    && seats(x, asOf) >= 3,
            defect);
    List<PostHolding> posts =
        o.posts().stream()
            .filter(
                p ->
                    !(p.post().isCommitteeSeat()
                        && p.post() != PostKind.SECRETARY
                        && p.heldOn(asOf)))
            .toList();
    return done(
        d,
        ImmutableOrganization.copyOf(o).withPosts(posts),
        defect,
        "every committee seat of " + o.id() + " but the secretary's removed");
  }

  private static Mutation done(Dataset d, Organization changed, Defect defect, String what) {
    return new Mutation(Edits.replace(d, changed), changed.id(), defect, what);
  }
}
