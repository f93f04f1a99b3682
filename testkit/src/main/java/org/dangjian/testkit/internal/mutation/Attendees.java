package org.dangjian.testkit.internal.mutation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.activity.Absence;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityKind;
import org.dangjian.core.activity.Attendance;
import org.dangjian.core.activity.ImmutableActivity;
import org.dangjian.core.activity.ImmutableAttendance;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;

/**
 * Takes members who leave an organization without a transfer out of the attendance of its meetings,
 * for the mutators that move members: such a member was never in that organization, so it is
 * neither due, present nor absent at its meetings.
 */
final class Attendees {

  private Attendees() {}

  /**
   * The activities of {@code d} with {@code leaving} taken out of the attendance of the meetings of
   * organization {@code orgId}, committee meetings aside (their due count is the committee): a
   * member moved to another organization without a transfer was never in this one, so it is neither
   * due, present nor absent at its meetings, and the full members due to vote (CONST-005) stay
   * within the organization's full members. A general or election meeting that would lose its
   * quorum of voting members (LIFE-003, ELEC-005) gets absent full members back as present.
   * Unchanged activities are the same objects.
   */
  static List<Activity> without(Dataset d, String orgId, Collection<Member> leaving) {
    List<Activity> out = new ArrayList<>(d.activities().size());
    for (Activity a : d.activities()) {
      boolean affected =
          a.organizationId().equals(orgId)
              && a.attendance().isPresent()
              && a.kind() != ActivityKind.COMMITTEE_MEETING;
      out.add(affected ? withoutAttendees(d, a, leaving) : a);
    }
    return out;
  }

  private static Activity withoutAttendees(Dataset d, Activity a, Collection<Member> leaving) {
    Attendance att = a.attendance().orElseThrow();
    LocalDate date = a.date();
    int due = att.due();
    int present = att.present();
    int votingDue = att.votingDue();
    int votingPresent = att.votingPresent();
    List<Absence> absences = new ArrayList<>(att.absences());
    List<String> listed = new ArrayList<>(att.presentMemberIds());
    boolean changed = false;
    for (Member m : leaving) {
      Optional<MemberStage> stage = m.stageOn(date);
      if (stage.isEmpty() || !stage.get().isPartyMember()) {
        continue;
      }
      changed = true;
      boolean full = stage.get() == MemberStage.FULL;
      int absent = absenceOf(absences, m.id());
      due--;
      votingDue -= full ? 1 : 0;
      if (absent >= 0) {
        absences.remove(absent);
      } else {
        present--;
        votingPresent -= full ? 1 : 0;
        listed.remove(m.id());
      }
    }
    if (!changed) {
      return a;
    }
    while (lacksQuorum(a.kind(), votingDue, votingPresent)) {
      int back = -1;
      for (int k = 0; k < absences.size() && back < 0; k++) {
        Optional<Member> m = absences.get(k).memberId().flatMap(d::member);
        if (m.isPresent() && m.get().stageOn(date).filter(MemberStage.FULL::equals).isPresent()) {
          back = k;
        }
      }
      if (back < 0) {
        break;
      }
      Absence returning = absences.remove(back);
      present++;
      votingPresent++;
      if (!att.presentMemberIds().isEmpty()) {
        listed.add(returning.memberId().orElseThrow());
      }
    }
    Attendance changedAttendance =
        ImmutableAttendance.copyOf(att)
            .withDue(due)
            .withPresent(present)
            .withVotingDue(votingDue)
            .withVotingPresent(votingPresent)
            .withAbsences(absences)
            .withPresentMemberIds(listed);
    return ImmutableActivity.copyOf(a).withAttendance(changedAttendance);
  }

  private static int absenceOf(List<Absence> absences, String memberId) {
    for (int k = 0; k < absences.size(); k++) {
      if (absences.get(k).memberId().filter(memberId::equals).isPresent()) {
        return k;
      }
    }
    return -1;
  }

  private static boolean lacksQuorum(ActivityKind kind, int votingDue, int votingPresent) {
    if (votingDue <= 0) {
      return false;
    }
    return switch (kind) {
      case GENERAL_MEETING -> (long) votingPresent * 2 <= votingDue;
      case ELECTION -> (long) votingPresent * 5 <= (long) votingDue * 4;
      default -> false;
    };
  }
}
