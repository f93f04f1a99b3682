package org.dangjian.core.member;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.dangjian.core.constraint.Limits;
import org.immutables.value.Value;

/**
 * The end of a membership: its kind, the effective date (from which the person no longer counts),
 * and the deciding body when recorded.
 */
@Value.Immutable
public interface Departure {

  /** How the membership ended. */
  DepartureKind kind();

  /** The effective date. */
  LocalDate date();

  /** The deciding body, when recorded. */
  Optional<@NotBlank @Size(max = Limits.ORGANIZATION_NAME) String> decidedBy();

  /** Starts a builder. */
  static ImmutableDeparture.Builder builder() {
    return ImmutableDeparture.builder();
  }

  /** A departure of {@code kind} on {@code date}. */
  static Departure of(DepartureKind kind, LocalDate date) {
    return builder().kind(kind).date(date).build();
  }
}
