package org.dangjian.core.vanguard;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.dangjian.core.constraint.Limits;
import org.immutables.value.Value;

/**
 * A vanguard post or team (党员先锋岗、示范岗、突击队、志愿服务队、青年文明号) set up by a party organization: its kind, the
 * member who holds a post, the post or task, the dates, the counts it states (a team of 103 of whom
 * 46 Party members and 16 activists) and the people it lists. A team may list fewer people than it
 * counts; the validation layer checks that the list does not contradict the counts, that referenced
 * members exist and were Party members when listed as such, and that the dates are in order.
 */
@Value.Immutable
public interface Team {

  /** A stable id, unique among the teams of a dataset. */
  @NotBlank
  @Size(max = Limits.ID)
  String id();

  /** The name, e.g. {@code 焊接车间党员先锋岗} or {@code 青年志愿服务队}. */
  @NotBlank
  @Size(max = Limits.ORGANIZATION_NAME)
  String name();

  /** The kind. */
  TeamKind kind();

  /** The id of the party organization that set it up. */
  @NotBlank
  @Size(max = Limits.ID)
  String organizationId();

  /** The member who holds a post (先锋岗, 示范岗), when one member holds it. */
  Optional<@NotBlank @Size(max = Limits.ID) String> holderId();

  /** The post, workplace or task, e.g. {@code 光伏组件装配线}. */
  Optional<@NotBlank @Size(max = Limits.SHORT_TEXT) String> post();

  /** The day it was set up or awarded (设立日期). */
  LocalDate establishedOn();

  /** The day it ended, when it has. */
  Optional<LocalDate> endedOn();

  /** The number of people the team states it has (队员总数). */
  OptionalInt statedSize();

  /** The number of Party members among them, as stated. */
  OptionalInt statedPartyMembers();

  /** The number of activists among them, as stated. */
  OptionalInt statedActivists();

  /** The people listed, in the list's order; possibly fewer than {@link #statedSize()}. */
  List<@Valid TeamPerson> people();

  /** Rejects negative stated counts. */
  @Value.Check
  default void check() {
    for (OptionalInt count : List.of(statedSize(), statedPartyMembers(), statedActivists())) {
      if (count.isPresent() && count.getAsInt() < 0) {
        throw new IllegalStateException("team " + id() + " states a negative count");
      }
    }
  }

  /** True when the post or team existed on {@code date}. */
  default boolean existsOn(LocalDate date) {
    return !date.isBefore(establishedOn()) && endedOn().map(date::isBefore).orElse(true);
  }

  /** The listed people with {@code status}. */
  default long listed(PersonStatus status) {
    return people().stream().filter(p -> p.status() == status).count();
  }

  /** Starts a builder. */
  static ImmutableTeam.Builder builder() {
    return ImmutableTeam.builder();
  }
}
