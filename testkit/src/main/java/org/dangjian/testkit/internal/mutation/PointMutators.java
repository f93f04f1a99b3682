package org.dangjian.testkit.internal.mutation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.Attendance;
import org.dangjian.core.activity.ImmutableActivity;
import org.dangjian.core.activity.ImmutableAttendance;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.ImmutableDataset;
import org.dangjian.core.member.Departure;
import org.dangjian.core.member.DepartureKind;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.core.points.ImmutablePointEntry;
import org.dangjian.core.points.PointCategory;
import org.dangjian.core.points.PointEntry;
import org.dangjian.core.points.PointSourceKind;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.Mutation;

/**
 * The one-defect mutators of the points ledger and of attendance lists: each adds one points entry
 * of 3 study points for a plain member (see {@link Edits#plainMember}) on the reference date and
 * breaks it in one way (an unknown member or approver, a date before the admission, a date on the
 * day of the member's death, an earning activity that does not exist), or gives one activity a list
 * of those present one short of its count. The cap rule's mutator is in {@link LedgerMutators}: it
 * speaks only under a points scheme set in the validation settings.
 */
public final class PointMutators {

  private PointMutators() {}

  /** Injects a points {@code defect}; null when it is not one of this class. */
  public static Mutation apply(Defect defect, Dataset d, LocalDate asOf) {
    return switch (defect) {
      case POINTS_FOR_UNKNOWN_MEMBER -> {
        String nobody = Edits.unusedId(d, "mem");
        yield added(d, defect, entry(d, member(d, asOf, defect), asOf).withMemberId(nobody), "");
      }
      case POINTS_BEFORE_ADMISSION -> {
        Member m = member(d, asOf, defect);
        LocalDate before = m.development().admissionDate().orElseThrow().minusDays(1);
        yield added(d, defect, entry(d, m, before), " dated " + before);
      }
      case POINTS_AFTER_DEPARTURE -> afterDeparture(d, asOf, defect);
      case POINTS_APPROVER_UNKNOWN ->
          added(
              d,
              defect,
              entry(d, member(d, asOf, defect), asOf).withApproverId(Edits.unusedId(d, "mem")),
              " approved by an unknown member");
      case POINTS_SOURCE_MISSING ->
          added(
              d,
              defect,
              entry(d, member(d, asOf, defect), asOf)
                  .withSourceKind(PointSourceKind.ACTIVITY)
                  .withSourceId(Edits.unusedId(d, "act")),
              " earned by an activity that does not exist");
      case PRESENT_LIST_SHORT -> presentListShort(d, defect);
      default -> null;
    };
  }

  private static Member member(Dataset d, LocalDate asOf, Defect defect) {
    return Edits.member(d, Edits.plainMember(d, asOf), defect);
  }

  private static ImmutablePointEntry entry(Dataset d, Member m, LocalDate date) {
    return PointEntry.builder()
        .id(Edits.unusedId(d, "pt"))
        .memberId(m.id())
        .date(date)
        .points(3)
        .category(PointCategory.STUDY)
        .remark("集中学习")
        .build();
  }

  private static Mutation added(Dataset d, Defect defect, PointEntry e, String what) {
    Dataset changed = ImmutableDataset.copyOf(d).withPointEntries(withEntry(d, e));
    return new Mutation(
        changed, e.id(), defect, "points entry " + e.id() + " for " + e.memberId() + what);
  }

  private static List<PointEntry> withEntry(Dataset d, PointEntry e) {
    List<PointEntry> entries = new ArrayList<>(d.pointEntries());
    entries.add(e);
    return entries;
  }

  /** The member dies the day after the reference date, and earns points that very day. */
  private static Mutation afterDeparture(Dataset d, LocalDate asOf, Defect defect) {
    Member m = member(d, asOf, defect);
    LocalDate dies = asOf.plusDays(1);
    Member departed =
        ImmutableMember.copyOf(m).withDeparture(Departure.of(DepartureKind.DEATH, dies));
    PointEntry e = entry(d, m, dies);
    Dataset changed =
        ImmutableDataset.copyOf(Edits.replace(d, departed)).withPointEntries(withEntry(d, e));
    return new Mutation(
        changed, e.id(), defect, m.id() + " dies on " + dies + " and earns points that day");
  }

  private static Mutation presentListShort(Dataset d, Defect defect) {
    Activity a =
        Edits.activity(d, x -> x.attendance().filter(t -> t.present() >= 2).isPresent(), defect);
    Attendance att = a.attendance().orElseThrow();
    List<String> ids = new ArrayList<>(att.presentMemberIds());
    if (ids.isEmpty()) {
      d.membersOf(a.organizationId()).forEach(m -> ids.add(m.id()));
    }
    List<String> shortList = List.copyOf(ids.subList(0, att.present() - 1));
    Activity changed =
        ImmutableActivity.copyOf(a)
            .withAttendance(ImmutableAttendance.copyOf(att).withPresentMemberIds(shortList));
    List<Activity> activities = new ArrayList<>(d.activities());
    activities.replaceAll(x -> x == a ? changed : x);
    return new Mutation(
        ImmutableDataset.copyOf(d).withActivities(activities),
        a.id(),
        defect,
        "the list of those present at "
            + a.id()
            + " names "
            + shortList.size()
            + " of "
            + att.present());
  }
}
