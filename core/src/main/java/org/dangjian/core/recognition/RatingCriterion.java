package org.dangjian.core.recognition;

import org.immutables.value.Value;

/**
 * One criterion of a star-rating scheme (评分项): its code (as rating scores name it), its Chinese
 * label such as {@code 组织建设} and the most points it can give.
 */
@Value.Immutable
public interface RatingCriterion {

  /** The code, e.g. {@code ORG}. */
  String code();

  /** The label, e.g. {@code 组织建设}. */
  String label();

  /** The most points the criterion gives. */
  int maxScore();

  /** Rejects a blank code and a negative maximum. */
  @Value.Check
  default void check() {
    if (code().isBlank() || maxScore() < 0) {
      throw new IllegalStateException("a criterion needs a code and a maximum >= 0: " + code());
    }
  }

  /** A criterion with code, label and maximum. */
  static RatingCriterion of(String code, String label, int maxScore) {
    return ImmutableRatingCriterion.builder().code(code).label(label).maxScore(maxScore).build();
  }
}
