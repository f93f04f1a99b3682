package org.dangjian.core.recognition;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.dangjian.core.constraint.Limits;
import org.immutables.value.Value;

/**
 * An honor given to an organization or a member: a title such as 优秀共产党员, 红色先锋, 党员先锋岗 or 标杆党组织, the
 * level of the awarding body, the year, and optionally who awarded it.
 */
@Value.Immutable
public interface Honor {

  /** The title as awarded, e.g. {@code 优秀共产党员}. */
  @NotBlank
  @Size(max = Limits.SHORT_TEXT)
  String title();

  /** The level of the awarding body. */
  HonorLevel level();

  /** The year of the award. */
  @Min(Limits.FIRST_YEAR)
  @Max(Limits.LAST_YEAR)
  int year();

  /** The awarding body, e.g. {@code 中共苏州市委}. */
  Optional<@NotBlank @Size(max = Limits.ORGANIZATION_NAME) String> awardedBy();

  /** Starts a builder. */
  static ImmutableHonor.Builder builder() {
    return ImmutableHonor.builder();
  }

  /** An honor with title, level and year. */
  static Honor of(String title, HonorLevel level, int year) {
    return builder().title(title).level(level).year(year).build();
  }
}
