package org.dangjian.testkit.internal.mutation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityKind;
import org.dangjian.core.activity.Attendance;
import org.dangjian.core.activity.ImmutableActivity;
import org.dangjian.core.activity.ImmutableAttendance;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.PostHolding;
import org.dangjian.core.organization.PostKind;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.Mutation;

/**
 * The one-defect mutators of meetings: a frequency rule broken by taking every activity of one kind
 * of one organization out of the dataset (reported at the organization), and a quorum broken by
 * lowering the voting members present at one meeting (reported at the activity). Removing
 * activities touches no other rule: no rule asks for a meeting on a given date.
 */
public final class MeetingMutators {

  private MeetingMutators() {}

  /** Injects a meeting {@code defect}; null when it is not one of this class. */
  public static Mutation apply(Defect defect, Dataset d, LocalDate asOf) {
    return switch (defect) {
      case NO_THEMED_PARTY_DAYS -> without(d, defect, ActivityKind.THEMED_PARTY_DAY);
      case NO_GENERAL_MEETINGS -> without(d, defect, ActivityKind.GENERAL_MEETING);
      case NO_COMMITTEE_MEETINGS -> without(d, defect, ActivityKind.COMMITTEE_MEETING);
      case NO_ORGANIZATIONAL_LIFE_MEETING ->
          without(d, defect, ActivityKind.ORGANIZATIONAL_LIFE_MEETING);
      case NO_BRANCH_LECTURES -> without(d, defect, ActivityKind.PARTY_LECTURE);
      case NO_SECRETARY_LECTURE -> noSecretaryLecture(d, defect);
      case GENERAL_MEETING_WITHOUT_QUORUM -> quorum(d, defect, ActivityKind.GENERAL_MEETING);
      case ELECTION_WITHOUT_QUORUM -> election(d, defect, asOf);
      default -> null;
    };
  }

  private static Mutation without(Dataset d, Defect defect, ActivityKind kind) {
    Organization o =
        Edits.organization(
            d,
            x ->
                x.kind() == OrganizationKind.BRANCH
                    && d.activities().stream()
                        .anyMatch(a -> a.organizationId().equals(x.id()) && a.kind() == kind),
            defect);
    List<Activity> kept =
        d.activities().stream()
            .filter(a -> !(a.organizationId().equals(o.id()) && a.kind() == kind))
            .toList();
    return new Mutation(
        Edits.rebuild(d, d.organizations(), d.members(), kept, d.pairings()),
        o.id(),
        defect,
        "every " + kind.label() + " of " + o.id() + " removed");
  }

  private static Mutation noSecretaryLecture(Dataset d, Defect defect) {
    Organization o =
        Edits.organization(
            d,
            x ->
                x.kind() == OrganizationKind.PARTY_COMMITTEE
                    && d.activities().stream()
                        .anyMatch(a -> a.lecturerId().filter(secretaries(x)::contains).isPresent()),
            defect);
    Set<String> ids = secretaries(o);
    List<Activity> activities =
        d.activities().stream()
            .map(
                a ->
                    a.lecturerId().filter(ids::contains).isPresent()
                        ? (Activity)
                            ImmutableActivity.copyOf(a).withLecturerId(java.util.Optional.empty())
                        : a)
            .toList();
    return new Mutation(
        Edits.rebuild(d, d.organizations(), d.members(), activities, d.pairings()),
        o.id(),
        defect,
        "the secretaries of " + o.id() + " no longer named as lecturers");
  }

  private static Set<String> secretaries(Organization o) {
    Set<String> ids = new HashSet<>();
    for (PostHolding p : o.posts()) {
      if (p.post() == PostKind.SECRETARY) {
        p.memberId().ifPresent(ids::add);
      }
    }
    return ids;
  }

  private static Mutation election(Dataset d, Defect defect, LocalDate asOf) {
    LocalDate date = asOf.minusDays(10);
    Organization o =
        Edits.organization(
            d, x -> x.kind() == OrganizationKind.BRANCH && full(d, x, date) >= 5, defect);
    int full = full(d, o, date);
    int present = full * 4 / 5;
    Activity added =
        ImmutableActivity.builder()
            .id(Edits.unusedId(d, "act"))
            .organizationId(o.id())
            .kind(ActivityKind.ELECTION)
            .date(date)
            .attendance(Attendance.of(full, present))
            .build();
    return new Mutation(
        Edits.add(d, added),
        added.id(),
        defect,
        "an election meeting of " + o.id() + " with " + present + " of " + full + " voters added");
  }

  private static int full(Dataset d, Organization o, LocalDate date) {
    return (int)
        d.members().stream()
            .filter(m -> m.organizationId().equals(o.id()) && m.transfers().isEmpty())
            .filter(m -> m.stageOn(date).filter(MemberStage.FULL::equals).isPresent())
            .count();
  }

  private static Mutation quorum(Dataset d, Defect defect, ActivityKind kind) {
    Activity a =
        Edits.activity(
            d,
            x -> x.kind() == kind && x.attendance().filter(t -> t.votingDue() >= 3).isPresent(),
            defect);
    Attendance att = a.attendance().orElseThrow();
    int votingPresent =
        kind == ActivityKind.ELECTION ? att.votingDue() * 4 / 5 : att.votingDue() / 2;
    int fewer = att.votingPresent() - votingPresent;
    List<String> listed = att.presentMemberIds();
    Attendance changed =
        ImmutableAttendance.copyOf(att)
            .withVotingPresent(votingPresent)
            .withPresent(att.present() - fewer)
            .withPresentMemberIds(
                listed.isEmpty() ? listed : listed.subList(0, listed.size() - fewer));
    List<Activity> activities =
        d.activities().stream()
            .map(x -> x == a ? ImmutableActivity.copyOf(a).withAttendance(changed) : x)
            .toList();
    return new Mutation(
        Edits.rebuild(d, d.organizations(), d.members(), activities, d.pairings()),
        a.id(),
        defect,
        "voting members present at "
            + a.id()
            + " lowered to "
            + votingPresent
            + " of "
            + att.votingDue());
  }
}
