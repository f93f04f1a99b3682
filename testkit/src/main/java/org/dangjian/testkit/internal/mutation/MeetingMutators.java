package org.dangjian.testkit.internal.mutation;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityKind;
import org.dangjian.core.activity.Attendance;
import org.dangjian.core.activity.ImmutableActivity;
import org.dangjian.core.activity.ImmutableAttendance;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
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
      case NO_THEMED_PARTY_DAYS -> without(d, defect, ActivityKind.THEMED_PARTY_DAY, false);
      case NO_GENERAL_MEETINGS -> without(d, defect, ActivityKind.GENERAL_MEETING, false);
      case NO_COMMITTEE_MEETINGS -> without(d, defect, ActivityKind.COMMITTEE_MEETING, false);
      case NO_ORGANIZATIONAL_LIFE_MEETING ->
          without(d, defect, ActivityKind.ORGANIZATIONAL_LIFE_MEETING, false);
      case NO_DEMOCRATIC_APPRAISAL -> without(d, defect, ActivityKind.DEMOCRATIC_APPRAISAL, false);
      case NO_BRANCH_LECTURES -> without(d, defect, ActivityKind.PARTY_LECTURE, false);
      case NO_SECRETARY_LECTURE -> without(d, defect, ActivityKind.PARTY_LECTURE, true);
      case GENERAL_MEETING_WITHOUT_QUORUM -> quorum(d, defect, ActivityKind.GENERAL_MEETING);
      case ELECTION_WITHOUT_QUORUM -> quorum(d, defect, ActivityKind.ELECTION);
      default -> null;
    };
  }

  private static Mutation without(Dataset d, Defect defect, ActivityKind kind, boolean committee) {
    Organization o =
        Edits.organization(
            d,
            x ->
                (committee
                        ? x.kind() == OrganizationKind.PARTY_COMMITTEE
                        : x.kind() == OrganizationKind.BRANCH)
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
    Attendance changed =
        ImmutableAttendance.copyOf(att)
            .withVotingPresent(votingPresent)
            .withPresent(att.present() - fewer);
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
