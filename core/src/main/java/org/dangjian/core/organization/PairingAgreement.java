package org.dangjian.core.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.constraint.Limits;
import org.immutables.value.Value;

/**
 * A co-building pairing agreement (党建结对共建协议) signed by two or more organizations on a date. Parties
 * inside the dataset are referenced by id; parties outside it (a village, a school, a government
 * office) by name. An agreement is one record shared by all its parties, kept in the dataset, so
 * that it cannot disagree with itself.
 */
@Value.Immutable
public interface PairingAgreement {

  /** A stable id of the agreement. */
  @NotBlank
  @Size(max = Limits.ID)
  String id();

  /** The title, e.g. {@code 党建结对共建协议}. */
  @NotBlank
  @Size(max = Limits.HEADLINE)
  @Value.Default
  default String title() {
    return "党建结对共建协议";
  }

  /** Ids of the parties that are organizations of the dataset. */
  List<@NotBlank @Size(max = Limits.ID) String> organizationIds();

  /** Names of parties outside the dataset. */
  List<@NotBlank @Size(max = Limits.ORGANIZATION_NAME) String> externalParties();

  /** The signing date. */
  LocalDate signedOn();

  /** The end date, when the agreement is for a fixed period. */
  Optional<LocalDate> until();

  /** Starts a builder. */
  static ImmutablePairingAgreement.Builder builder() {
    return ImmutablePairingAgreement.builder();
  }
}
