package org.dangjian.core.member;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.dangjian.core.constraint.Limits;
import org.immutables.value.Value;

/**
 * The concentrated training of a development target (集中培训, step 11): how many days and class hours,
 * ending on which date, given by which body. The rule asks for at least 3 days or at least 24 class
 * hours (细则 Art. 17).
 */
@Value.Immutable
public interface Training {

  /** Number of training days. */
  @PositiveOrZero
  @Max(Limits.TRAINING_DAYS)
  int days();

  /** Number of class hours (学时). */
  @PositiveOrZero
  @Max(Limits.TRAINING_CLASS_HOURS)
  int classHours();

  /** The last day of the training. */
  LocalDate completedOn();

  /** The organizing body, e.g. the grassroots committee or the county organization department. */
  Optional<@NotBlank @Size(max = Limits.ORGANIZATION_NAME) String> organizedBy();

  /** Starts a builder. */
  static ImmutableTraining.Builder builder() {
    return ImmutableTraining.builder();
  }
}
