package org.dangjian.core.activity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.constraint.Limits;
import org.immutables.value.Value;

/**
 * One organizational-life activity held by an organization on a date: its kind, topic, place,
 * attendance, the lecturer of a party lecture, and the paired organizations of a co-building event.
 * A year of activities of a branch is what meeting-frequency compliance is checked on.
 */
@Value.Immutable
public interface Activity {

  /** A stable id, unique in a dataset. */
  @NotBlank
  @Size(max = Limits.ID)
  String id();

  /** The holding organization's id. */
  @NotBlank
  @Size(max = Limits.ID)
  String organizationId();

  /** The kind. */
  ActivityKind kind();

  /** The date held. */
  LocalDate date();

  /** The topic (主题), e.g. {@code 学习贯彻党的二十届三中全会精神}. */
  Optional<@NotBlank @Size(max = Limits.HEADLINE) String> topic();

  /** The place. */
  Optional<@NotBlank @Size(max = Limits.SHORT_TEXT) String> place();

  /** The attendance, when recorded. */
  Optional<@Valid Attendance> attendance();

  /** The lecturer's member id, for a party lecture. */
  Optional<@NotBlank @Size(max = Limits.ID) String> lecturerId();

  /** Ids of other organizations taking part (co-building partners, joint events). */
  List<@NotBlank @Size(max = Limits.ID) String> partnerOrganizationIds();

  /** Starts a builder. */
  static ImmutableActivity.Builder builder() {
    return ImmutableActivity.builder();
  }
}
