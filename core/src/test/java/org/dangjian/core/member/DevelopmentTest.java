package org.dangjian.core.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DevelopmentTest {

  private static final LocalDate APPLIED = LocalDate.of(2021, 3, 1);
  private static final LocalDate ACTIVIST = LocalDate.of(2021, 6, 1);
  private static final LocalDate TARGET = LocalDate.of(2022, 7, 1);
  private static final LocalDate ADMITTED = LocalDate.of(2022, 12, 20);
  private static final LocalDate CONVERSION_APPROVED = LocalDate.of(2024, 1, 10);

  private static Development full() {
    return Development.builder()
        .addStep(StepRecord.of(DevelopmentStep.APPLICATION, APPLIED))
        .addStep(StepRecord.of(DevelopmentStep.ACTIVIST_DESIGNATION, ACTIVIST))
        .addStep(StepRecord.of(DevelopmentStep.TARGET_DESIGNATION, TARGET))
        .addStep(StepRecord.of(DevelopmentStep.ADMISSION_MEETING, ADMITTED, "br-1"))
        .addStep(StepRecord.of(DevelopmentStep.CONVERSION_APPROVAL, CONVERSION_APPROVED))
        .build();
  }

  @Test
  void steps_are_numbered_one_to_twenty_five_in_order() {
    assertThat(DevelopmentStep.values()).hasSize(25);
    for (DevelopmentStep step : DevelopmentStep.values()) {
      assertThat(DevelopmentStep.ofNumber(step.number())).isSameAs(step);
      assertThat(step.code()).isEqualTo(Integer.toString(step.ordinal() + 1));
    }
    assertThat(DevelopmentStep.ADMISSION_MEETING.number()).isEqualTo(15);
    assertThat(DevelopmentStep.ADMISSION_MEETING.phase()).isEqualTo(DevelopmentPhase.ADMISSION);
    assertThatThrownBy(() -> DevelopmentStep.ofNumber(26))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void probation_lasts_one_year_from_the_admission_meeting() {
    assertThat(full().probationEnd()).contains(LocalDate.of(2023, 12, 20));
    assertThat(full().fullMembershipDate()).contains(LocalDate.of(2023, 12, 20));
  }

  @Test
  void leap_day_admission_ends_on_28_february() {
    Development d =
        Development.builder()
            .addStep(StepRecord.of(DevelopmentStep.ADMISSION_MEETING, LocalDate.of(2024, 2, 29)))
            .build();
    assertThat(d.probationEnd()).contains(LocalDate.of(2025, 2, 28));
  }

  @Test
  void an_extension_moves_the_end_of_probation() {
    Development d =
        ImmutableDevelopment.copyOf(full())
            .withProbationExtension(ProbationExtension.of(LocalDate.of(2023, 12, 22), 6));
    assertThat(d.probationEnd()).contains(LocalDate.of(2024, 6, 20));
  }

  @Test
  void party_age_counts_from_end_of_probation_not_from_approval() {
    Development d = full();
    assertThat(d.fullMembershipDate()).contains(LocalDate.of(2023, 12, 20));
    assertThat(d.fullMembershipDate().get()).isBefore(CONVERSION_APPROVED);
  }

  @Test
  void stage_on_a_date_follows_the_dated_steps() {
    Development d = full();
    assertThat(d.stageOn(APPLIED.minusDays(1))).isEmpty();
    assertThat(d.stageOn(APPLIED)).contains(MemberStage.APPLICANT);
    assertThat(d.stageOn(ACTIVIST.minusDays(1))).contains(MemberStage.APPLICANT);
    assertThat(d.stageOn(ACTIVIST)).contains(MemberStage.ACTIVIST);
    assertThat(d.stageOn(TARGET)).contains(MemberStage.DEVELOPMENT_TARGET);
    assertThat(d.stageOn(ADMITTED)).contains(MemberStage.PROBATIONARY);
    // probation has ended but the conversion was not approved yet
    assertThat(d.stageOn(LocalDate.of(2024, 1, 9))).contains(MemberStage.PROBATIONARY);
    assertThat(d.stageOn(CONVERSION_APPROVED)).contains(MemberStage.FULL);
  }

  @Test
  void the_latest_record_of_a_repeated_step_wins() {
    Development d =
        Development.builder()
            .addStep(StepRecord.of(DevelopmentStep.APPLICATION, LocalDate.of(2020, 1, 1)))
            .addStep(StepRecord.of(DevelopmentStep.APPLICATION, LocalDate.of(2021, 1, 1)))
            .build();
    assertThat(d.applicationDate()).contains(LocalDate.of(2021, 1, 1));
  }
}
