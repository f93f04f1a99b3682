package org.dangjian.core.points;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.dangjian.core.constraint.Limits;
import org.dangjian.core.recognition.Honor;
import org.immutables.value.Value;

/**
 * One entry of the points ledger (党员积分台账): on a date, a member gains (or, for a deduction, loses) a
 * number of points in a category, for a record that earned them (an activity attended, an honor,
 * other evidence), approved by someone (审核人), with a remark. Entries are never edited in place: a
 * correction is a further entry. The rules of the points topic check that the member was a party
 * member on the date, that the approver and the earning record exist and that the caps of the
 * {@link PointsPolicy} hold.
 */
@Value.Immutable
public interface PointEntry {

  /** Most points a single entry may carry either way. */
  int MAX_POINTS = 10_000;

  /** A stable id, unique in a dataset. */
  @NotBlank
  @Size(max = Limits.ID)
  String id();

  /** The member's id. */
  @NotBlank
  @Size(max = Limits.ID)
  String memberId();

  /** The date the points were earned (or deducted). */
  LocalDate date();

  /** The points, negative for a deduction. */
  @Min(-MAX_POINTS)
  @Max(MAX_POINTS)
  int points();

  /** The category. */
  PointCategory category();

  /** The name of the local category, for {@link PointCategory#LOCAL}, e.g. {@code 安全生产}. */
  Optional<@NotBlank @Size(max = Limits.SHORT_TEXT) String> localCategory();

  /** What kind of record earned the points, when recorded. */
  Optional<PointSourceKind> sourceKind();

  /**
   * The earning record: an activity id, an {@link #honorReference(Honor) honor reference} or other
   * evidence, as {@link #sourceKind()} says.
   */
  Optional<@NotBlank @Size(max = Limits.SHORT_TEXT) String> sourceId();

  /** The member id of the approver (审核人), when recorded. */
  Optional<@NotBlank @Size(max = Limits.ID) String> approverId();

  /** A remark (备注). */
  Optional<@NotBlank @Size(max = Limits.NOTE) String> remark();

  /**
   * The reference of an honor as a {@link #sourceId()}: its year and title, {@code 2023:优秀共产党员}.
   */
  static String honorReference(Honor honor) {
    return honor.year() + ":" + honor.title();
  }

  /** Starts a builder. */
  static ImmutablePointEntry.Builder builder() {
    return ImmutablePointEntry.builder();
  }
}
