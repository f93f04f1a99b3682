package org.dangjian.core.recognition;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dangjian.core.organization.OrganizationKind;
import org.immutables.value.Value;

/**
 * One edition of a local star-rating scheme (晋星定级评分标准): the criteria with their maximum points, the
 * kinds of organization it rates, and the least total each star level needs, in force for the years
 * from {@link #effectiveFrom()}. It is data, not code: {@link RatingSchemes} reads editions from
 * the bundled resource or from a user's file. {@link #levelFor(int)} turns a total into the level
 * it earns, so that a rating's stated level can be checked against its scores.
 *
 * <pre>{@code
 * RatingScheme scheme = RatingSchemes.defaults().inForce(2024).orElseThrow();
 * Optional<StarLevel> level = scheme.levelFor(scheme.total(rating.scores()));
 * }</pre>
 */
@Value.Immutable
public interface RatingScheme {

  /** The edition's id, e.g. {@code park-2023}. */
  String id();

  /** The edition's title, e.g. {@code 园区基层党组织晋星定级评分标准（2023年版）}. */
  String name();

  /** The first day of the first year the edition applies to. */
  LocalDate effectiveFrom();

  /** The kinds of organization the scheme rates. */
  Set<OrganizationKind> ratedKinds();

  /** The criteria, in the scheme's order. */
  List<RatingCriterion> criteria();

  /** The least total each level needs; a level absent here is not awarded under the scheme. */
  Map<StarLevel, Integer> thresholds();

  /** The criterion with {@code code}. */
  default Optional<RatingCriterion> criterion(String code) {
    return criteria().stream().filter(c -> c.code().equals(code)).findFirst();
  }

  /** True when the scheme rates organizations of {@code kind}. */
  default boolean rates(OrganizationKind kind) {
    return ratedKinds().contains(kind);
  }

  /** The most points the scheme gives in total: the sum of the criteria's maxima. */
  default int maxTotal() {
    return criteria().stream().mapToInt(RatingCriterion::maxScore).sum();
  }

  /** The sum of {@code scores}. */
  default int total(List<CriterionScore> scores) {
    return scores.stream().mapToInt(CriterionScore::score).sum();
  }

  /**
   * The highest level whose threshold {@code total} reaches; empty when it reaches none (the
   * organization earns no star).
   */
  default Optional<StarLevel> levelFor(int total) {
    for (StarLevel level : StarLevel.values()) {
      Integer least = thresholds().get(level);
      if (least != null && total >= least) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }

  /**
   * Rejects an edition without criteria or levels, with a criterion code used twice, or whose
   * thresholds do not rise with the level.
   */
  @Value.Check
  default void check() {
    if (criteria().isEmpty() || thresholds().isEmpty()) {
      throw new IllegalStateException("rating scheme " + id() + " needs criteria and levels");
    }
    Set<String> codes = new HashSet<>();
    for (RatingCriterion c : criteria()) {
      if (!codes.add(c.code())) {
        throw new IllegalStateException(
            "rating scheme " + id() + " lists criterion " + c.code() + " twice");
      }
    }
    Integer above = null;
    for (StarLevel level : StarLevel.values()) {
      Integer least = thresholds().get(level);
      if (least == null) {
        continue;
      }
      if (above != null && least >= above) {
        throw new IllegalStateException(
            "rating scheme " + id() + ": " + level.label() + " needs less than the level above");
      }
      above = least;
    }
  }

  /** Starts a builder. */
  static ImmutableRatingScheme.Builder builder() {
    return ImmutableRatingScheme.builder();
  }
}
