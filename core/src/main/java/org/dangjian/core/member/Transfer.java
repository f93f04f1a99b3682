package org.dangjian.core.member;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.dangjian.core.constraint.Limits;
import org.immutables.value.Value;

/**
 * A transfer of a member's organization relation (组织关系转接) with its letter (介绍信): from which
 * organization to which, each by id when it is in the dataset or by name when outside, the issue
 * date, the letter number and validity, the date received and the status.
 */
@Value.Immutable
public interface Transfer {

  /** The sending organization's id, when in the dataset. */
  Optional<@NotBlank @Size(max = Limits.ID) String> fromOrganizationId();

  /** The sending organization's name, when outside the dataset. */
  Optional<@NotBlank @Size(max = Limits.ORGANIZATION_NAME) String> fromOrganizationName();

  /** The receiving organization's id, when in the dataset. */
  Optional<@NotBlank @Size(max = Limits.ID) String> toOrganizationId();

  /** The receiving organization's name, when outside the dataset. */
  Optional<@NotBlank @Size(max = Limits.ORGANIZATION_NAME) String> toOrganizationName();

  /** The date the letter was issued. */
  LocalDate issuedOn();

  /** The letter number (介绍信编号). */
  Optional<@NotBlank @Size(max = Limits.DOCUMENT_NUMBER) String> letterNumber();

  /** The last day the letter is valid (有效期至). */
  Optional<LocalDate> validUntil();

  /** The date the receiving organization accepted the member. */
  Optional<LocalDate> receivedOn();

  /** The status. */
  TransferStatus status();

  /** The date the member counts in the receiving organization: received, else issued. */
  default LocalDate effectiveOn() {
    return receivedOn().orElse(issuedOn());
  }

  /** Starts a builder. */
  static ImmutableTransfer.Builder builder() {
    return ImmutableTransfer.builder();
  }
}
