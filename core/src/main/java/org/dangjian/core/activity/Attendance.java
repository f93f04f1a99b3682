package org.dangjian.core.activity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.dangjian.core.constraint.Limits;
import org.immutables.value.Value;

/**
 * The attendance of an activity: how many were due (应到), how many were present (实到), who was absent
 * with their reasons and, where the minutes name them, who was present (出席人员). A consistent record
 * has {@code present + absences == due} and, when the present are named, as many names as {@code
 * present} (rule ACT-PRESENT), since real minutes are sometimes inconsistent. Quorum rules use the
 * {@link #votingDue()} and {@link #votingPresent()} counts, which include full members only.
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

  /**
   * The member ids of those present (出席党员), in the order recorded; empty when the minutes give
   * counts only. Points ledgers and participation figures are derived from it.
   */
  List<@NotBlank @Size(max = Limits.ID) String> presentMemberIds();

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
