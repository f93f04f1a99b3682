package org.dangjian.core.activity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import java.util.List;
import org.dangjian.core.constraint.Limits;
import org.immutables.value.Value;

/**
 * The attendance of an activity: how many were due (应到), how many were present (实到), and who was
 * absent with their reasons. A consistent record has {@code present + absences == due}; that is a
 * validation rule, since real minutes are sometimes inconsistent. Quorum rules use the {@link
 * #votingDue()} and {@link #votingPresent()} counts, which include full members only.
 */
@Value.Immutable
public interface Attendance {

  /** Members due to attend (应到). */
  @Max(Limits.HEAD_COUNT)
  int due();

  /** Members present (实到). */
  @Max(Limits.HEAD_COUNT)
  int present();

  /** Full members with voting rights due to attend; equals {@link #due()} when not recorded. */
  @Max(Limits.HEAD_COUNT)
  @Value.Default
  default int votingDue() {
    return due();
  }

  /** Full members with voting rights present; equals {@link #present()} when not recorded. */
  @Max(Limits.HEAD_COUNT)
  @Value.Default
  default int votingPresent() {
    return present();
  }

  /** Those absent, with reasons. */
  List<@Valid Absence> absences();

  /** Rejects negative counts. */
  @Value.Check
  default void check() {
    if (due() < 0 || present() < 0 || votingDue() < 0 || votingPresent() < 0) {
      throw new IllegalStateException("attendance counts cannot be negative");
    }
  }

  /** Starts a builder. */
  static ImmutableAttendance.Builder builder() {
    return ImmutableAttendance.builder();
  }

  /** An attendance of {@code present} out of {@code due} with no absences listed. */
  static Attendance of(int due, int present) {
    return builder().due(due).present(present).build();
  }
}
