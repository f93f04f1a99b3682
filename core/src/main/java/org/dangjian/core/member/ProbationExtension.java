package org.dangjian.core.member;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.dangjian.core.constraint.Limits;
import org.immutables.value.Value;

/**
 * The extension of a probationary period (延长预备期) decided by the branch meeting when the probation
 * expired: by how many months (the rule allows 6 to 12, once) and on what date.
 */
@Value.Immutable
public interface ProbationExtension {

  /** The date of the branch meeting that decided the extension. */
  LocalDate decidedOn();

  /** The length of the extension in months. */
  int months();

  /** The approving committee, when recorded. */
  Optional<@NotBlank @Size(max = Limits.ORGANIZATION_NAME) String> approvedBy();

  /** Starts a builder. */
  static ImmutableProbationExtension.Builder builder() {
    return ImmutableProbationExtension.builder();
  }

  /** An extension of {@code months} decided on {@code date}. */
  static ProbationExtension of(LocalDate date, int months) {
    return builder().decidedOn(date).months(months).build();
  }
}
