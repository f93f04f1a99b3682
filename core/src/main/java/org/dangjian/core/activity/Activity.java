package org.dangjian.core.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One organizational-life activity held by an organization on a date: its kind, topic, place,
 * attendance, the lecturer of a party lecture, and the paired organizations of a co-building event.
 * A year of activities of a branch is what meeting-frequency compliance is checked on.
 */
@Value.Immutable
public interface Activity {

  /** A stable id, unique in a dataset. */
  String id();

  /** The holding organization's id. */
  String organizationId();

  /** The kind. */
  ActivityKind kind();

  /** The date held. */
  LocalDate date();

  /** The topic (主题), e.g. {@code 学习贯彻党的二十届三中全会精神}. */
  Optional<String> topic();

  /** The place. */
  Optional<String> place();

  /** The attendance, when recorded. */
  Optional<Attendance> attendance();

  /** The lecturer's member id, for a party lecture. */
  Optional<String> lecturerId();

  /** Ids of other organizations taking part (co-building partners, joint events). */
  List<String> partnerOrganizationIds();

  /** Starts a builder. */
  static ImmutableActivity.Builder builder() {
    return ImmutableActivity.builder();
  }
}
