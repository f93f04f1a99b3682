package org.dangjian.core.organization;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.dangjian.core.constraint.Limits;
import org.dangjian.core.id.SocialCreditCode;
import org.immutables.value.Value;

/**
 * A unit (单位) a park or group keeps track of, whether or not it has a party organization: an
 * enterprise, an institution or a social organization of the "two new" organizations (两新组织). It
 * carries the head counts a coverage survey asks for (employees, party members working there, how
 * many of them full members, how many of them with their organization relation still held
 * elsewhere), how party work covers it ({@link UnitCoverage}) with the covering organization, and
 * the party-building instructors appointed to it. Members of the dataset name the unit they work in
 * by {@code Member.unitId()}. The counts are as of the dataset's reference date.
 */
@Value.Immutable
public interface Unit {

  /** A stable id, unique among the units of a dataset. */
  @NotBlank
  @Size(max = Limits.ID)
  String id();

  /** The registered name, e.g. {@code 苏州某某电子有限公司}. */
  @NotBlank
  @Size(max = Limits.ORGANIZATION_NAME)
  String name();

  /** The type of unit; an enterprise by default. */
  @Value.Default
  default UnitType type() {
    return UnitType.ENTERPRISE;
  }

  /** The unified social credit code (统一社会信用代码), when the unit has one. */
  Optional<SocialCreditCode> creditCode();

  /** The number of employees (从业人员数), when known. */
  @PositiveOrZero
  OptionalInt employeeCount();

  /**
   * The party members working in the unit (党员数), probationary included, wherever their organization
   * relation is held; when known.
   */
  @PositiveOrZero
  OptionalInt memberCount();

  /** How many of {@link #memberCount()} are full members (正式党员数), when known. */
  @PositiveOrZero
  OptionalInt fullMemberCount();

  /**
   * How many of {@link #memberCount()} hold their organization relation outside the dataset (组织关系
   * 未转入的党员): members whom the dataset has no record of, because their relation stayed with a former
   * employer, a school or a community. Absent when unknown, which counts as none.
   */
  @PositiveOrZero
  OptionalInt membersElsewhere();

  /** How party work covers the unit. */
  UnitCoverage coverage();

  /** The covering organization's id: its own, the joint branch or the area organization. */
  Optional<@NotBlank @Size(max = Limits.ID) String> organizationId();

  /**
   * The organization that oversees the unit, e.g. the park's working committee (两新组织党委); the unit
   * counts in the coverage of that organization's subtree.
   */
  Optional<@NotBlank @Size(max = Limits.ID) String> supervisorId();

  /** Party-building instructors appointed to the unit. */
  List<@Valid InstructorAppointment> instructors();

  /** True when the unit reports party members working there. */
  default boolean hasMembers() {
    return memberCount().orElse(0) > 0;
  }

  /** The instructors appointed on {@code date}. */
  default List<InstructorAppointment> instructorsOn(LocalDate date) {
    return instructors().stream()
        .filter(a -> !date.isBefore(a.from()) && a.until().map(u -> !date.isAfter(u)).orElse(true))
        .toList();
  }

  /** Starts a builder. */
  static ImmutableUnit.Builder builder() {
    return ImmutableUnit.builder();
  }
}
