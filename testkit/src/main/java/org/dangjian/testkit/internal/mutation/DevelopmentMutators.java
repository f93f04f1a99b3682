package org.dangjian.testkit.internal.mutation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.Development;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.ImmutableDevelopment;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.ImmutablePoliticalReview;
import org.dangjian.core.member.ImmutableStepRecord;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.StepRecord;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.Mutation;

/**
 * The one-defect mutators of a full member's development record (发展党员): the political review, the
 * filing of the activist decision, the mentors, and the dates of the conversion steps. A step it
 * moves to a later date takes every later step with it, so the order of the steps is kept; it picks
 * a member converted long enough ago that no moved date passes the reference date.
 */
public final class DevelopmentMutators {

  private DevelopmentMutators() {}

  /** Injects a development {@code defect}; null when it is not one of this class. */
  public static Mutation apply(Defect defect, Dataset d, LocalDate asOf) {
    return switch (defect) {
      case POLITICAL_REVIEW_FAILED -> {
        Member m =
            Edits.member(
                d,
                Edits.plainMember(d, asOf).and(x -> x.development().politicalReview().isPresent()),
                defect);
        Development dev =
            ImmutableDevelopment.copyOf(m.development())
                .withPoliticalReview(
                    ImmutablePoliticalReview.copyOf(m.development().politicalReview().orElseThrow())
                        .withPassed(false));
        yield done(d, m, dev, defect, "political review of " + m.id() + " marked as not passed");
      }
      case ACTIVIST_FILING_MISSING -> {
        Member m =
            Edits.member(
                d,
                Edits.plainMember(d, asOf).and(x -> has(x, DevelopmentStep.ACTIVIST_FILING)),
                defect);
        List<StepRecord> steps =
            m.development().steps().stream()
                .filter(s -> s.step() != DevelopmentStep.ACTIVIST_FILING)
                .toList();
        yield done(
            d,
            m,
            ImmutableDevelopment.copyOf(m.development()).withSteps(steps),
            defect,
            "filing of the activist decision of " + m.id() + " removed");
      }
      case NO_MENTOR -> {
        Member m =
            Edits.member(
                d,
                Edits.plainMember(d, asOf)
                    .and(x -> !x.development().mentorIds().isEmpty())
                    .and(x -> has(x, DevelopmentStep.MENTOR_ASSIGNMENT)),
                defect);
        yield done(
            d,
            m,
            ImmutableDevelopment.copyOf(m.development()).withMentorIds(List.of()),
            defect,
            "mentors of " + m.id() + " removed");
      }
      case CONVERSION_APPLIED_AFTER_MEETING -> {
        Member m =
            Edits.member(
                d,
                Edits.plainMember(d, asOf)
                    .and(x -> has(x, DevelopmentStep.CONVERSION_APPLICATION))
                    .and(x -> has(x, DevelopmentStep.CONVERSION_MEETING)),
                defect);
        LocalDate meeting =
            m.development().dateOf(DevelopmentStep.CONVERSION_MEETING).orElseThrow();
        yield done(
            d,
            m,
            withDate(m.development(), DevelopmentStep.CONVERSION_APPLICATION, meeting.plusDays(1)),
            defect,
            "conversion application of " + m.id() + " moved to the day after the meeting");
      }
      case CONVERSION_APPROVAL_LATE -> conversionApprovalLate(d, defect, asOf);
      default -> null;
    };
  }

  private static Mutation conversionApprovalLate(Dataset d, Defect defect, LocalDate asOf) {
    Member m =
        Edits.member(
            d,
            Edits.plainMember(d, asOf)
                .and(x -> has(x, DevelopmentStep.CONVERSION_MEETING))
                .and(x -> has(x, DevelopmentStep.CONVERSION_APPROVAL))
                .and(
                    x ->
                        x.development()
                            .dateOf(DevelopmentStep.CONVERSION_MEETING)
                            .filter(c -> c.isBefore(asOf.minusYears(1)))
                            .isPresent()),
            defect);
    Development dev = m.development();
    LocalDate meeting = dev.dateOf(DevelopmentStep.CONVERSION_MEETING).orElseThrow();
    LocalDate approval = meeting.plusMonths(6).plusDays(1);
    long delta =
        ChronoUnit.DAYS.between(
            dev.dateOf(DevelopmentStep.CONVERSION_APPROVAL).orElseThrow(), approval);
    List<StepRecord> steps = new ArrayList<>();
    for (StepRecord s : dev.steps()) {
      steps.add(
          s.step().number() >= DevelopmentStep.CONVERSION_APPROVAL.number()
              ? ImmutableStepRecord.copyOf(s).withDate(s.date().plusDays(delta))
              : s);
    }
    return done(
        d,
        m,
        ImmutableDevelopment.copyOf(dev).withSteps(steps),
        defect,
        "conversion approval of "
            + m.id()
            + " moved to "
            + approval
            + ", six months and a day after the meeting");
  }

  private static boolean has(Member m, DevelopmentStep step) {
    return m.development().dateOf(step).isPresent();
  }

  private static Development withDate(Development dev, DevelopmentStep step, LocalDate date) {
    List<StepRecord> steps = new ArrayList<>();
    for (StepRecord s : dev.steps()) {
      steps.add(s.step() == step ? ImmutableStepRecord.copyOf(s).withDate(date) : s);
    }
    return ImmutableDevelopment.copyOf(dev).withSteps(steps);
  }

  private static Mutation done(
      Dataset d, Member m, Development dev, Defect defect, String description) {
    return new Mutation(
        Edits.replace(d, ImmutableMember.copyOf(m).withDevelopment(dev)),
        m.id(),
        defect,
        description);
  }
}
