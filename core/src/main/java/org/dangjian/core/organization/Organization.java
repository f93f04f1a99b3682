package org.dangjian.core.organization;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjian.core.constraint.Limits;
import org.dangjian.core.internal.OrderedDomainStyle;
import org.dangjian.core.recognition.Honor;
import org.dangjian.core.recognition.Rating;
import org.immutables.value.Value;

/**
 * A party or mass organization: a node of the organization tree (group committee → segment
 * committees → branches → party groups, with unions and league organizations beside them). It
 * carries its kind, parent, host unit, life span, the history of its committees and post holders,
 * ratings, honors and party-building instructors. Everything that may be wrong in real data (a
 * branch under a branch, an overdue term) is representable and left to the validation layer; only
 * impossible values (dissolved before founded) are rejected here.
 */
@Value.Immutable
@OrderedDomainStyle
public interface Organization {

  /** A stable id, unique in a dataset. */
  @NotBlank
  @Size(max = Limits.ID)
  String id();

  /** The full name, e.g. {@code 中共协鑫集团委员会} or {@code 第一党支部}. */
  @NotBlank
  @Size(max = Limits.ORGANIZATION_NAME)
  String name();

  /** The kind. */
  OrganizationKind kind();

  /** The parent organization's id; absent for the root of a dataset. */
  Optional<@NotBlank @Size(max = Limits.ID) String> parentId();

  /** The unit the organization is set up in. */
  Optional<@Valid HostUnit> hostUnit();

  /** Further units covered by a joint branch (联合党支部), beside {@link #hostUnit()}. */
  List<@Valid HostUnit> jointUnits();

  /** The founding date (成立日期). */
  Optional<LocalDate> foundedOn();

  /** The dissolution date (撤销日期), inclusive last day is the day before. */
  Optional<LocalDate> dissolvedOn();

  /** The committee terms, in any order; see {@link #committeeOn(LocalDate)}. */
  List<@Valid Committee> committees();

  /** Post holders over time. */
  List<@Valid PostHolding> posts();

  /** Star ratings by year. */
  List<@Valid Rating> ratings();

  /** Honors received. */
  List<@Valid Honor> honors();

  /** Party-building instructors appointed to this organization. */
  List<@Valid InstructorAppointment> instructors();

  /**
   * Further attributes a source file held and the model has no field for, in the order read: column
   * label (such as {@code 籍贯} or {@code 备注}) to the text as read. Empty by default; roster readers
   * fill it from unknown columns and writers write it back, so a round trip loses nothing. The
   * values are free text: exports mask personal numbers in them unless the profile is full.
   */
  Map<@NotBlank @Size(max = Limits.SHORT_TEXT) String, @Size(max = Limits.PARAGRAPH) String>
      extras();

  /**
   * The {@link #extras()} key that flags a placeholder: an organization a roster reader created
   * from a name in member rows because no organization roster was given. A placeholder is known by
   * its name only; checks that need what an organization roster records (its committee) skip it.
   */
  String PLACEHOLDER = "占位组织";

  /** True for a placeholder organization ({@link #PLACEHOLDER}). */
  default boolean isPlaceholder() {
    return extras().containsKey(PLACEHOLDER);
  }

  /** True when the organization existed on {@code date}. */
  default boolean existsOn(LocalDate date) {
    return foundedOn().map(f -> !date.isBefore(f)).orElse(true)
        && dissolvedOn().map(date::isBefore).orElse(true);
  }

  /** The committee term serving on {@code date}; the latest one elected if several claim it. */
  default Optional<Committee> committeeOn(LocalDate date) {
    return committees().stream()
        .filter(c -> c.servingOn(date))
        .max(Comparator.comparing(Committee::electedOn));
  }

  /** The most recently elected committee term. */
  default Optional<Committee> latestCommittee() {
    return committees().stream().max(Comparator.comparing(Committee::electedOn));
  }

  /** The posts held on {@code date}. */
  default List<PostHolding> postsOn(LocalDate date) {
    return posts().stream().filter(p -> p.heldOn(date)).toList();
  }

  /**
   * The number of people on the committee on {@code date}: distinct holders (by member id, else by
   * name) of committee seats, so that a secretary who is also 组织委员 counts once.
   */
  default int committeeSizeOn(LocalDate date) {
    return (int)
        postsOn(date).stream()
            .filter(p -> p.post().isCommitteeSeat())
            .map(p -> p.memberId().orElse("name:" + p.holderName()))
            .distinct()
            .count();
  }

  /** Rejects an organization dissolved before it was founded. */
  @Value.Check
  default void check() {
    if (foundedOn().isPresent()
        && dissolvedOn().isPresent()
        && dissolvedOn().get().isBefore(foundedOn().get())) {
      throw new IllegalStateException(
          "organization " + id() + " is dissolved before it was founded");
    }
  }

  /** Starts a builder. */
  static ImmutableOrganization.Builder builder() {
    return ImmutableOrganization.builder();
  }
}
