package org.dangjian.core.member;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.constraint.Limits;
import org.immutables.value.Value;

/**
 * The record of a person's development into the Party (发展党员档案): the dated steps completed so far
 * (any of the 25), the mentors and introducers, the half-yearly assessments of an activist, the
 * political review, the concentrated training and any extension of the probation. Every step is
 * optional so that a record can be loaded at any point of the procedure, including an incomplete or
 * faulty one; the timing rules between steps are checked by the validation layer.
 *
 * <p>Dates follow docs/regulations.md, "Date arithmetic": 入党时间 is the date of the admission meeting
 * (step 15); probation lasts one year from it, plus any extension; party age counts from the end of
 * probation, not from the approval date.
 */
@Value.Immutable
public interface Development {

  /** The completed steps, in any order. */
  List<@Valid StepRecord> steps();

  /** Member ids of the 1–2 mentors (培养联系人). */
  List<@NotBlank @Size(max = Limits.ID) String> mentorIds();

  /** Member ids of the introducers (入党介绍人), normally 2. */
  List<@NotBlank @Size(max = Limits.ID) String> introducerIds();

  /** Dates of the half-yearly assessments of the activist. */
  List<LocalDate> assessments();

  /** The political review, when done. */
  Optional<@Valid PoliticalReview> politicalReview();

  /** The concentrated training, when done. */
  Optional<@Valid Training> training();

  /** The extension of the probation, when one was decided. */
  Optional<@Valid ProbationExtension> probationExtension();

  /**
   * Whether every completed step is recorded ({@link StepCoverage#COMPLETE}, the default) or only
   * the milestone dates a roster carries ({@link StepCoverage#MILESTONES}), in which case an absent
   * step is unknown rather than missing.
   */
  @Value.Default
  default StepCoverage coverage() {
    return StepCoverage.COMPLETE;
  }

  /** The record of {@code step}, the latest if the step was recorded more than once. */
  default Optional<StepRecord> step(DevelopmentStep step) {
    return steps().stream()
        .filter(s -> s.step() == step)
        .max(Comparator.comparing(StepRecord::date));
  }

  /** The date of {@code step}, when completed. */
  default Optional<LocalDate> dateOf(DevelopmentStep step) {
    return step(step).map(StepRecord::date);
  }

  /** The date the application was handed in (step 1). */
  default Optional<LocalDate> applicationDate() {
    return dateOf(DevelopmentStep.APPLICATION);
  }

  /** The date the person became an activist (step 3). */
  default Optional<LocalDate> activistDate() {
    return dateOf(DevelopmentStep.ACTIVIST_DESIGNATION);
  }

  /** The date the person became a development target (step 7). */
  default Optional<LocalDate> targetDate() {
    return dateOf(DevelopmentStep.TARGET_DESIGNATION);
  }

  /** 入党时间: the date of the admission meeting (step 15), start of the probation. */
  default Optional<LocalDate> admissionDate() {
    return dateOf(DevelopmentStep.ADMISSION_MEETING);
  }

  /**
   * The day the probation ends and full membership begins (转正时间): one year after admission, plus
   * the extension. Present once the person was admitted, whether or not converted yet.
   */
  default Optional<LocalDate> probationEnd() {
    return admissionDate()
        .map(
            admitted ->
                admitted
                    .plusYears(1)
                    .plusMonths(probationExtension().map(ProbationExtension::months).orElse(0)));
  }

  /**
   * The date full membership began, when the conversion was approved (step 24): equal to {@link
   * #probationEnd()} whatever the approval date (Party Constitution Art. 7).
   */
  default Optional<LocalDate> fullMembershipDate() {
    return dateOf(DevelopmentStep.CONVERSION_APPROVAL).flatMap(approved -> probationEnd());
  }

  /**
   * The stage reached on {@code date} according to the dated steps alone, or empty before the
   * application. Full membership counts from the end of probation but is only known once the
   * conversion was approved: on a date between the two, the person counts as full member only if
   * the approval date is on or before that date.
   */
  default Optional<MemberStage> stageOn(LocalDate date) {
    Optional<LocalDate> full = fullMembershipDate();
    Optional<LocalDate> approval = dateOf(DevelopmentStep.CONVERSION_APPROVAL);
    if (full.isPresent() && !date.isBefore(full.get()) && !date.isBefore(approval.get())) {
      return Optional.of(MemberStage.FULL);
    }
    if (admissionDate().filter(d -> !date.isBefore(d)).isPresent()) {
      return Optional.of(MemberStage.PROBATIONARY);
    }
    if (targetDate().filter(d -> !date.isBefore(d)).isPresent()) {
      return Optional.of(MemberStage.DEVELOPMENT_TARGET);
    }
    if (activistDate().filter(d -> !date.isBefore(d)).isPresent()) {
      return Optional.of(MemberStage.ACTIVIST);
    }
    if (applicationDate().filter(d -> !date.isBefore(d)).isPresent()) {
      return Optional.of(MemberStage.APPLICANT);
    }
    return Optional.empty();
  }

  /** Starts a builder. */
  static ImmutableDevelopment.Builder builder() {
    return ImmutableDevelopment.builder();
  }

  /** An empty record, for people whose development history is not known. */
  static Development empty() {
    return builder().build();
  }
}
