package org.dangjian.core.member;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.dangjian.core.constraint.Limits;
import org.immutables.value.Value;

/**
 * One completed step of the development procedure: which step, on what date, decided or carried out
 * by which body (an organization id of the dataset, or a name such as {@code 县委组织部}), and a free
 * note.
 */
@Value.Immutable
public interface StepRecord {

  /** The step. */
  DevelopmentStep step();

  /** The date of the step. */
  LocalDate date();

  /** The deciding body: an organization id, or a name when outside the dataset. */
  Optional<@NotBlank @Size(max = Limits.ORGANIZATION_NAME) String> decidedBy();

  /** A free note, e.g. the number of the filing document. */
  Optional<@Size(max = Limits.NOTE) String> note();

  /** Starts a builder. */
  static ImmutableStepRecord.Builder builder() {
    return ImmutableStepRecord.builder();
  }

  /** A step on a date with no further detail. */
  static StepRecord of(DevelopmentStep step, LocalDate date) {
    return builder().step(step).date(date).build();
  }

  /** A step on a date decided by {@code body}. */
  static StepRecord of(DevelopmentStep step, LocalDate date, String body) {
    return builder().step(step).date(date).decidedBy(body).build();
  }
}
