package org.dangjian.core.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.OptionalInt;
import org.dangjian.core.constraint.Limits;
import org.dangjian.core.id.SocialCreditCode;
import org.immutables.value.Value;

/**
 * The unit (单位) in which an organization is set up: usually an enterprise, identified by its
 * unified social credit code (统一社会信用代码), with its ownership and, when known, its head count of
 * employees (the denominator of "members as a share of employees" in a bulletin).
 */
@Value.Immutable
public interface HostUnit {

  /** The registered name, e.g. {@code 协鑫集团有限公司}. */
  @NotBlank
  @Size(max = Limits.ORGANIZATION_NAME)
  String name();

  /** The unified social credit code, when the unit has one. */
  Optional<SocialCreditCode> creditCode();

  /** The type of unit. */
  @Value.Default
  default UnitType type() {
    return UnitType.ENTERPRISE;
  }

  /** The ownership; absent for units that are not enterprises and when unknown. */
  Optional<Ownership> ownership();

  /** The number of employees (职工人数), when known. */
  @PositiveOrZero
  OptionalInt employeeCount();

  /** Starts a builder. */
  static ImmutableHostUnit.Builder builder() {
    return ImmutableHostUnit.builder();
  }
}
