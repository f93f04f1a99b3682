package org.dangjian.testkit.internal.mutation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.ImmutableDataset;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.Member;
import org.dangjian.core.points.PointCategory;
import org.dangjian.core.points.PointEntry;
import org.dangjian.core.points.PointSourceKind;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.Mutation;

/**
 * The one-defect mutators that change a record's dates or the dataset as a whole: a conversion
 * meeting held the day before the probation ends (the full-membership date is the end of probation
 * whatever the meeting's date, so no count moves), a dataset without any activity (its issue names
 * no record: {@link Mutation#recordId()} is empty), and a points entry of 21 study points, one over
 * the monthly cap of {@code PointsPolicy.sample()}, on the first day of the reference date's month
 * (the cap rule speaks only under that policy, see {@link Defect#detection()}).
 */
public final class LedgerMutators {

  /** The monthly cap of {@code PointsPolicy.sample()}, plus one. */
  private static final int OVER_MONTHLY_CAP = 21;

  private LedgerMutators() {}

  /** Injects {@code defect}; null when it is not one of this class. */
  public static Mutation apply(Defect defect, Dataset d, LocalDate asOf) {
    return switch (defect) {
      case CONVERSION_MEETING_BEFORE_PROBATION_ENDS -> earlyConversionMeeting(d, defect, asOf);
      case NO_ACTIVITIES -> noActivities(d, defect);
      case POINTS_OVER_MONTHLY_CAP -> overCap(d, defect, asOf);
      default -> null;
    };
  }

  private static Mutation earlyConversionMeeting(Dataset d, Defect defect, LocalDate asOf) {
    Member m =
        Edits.member(
            d,
            Edits.plainMember(d, asOf)
                .and(x -> x.development().probationExtension().isEmpty())
                .and(x -> !x.development().steps().isEmpty())
                .and(
                    x ->
                        x.development()
                            .dateOf(DevelopmentStep.CONVERSION_APPLICATION)
                            .flatMap(
                                a ->
                                    x.development()
                                        .probationEnd()
                                        .map(end -> a.isBefore(end.minusDays(1))))
                            .orElse(false))
                .and(x -> x.development().dateOf(DevelopmentStep.CONVERSION_MEETING).isPresent()),
            defect);
    LocalDate meeting = m.development().probationEnd().orElseThrow().minusDays(1);
    return new Mutation(
        Edits.replace(d, Edits.withStepDate(m, DevelopmentStep.CONVERSION_MEETING, meeting)),
        m.id(),
        defect,
        "conversion meeting of " + m.id() + " moved to " + meeting + ", before probation ends");
  }

  private static Mutation noActivities(Dataset d, Defect defect) {
    if (d.activities().isEmpty()) {
      throw new IllegalStateException("the dataset has no activities to remove for " + defect);
    }
    List<PointEntry> entries = new ArrayList<>();
    for (PointEntry e : d.pointEntries()) {
      if (e.sourceKind().filter(PointSourceKind.ACTIVITY::equals).isEmpty()) {
        entries.add(e);
      }
    }
    return new Mutation(
        ImmutableDataset.copyOf(d).withActivities(List.of()).withPointEntries(entries),
        "",
        defect,
        "all " + d.activities().size() + " activities removed, and the points entries they earned");
  }

  private static Mutation overCap(Dataset d, Defect defect, LocalDate asOf) {
    Member m = Edits.member(d, Edits.plainMember(d, asOf), defect);
    PointEntry e =
        PointEntry.builder()
            .id(Edits.unusedId(d, "pt"))
            .memberId(m.id())
            .date(asOf.withDayOfMonth(1))
            .points(OVER_MONTHLY_CAP)
            .category(PointCategory.STUDY)
            .remark("集中学习")
            .build();
    List<PointEntry> entries = new ArrayList<>(d.pointEntries());
    entries.add(e);
    return new Mutation(
        ImmutableDataset.copyOf(d).withPointEntries(entries),
        e.id(),
        defect,
        "points entry " + e.id() + " of " + OVER_MONTHLY_CAP + " points for " + m.id());
  }
}
