package org.dangjian.testkit.internal.mutation;

import java.time.LocalDate;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityKind;
import org.dangjian.core.activity.Attendance;
import org.dangjian.core.activity.ImmutableActivity;
import org.dangjian.core.activity.ImmutableAttendance;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.Mutation;

/**
 * The one-defect mutator of a meeting's voting counts (CONST-005): a general meeting that counts
 * one more member with a vote due to attend than its organization had full members that day. The
 * members present are unchanged, so the quorum still holds, and the counts stay distinct from the
 * defaulted ones (voting counts equal to the due and present counts).
 */
public final class VotingMutators {

  private VotingMutators() {}

  /** Injects a voting-count {@code defect}; null when it is not one of this class. */
  public static Mutation apply(Defect defect, Dataset d, LocalDate asOf) {
    if (defect != Defect.VOTING_OVER_FULL_MEMBERS) {
      return null;
    }
    Activity a =
        Edits.activity(
            d,
            x -> {
              if (x.kind() != ActivityKind.GENERAL_MEETING || x.attendance().isEmpty()) {
                return false;
              }
              Attendance att = x.attendance().get();
              int full = fullOn(d, x.organizationId(), x.date());
              int voting = full + 1;
              boolean defaulted = voting == att.due() && att.votingPresent() == att.present();
              return att.votingDue() == full
                  && !defaulted
                  && (long) att.votingPresent() * 2 > voting;
            },
            defect);
    Attendance att = a.attendance().orElseThrow();
    int voting = att.votingDue() + 1;
    Activity changed =
        ImmutableActivity.copyOf(a)
            .withAttendance(ImmutableAttendance.copyOf(att).withVotingDue(voting));
    return new Mutation(
        Edits.rebuild(
            d,
            d.organizations(),
            d.members(),
            d.activities().stream().map(x -> x.id().equals(a.id()) ? changed : x).toList(),
            d.pairings()),
        a.id(),
        defect,
        "general meeting "
            + a.id()
            + " counts "
            + voting
            + " members with a vote due, one more than the full members of "
            + a.organizationId());
  }

  /** The full members of organization {@code orgId} on {@code date}. */
  private static int fullOn(Dataset d, String orgId, LocalDate date) {
    int n = 0;
    for (Member m : d.members()) {
      if (m.organizationId().equals(orgId)
          && m.stageOn(date).filter(MemberStage.FULL::equals).isPresent()) {
        n++;
      }
    }
    return n;
  }
}
