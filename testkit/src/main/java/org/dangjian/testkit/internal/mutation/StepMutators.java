package org.dangjian.testkit.internal.mutation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.Development;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.ImmutableDevelopment;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.ImmutableStepRecord;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.member.ProbationExtension;
import org.dangjian.core.member.StepRecord;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.Mutation;

/**
 * The one-defect mutators of the dated steps of a development record and the recorded stage: a
 * missing half-yearly assessment, an admission approved by a branch, a probation extension of three
 * months, a step dated out of order across stages or within one, a step dated after the reference
 * date, and a stage that disagrees with the steps. Each edits one member and no date that another
 * time limit counts from.
 */
public final class StepMutators {

  private StepMutators() {}

  /** Injects a step {@code defect}; null when it is not one of this class. */
  public static Mutation apply(Defect defect, Dataset d, LocalDate asOf) {
    return switch (defect) {
      case ASSESSMENT_MISSING -> assessmentMissing(d, asOf, defect);
      case ADMISSION_APPROVED_BY_BRANCH -> approvedByBranch(d, asOf, defect);
      case EXTENSION_TOO_SHORT -> extensionTooShort(d, asOf, defect);
      case STEP_OF_LATER_STAGE_FIRST -> laterStageFirst(d, asOf, defect);
      case STEPS_SWAPPED -> swapped(d, asOf, defect);
      case STEP_IN_FUTURE -> future(d, asOf, defect);
      case CONVERTED_RECORDED_AS_PROBATIONARY -> convertedAsProbationary(d, asOf, defect);
      case STAGE_AHEAD_OF_STEPS -> stageAhead(d, defect);
      default -> null;
    };
  }

  private static Mutation assessmentMissing(Dataset d, LocalDate asOf, Defect defect) {
    Member m =
        Edits.member(
            d,
            Edits.plainMember(d, asOf).and(x -> x.development().assessments().size() >= 2),
            defect);
    List<LocalDate> assessments = m.development().assessments();
    LocalDate dropped = assessments.get(0);
    Development dev =
        ImmutableDevelopment.copyOf(m.development())
            .withAssessments(assessments.subList(1, assessments.size()));
    return done(d, m, dev, defect, "assessment of " + m.id() + " on " + dropped + " removed");
  }

  private static Mutation approvedByBranch(Dataset d, LocalDate asOf, Defect defect) {
    Member m =
        Edits.member(
            d,
            Edits.plainMember(d, asOf)
                .and(x -> x.development().dateOf(DevelopmentStep.ADMISSION_APPROVAL).isPresent()),
            defect);
    String branch = m.organizationId();
    List<StepRecord> steps = new ArrayList<>();
    for (StepRecord s : m.development().steps()) {
      steps.add(
          s.step() == DevelopmentStep.ADMISSION_APPROVAL
              ? ImmutableStepRecord.copyOf(s).withDecidedBy(branch)
              : s);
    }
    return done(
        d,
        m,
        ImmutableDevelopment.copyOf(m.development()).withSteps(steps),
        defect,
        "admission of " + m.id() + " approved by its branch " + branch);
  }

  private static Mutation extensionTooShort(Dataset d, LocalDate asOf, Defect defect) {
    Member m =
        Edits.member(
            d,
            x ->
                x.stage() == MemberStage.PROBATIONARY
                    && x.departure().isEmpty()
                    && x.development()
                        .admissionDate()
                        .filter(a -> a.plusMonths(1).isBefore(asOf))
                        .isPresent()
                    && x.development().probationExtension().isEmpty(),
            defect);
    LocalDate decided = m.development().admissionDate().orElseThrow().plusMonths(1);
    Development dev =
        ImmutableDevelopment.copyOf(m.development())
            .withProbationExtension(ProbationExtension.of(decided, 3));
    return done(
        d, m, dev, defect, "probation of " + m.id() + " extended by 3 months on " + decided);
  }

  private static Mutation laterStageFirst(Dataset d, LocalDate asOf, Defect defect) {
    Member m =
        Edits.member(
            d,
            Edits.plainMember(d, asOf)
                .and(
                    x -> {
                      Map<DevelopmentStep, LocalDate> at = dates(x);
                      LocalDate group = at.get(DevelopmentStep.GROUP_ASSIGNMENT);
                      LocalDate oath = at.get(DevelopmentStep.OATH);
                      return at.containsKey(DevelopmentStep.ADMISSION_FILING)
                          && group != null
                          && oath != null
                          && group.plusDays(1).isBefore(oath);
                    }),
            defect);
    LocalDate filing = dates(m).get(DevelopmentStep.GROUP_ASSIGNMENT).plusDays(1);
    return done(
        d,
        m,
        withDates(m, Map.of(DevelopmentStep.ADMISSION_FILING, filing)),
        defect,
        "filing of the admission of " + m.id() + " moved to " + filing + ", after step 19");
  }

  private static Mutation swapped(Dataset d, LocalDate asOf, Defect defect) {
    Member m =
        Edits.member(
            d,
            Edits.plainMember(d, asOf)
                .and(
                    x -> {
                      Map<DevelopmentStep, LocalDate> at = dates(x);
                      LocalDate group = at.get(DevelopmentStep.GROUP_ASSIGNMENT);
                      LocalDate oath = at.get(DevelopmentStep.OATH);
                      LocalDate filing = at.get(DevelopmentStep.ADMISSION_FILING);
                      // the filing no later than the group assignment: a member whose steps an
                      // earlier defect put out of order (DEV-ORDER) is left alone
                      return group != null
                          && oath != null
                          && group.isBefore(oath)
                          && (filing == null || !filing.isAfter(group));
                    }),
            defect);
    Map<DevelopmentStep, LocalDate> at = dates(m);
    LocalDate group = at.get(DevelopmentStep.GROUP_ASSIGNMENT);
    LocalDate oath = at.get(DevelopmentStep.OATH);
    return done(
        d,
        m,
        withDates(m, Map.of(DevelopmentStep.GROUP_ASSIGNMENT, oath, DevelopmentStep.OATH, group)),
        defect,
        "dates of the group assignment and the oath of " + m.id() + " swapped");
  }

  private static Mutation future(Dataset d, LocalDate asOf, Defect defect) {
    Member m =
        Edits.member(
            d,
            Edits.plainMember(d, asOf).and(x -> dates(x).containsKey(DevelopmentStep.ARCHIVING)),
            defect);
    LocalDate later = asOf.plusDays(1);
    return done(
        d,
        m,
        withDates(m, Map.of(DevelopmentStep.ARCHIVING, later)),
        defect,
        "archiving of " + m.id() + " dated " + later + ", the day after the reference date");
  }

  private static Mutation convertedAsProbationary(Dataset d, LocalDate asOf, Defect defect) {
    Map<String, Integer> full = new HashMap<>();
    for (Member x : d.members()) {
      if (x.stage() == MemberStage.FULL) {
        full.merge(x.organizationId(), 1, Integer::sum);
      }
    }
    Set<String> sponsors = Edits.sponsors(d);
    Member m =
        Edits.member(
            d,
            Edits.plainMember(d, asOf)
                .and(x -> full.getOrDefault(x.organizationId(), 0) > 8)
                .and(x -> !sponsors.contains(x.id())),
            defect);
    return new Mutation(
        Edits.replace(d, ImmutableMember.copyOf(m).withStage(MemberStage.PROBATIONARY)),
        m.id(),
        defect,
        "converted member " + m.id() + " recorded as probationary");
  }

  private static Mutation stageAhead(Dataset d, Defect defect) {
    Member m =
        Edits.member(
            d,
            x ->
                x.stage() == MemberStage.ACTIVIST
                    && x.departure().isEmpty()
                    && !dates(x).containsKey(DevelopmentStep.TARGET_DESIGNATION),
            defect);
    return new Mutation(
        Edits.replace(d, ImmutableMember.copyOf(m).withStage(MemberStage.DEVELOPMENT_TARGET)),
        m.id(),
        defect,
        "activist " + m.id() + " recorded as a development target without the designation");
  }

  private static Map<DevelopmentStep, LocalDate> dates(Member m) {
    Map<DevelopmentStep, LocalDate> at = new HashMap<>();
    for (StepRecord s : m.development().steps()) {
      at.put(s.step(), s.date());
    }
    return at;
  }

  private static Development withDates(Member m, Map<DevelopmentStep, LocalDate> dates) {
    List<StepRecord> steps = new ArrayList<>();
    for (StepRecord s : m.development().steps()) {
      LocalDate date = dates.get(s.step());
      steps.add(date == null ? s : ImmutableStepRecord.copyOf(s).withDate(date));
    }
    return ImmutableDevelopment.copyOf(m.development()).withSteps(steps);
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
