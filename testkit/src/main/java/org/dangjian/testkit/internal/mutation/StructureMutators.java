package org.dangjian.testkit.internal.mutation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.member.Departure;
import org.dangjian.core.member.DepartureKind;
import org.dangjian.core.member.Development;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.DuesPayment;
import org.dangjian.core.member.ImmutableDues;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.member.StepRecord;
import org.dangjian.core.organization.ImmutableOrganization;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.Mutation;

/**
 * The one-defect mutators of the dataset's structure and of membership's end: a cycle of two party
 * committees (two sibling committees when there are, so that the root stays a root), a member
 * record listed twice, and dues paid after a departure. A departure it records falls on the day
 * after the reference date, so that every count on the reference date stays the same.
 */
public final class StructureMutators {

  private StructureMutators() {}

  /** Injects a structural {@code defect}; null when it is not one of this class. */
  public static Mutation apply(Defect defect, Dataset d, LocalDate asOf) {
    return switch (defect) {
      case PARENT_CYCLE -> cycle(d, defect);
      case DUPLICATE_MEMBER_ID -> duplicateMember(d, defect, asOf);
      case DUES_AFTER_DEPARTURE -> duesAfterDeparture(d, defect, asOf);
      default -> null;
    };
  }

  private static Mutation cycle(Dataset d, Defect defect) {
    // Two sibling committees first, so that the root stays a root (a bulletin's share of employees
    // and other defects need one); the cycle is reported at the earlier of the two.
    List<Organization> orgs = d.organizations();
    for (int i = 0; i < orgs.size(); i++) {
      Organization a = orgs.get(i);
      if (a.kind() != OrganizationKind.PARTY_COMMITTEE || a.parentId().isEmpty()) {
        continue;
      }
      for (int j = i + 1; j < orgs.size(); j++) {
        Organization b = orgs.get(j);
        if (b.kind() == OrganizationKind.PARTY_COMMITTEE && b.parentId().equals(a.parentId())) {
          Dataset out =
              Edits.replace(
                  Edits.replace(d, ImmutableOrganization.copyOf(a).withParentId(b.id())),
                  ImmutableOrganization.copyOf(b).withParentId(a.id()));
          return new Mutation(
              out,
              a.id(),
              defect,
              "sibling committees " + a.id() + " and " + b.id() + " made each other's parent");
        }
      }
    }
    Organization child =
        Edits.organization(
            d,
            x ->
                x.kind() == OrganizationKind.PARTY_COMMITTEE
                    && x.parentId()
                        .flatMap(d::organization)
                        .filter(p -> p.kind() == OrganizationKind.PARTY_COMMITTEE)
                        .isPresent(),
            defect);
    Organization parent = d.organization(child.parentId().orElseThrow()).orElseThrow();
    return new Mutation(
        Edits.replace(d, ImmutableOrganization.copyOf(parent).withParentId(child.id())),
        parent.id(),
        defect,
        "parent of " + parent.id() + " set to its own sub-committee " + child.id());
  }

  private static Mutation duplicateMember(Dataset d, Defect defect, LocalDate asOf) {
    Member m =
        Edits.memberOrNull(
            d,
            x ->
                x.stage() == MemberStage.APPLICANT
                    && x.idNumber().isPresent()
                    && x.dues().isEmpty());
    if (m != null) {
      ResidentIdNumber id = Edits.unusedIdNumber(d, m.idNumber().orElseThrow(), m.birthDate());
      return duplicated(
          d,
          m,
          ImmutableMember.copyOf(m).withIdNumber(id),
          defect,
          "the applicant " + m.id() + " listed a second time, with another ID number");
    }
    // A group without applicants: a full member no one names as sponsor is listed a second time
    // as an applicant (its application alone), which no count of party members sees.
    Set<String> sponsors = Edits.sponsors(d);
    Member full =
        Edits.member(
            d,
            Edits.plainMember(d, asOf)
                .and(x -> !sponsors.contains(x.id()))
                .and(x -> x.development().dateOf(DevelopmentStep.APPLICATION_TALK).isPresent()),
            defect);
    List<StepRecord> application =
        full.development().steps().stream()
            .filter(
                s ->
                    s.step() == DevelopmentStep.APPLICATION
                        || s.step() == DevelopmentStep.APPLICATION_TALK)
            .toList();
    Member applicant =
        ImmutableMember.copyOf(full)
            .withStage(MemberStage.APPLICANT)
            .withIdNumber(Edits.unusedIdNumber(d, full.idNumber().orElseThrow(), full.birthDate()))
            .withDues(Optional.empty())
            .withDevelopment(Development.builder().addAllSteps(application).build());
    return duplicated(
        d,
        full,
        applicant,
        defect,
        "member " + full.id() + " listed a second time, as an applicant with another ID number");
  }

  private static Mutation duplicated(
      Dataset d, Member original, Member second, Defect defect, String description) {
    List<Member> members = new ArrayList<>(d.members());
    members.add(second);
    return new Mutation(
        Edits.rebuild(d, d.organizations(), members, d.activities(), d.pairings()),
        original.id(),
        defect,
        description);
  }

  private static Mutation duesAfterDeparture(Dataset d, Defect defect, LocalDate asOf) {
    Member m = Edits.member(d, Edits.plainMember(d, asOf), defect);
    LocalDate leaves = asOf.plusDays(1);
    YearMonth paid = YearMonth.from(leaves).plusMonths(1);
    List<DuesPayment> payments = new ArrayList<>(m.dues().orElseThrow().payments());
    DuesPayment last = payments.get(payments.size() - 1);
    payments.add(DuesPayment.builder().month(paid).amount(last.amount()).base(last.base()).build());
    Member changed =
        ImmutableMember.copyOf(m)
            .withDeparture(Departure.of(DepartureKind.DEATH, leaves))
            .withDues(ImmutableDues.copyOf(m.dues().orElseThrow()).withPayments(payments));
    return new Mutation(
        Edits.replace(d, changed),
        m.id(),
        defect,
        m.id() + " dies on " + leaves + " with dues paid for " + paid);
  }
}
