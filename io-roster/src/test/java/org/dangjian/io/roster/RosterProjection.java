package org.dangjian.io.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.member.Development;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.ImmutableDevelopment;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.ProbationExtension;
import org.dangjian.core.member.StepCoverage;
import org.dangjian.core.member.StepRecord;
import org.dangjian.core.organization.Committee;
import org.dangjian.core.organization.Organization;
import org.dangjian.io.Privacy;

/**
 * The roster projection of docs/FORMATS.md: a member or organization restricted to what a roster
 * row carries, which is exactly what an export followed by an import gives back. Members keep id,
 * name, gender, ethnicity, birth date, ID number and phone (as the privacy profile lets them
 * through), education, stage, home organization, party group, employer, job title, occupation and
 * lost-contact date, and a development record (coverage MILESTONES) of five dated steps without
 * deciding bodies (1, 3, 7, 15, and 24 on the end of probation) plus an extension of 1 to 12 months
 * decided on the first anniversary of admission. Organizations keep id, name, kind, parent,
 * founding and dissolution dates and the host unit.
 */
public final class RosterProjection {

  private RosterProjection() {}

  /** The projection of {@code member} under {@code privacy}. */
  public static Member member(Member member, Privacy privacy) {
    Development d = member.development();
    var b =
        Member.builder()
            .id(member.id())
            .name(member.name())
            .gender(member.gender())
            .ethnicity(member.ethnicity())
            .birthDate(member.birthDate())
            .education(member.education())
            .stage(member.stage())
            .organizationId(member.organizationId())
            .partyGroupId(member.partyGroupId())
            .employer(member.employer())
            .jobTitle(member.jobTitle())
            .occupation(member.occupation())
            .lostContactSince(member.lostContactSince());
    if (privacy == Privacy.FULL) {
      b.idNumber(member.idNumber()).phone(member.phone());
    }
    ImmutableDevelopment.Builder steps = Development.builder().coverage(StepCoverage.MILESTONES);
    add(steps, DevelopmentStep.APPLICATION, d.applicationDate());
    add(steps, DevelopmentStep.ACTIVIST_DESIGNATION, d.activistDate());
    add(steps, DevelopmentStep.TARGET_DESIGNATION, d.targetDate());
    add(steps, DevelopmentStep.ADMISSION_MEETING, d.admissionDate());
    add(steps, DevelopmentStep.CONVERSION_APPROVAL, d.fullMembershipDate());
    if (d.fullMembershipDate().isPresent()) {
      LocalDate anniversary = d.admissionDate().orElseThrow().plusYears(1);
      int months = d.probationExtension().map(ProbationExtension::months).orElse(0);
      if (months >= 1 && months <= 12) {
        steps.probationExtension(ProbationExtension.of(anniversary, months));
      }
    }
    Development projected = steps.build();
    if (!projected.steps().isEmpty()) {
      b.development(projected);
    }
    return b.build();
  }

  /** The projection of {@code organization}. */
  public static Organization organization(Organization organization) {
    return Organization.builder()
        .id(organization.id())
        .name(organization.name())
        .kind(organization.kind())
        .parentId(organization.parentId())
        .foundedOn(organization.foundedOn())
        .dissolvedOn(organization.dissolvedOn())
        .hostUnit(organization.hostUnit())
        .addAllCommittees(
            organization
                .latestCommittee()
                .map(
                    c ->
                        List.of(
                            Committee.builder()
                                .electedOn(c.electedOn())
                                .termYears(c.termYears())
                                .build()))
                .orElse(List.of()))
        .build();
  }

  private static void add(
      ImmutableDevelopment.Builder steps, DevelopmentStep step, Optional<LocalDate> date) {
    date.ifPresent(d -> steps.addStep(StepRecord.of(step, d)));
  }
}
