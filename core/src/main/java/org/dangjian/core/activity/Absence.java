package org.dangjian.core.activity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.dangjian.core.constraint.Limits;
import org.immutables.value.Value;

/**
 * A member due at an activity who did not attend, with the reason given (请假事由) and whether a
 * written opinion was handed in before the meeting (which counts for votes on admission).
 */
@Value.Immutable
public interface Absence {

  /** The absent member's id, when in the dataset. */
  Optional<@NotBlank @Size(max = Limits.ID) String> memberId();

  /** The absent person's name. */
  @NotBlank
  @Size(max = Limits.PERSON_NAME)
  String name();

  /** The reason, e.g. {@code 出差}; absent when none was given. */
  Optional<@NotBlank @Size(max = Limits.SHORT_TEXT) String> reason();

  /** True when the member handed in a written opinion before the meeting. */
  @Value.Default
  default boolean writtenOpinion() {
    return false;
  }

  /** Starts a builder. */
  static ImmutableAbsence.Builder builder() {
    return ImmutableAbsence.builder();
  }
}
