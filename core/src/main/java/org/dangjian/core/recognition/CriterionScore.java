package org.dangjian.core.recognition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.dangjian.core.constraint.Limits;
import org.immutables.value.Value;

/**
 * The score an organization got on one criterion of a star-rating scheme (晋星定级评分), e.g. 18 points
 * on criterion {@code 组织建设}: the criterion by its code in the {@link RatingScheme}, the points
 * given. Whether the points are within the criterion's maximum is checked against the scheme by the
 * validation layer.
 */
@Value.Immutable
public interface CriterionScore {

  /** The criterion's code in the scheme, e.g. {@code ORG}. */
  @NotBlank
  @Size(max = Limits.ID)
  String criterion();

  /** The points given. */
  @PositiveOrZero
  int score();

  /** A score of {@code score} points on {@code criterion}. */
  static CriterionScore of(String criterion, int score) {
    return ImmutableCriterionScore.builder().criterion(criterion).score(score).build();
  }
}
