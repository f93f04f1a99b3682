package org.dangjian.core.vanguard;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.dangjian.core.constraint.Limits;
import org.immutables.value.Value;

/**
 * A person listed in a vanguard team: the name, the member id when the person is in the dataset,
 * and the political status the list states ({@link PersonStatus}).
 */
@Value.Immutable
public interface TeamPerson {

  /** The name as listed. */
  @NotBlank
  @Size(max = Limits.PERSON_NAME)
  String name();

  /** The id of the person in the dataset, when known. */
  Optional<@NotBlank @Size(max = Limits.ID) String> memberId();

  /** The status the list states; {@link PersonStatus#OTHER} when not stated. */
  @Value.Default
  default PersonStatus status() {
    return PersonStatus.OTHER;
  }

  /** A listed person of the dataset with name, member id and status. */
  static TeamPerson of(String name, String memberId, PersonStatus status) {
    return ImmutableTeamPerson.builder().name(name).memberId(memberId).status(status).build();
  }
}
