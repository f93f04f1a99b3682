package org.dangjian.core.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.dangjian.core.constraint.Limits;
import org.immutables.value.Value;

/**
 * The appointment of a party-building instructor (党建工作指导员) by a park or higher committee to an
 * enterprise organization, typically a non-public one without full-time party staff.
 */
@Value.Immutable
public interface InstructorAppointment {

  /** The instructor's name. */
  @NotBlank
  @Size(max = Limits.PERSON_NAME)
  String instructorName();

  /** The instructor's member id, when in the dataset. */
  Optional<@NotBlank @Size(max = Limits.ID) String> memberId();

  /** The appointing organization's id, e.g. the park's working committee. */
  Optional<@NotBlank @Size(max = Limits.ID) String> appointedBy();

  /** First day of the appointment. */
  LocalDate from();

  /** Last day; absent while appointed. */
  Optional<LocalDate> until();

  /** Starts a builder. */
  static ImmutableInstructorAppointment.Builder builder() {
    return ImmutableInstructorAppointment.builder();
  }
}
