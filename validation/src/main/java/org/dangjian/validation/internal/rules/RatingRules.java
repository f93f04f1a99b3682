package org.dangjian.validation.internal.rules;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.recognition.CriterionScore;
import org.dangjian.core.recognition.Rating;
import org.dangjian.core.recognition.RatingCriterion;
import org.dangjian.core.recognition.RatingScheme;
import org.dangjian.core.recognition.StarLevel;
import org.dangjian.validation.internal.Catalogue;
import org.dangjian.validation.internal.RecordContext;
import org.dangjian.validation.internal.RuleCodes;
import org.dangjian.validation.internal.RuleGroup;
import org.dangjian.validation.rule.Rule;

/**
 * Star ratings of party organizations (星级党组织评定): an organization is rated at most once a year
 * (RATING-DUPLICATE), not for a year after the reference date (RATING-FUTURE), and only for a year
 * in which it existed (RATING-EXISTS). Under the edition of the settings' rating scheme in force
 * for the year (晋星定级, local policy): only kinds the scheme rates are rated (RATING-KIND), every
 * score is on a criterion of the scheme and within its maximum (RATING-SCORE), and a rating with
 * scores has the level their total earns (RATING-LEVEL). Record scope: an organization carries its
 * own ratings.
 */
public final class RatingRules implements RuleGroup {

  static final Rule RATING_DUPLICATE = Catalogue.rule(RuleCodes.RATING_DUPLICATE);

  static final Rule RATING_FUTURE = Catalogue.rule(RuleCodes.RATING_FUTURE);

  static final Rule RATING_EXISTS = Catalogue.rule(RuleCodes.RATING_EXISTS);

  static final Rule RATING_SCORE = Catalogue.rule(RuleCodes.RATING_SCORE);

  static final Rule RATING_LEVEL = Catalogue.rule(RuleCodes.RATING_LEVEL);

  static final Rule RATING_KIND = Catalogue.rule(RuleCodes.RATING_KIND);

  @Override
  public String topic() {
    return "ratings";
  }

  @Override
  public void organization(Organization o, RecordContext context) {
    List<Rating> ratings = o.ratings();
    if (ratings.isEmpty()) {
      return;
    }
    Map<Integer, Integer> firstByYear = new HashMap<>();
    for (int k = 0; k < ratings.size(); k++) {
      int year = ratings.get(k).year();
      String field = "ratings[" + k + "].year";
      Integer first = firstByYear.putIfAbsent(year, k);
      if (first != null) {
        context.report(RATING_DUPLICATE, field, String.valueOf(year), "year", year, "first", first);
      }
      if (year > context.asOf().getYear()) {
        context.report(
            RATING_FUTURE, field, String.valueOf(year), "year", year, "asOf", context.asOf());
      }
      boolean foundedLater =
          o.foundedOn().filter(d -> d.isAfter(LocalDate.of(year, 12, 31))).isPresent();
      boolean dissolvedEarlier =
          o.dissolvedOn().filter(d -> !d.isAfter(LocalDate.of(year, 1, 1))).isPresent();
      if (foundedLater || dissolvedEarlier) {
        context.report(
            RATING_EXISTS,
            field,
            String.valueOf(year),
            "year",
            year,
            "foundedOn",
            o.foundedOn().map(LocalDate::toString).orElse("—"),
            "dissolvedOn",
            o.dissolvedOn().map(LocalDate::toString).orElse("—"));
      }
      Rating rating = ratings.get(k);
      String at = "ratings[" + k + "]";
      context
          .settings()
          .ratingSchemes()
          .inForce(year)
          .ifPresent(scheme -> checkScheme(o, rating, at, scheme, context));
    }
  }

  private static void checkScheme(
      Organization o, Rating rating, String field, RatingScheme scheme, RecordContext context) {
    int year = rating.year();
    if (!scheme.rates(o.kind())) {
      context.report(
          RATING_KIND, field + ".level", o.kind().label(), "scheme", scheme.id(), "year", year);
    }
    if (rating.scores().isEmpty()) {
      return;
    }
    boolean fits = true;
    for (int s = 0; s < rating.scores().size(); s++) {
      CriterionScore score = rating.scores().get(s);
      Optional<RatingCriterion> criterion = scheme.criterion(score.criterion());
      String problem = null;
      String problemEn = null;
      if (criterion.isEmpty()) {
        problem = "评分标准中没有该评分项";
        problemEn = "the scheme has no such criterion";
      } else if (score.score() > criterion.get().maxScore()) {
        problem = "该项满分为 " + criterion.get().maxScore();
        problemEn = "the criterion's maximum is " + criterion.get().maxScore();
      }
      if (problem != null) {
        fits = false;
        context.report(
            RATING_SCORE,
            field + ".scores[" + s + "].score",
            String.valueOf(score.score()),
            "year",
            year,
            "criterion",
            score.criterion(),
            "scheme",
            scheme.id(),
            "problem",
            problem,
            "problemEn",
            problemEn);
      }
    }
    if (!fits) {
      return;
    }
    int total = scheme.total(rating.scores());
    Optional<StarLevel> expected = scheme.levelFor(total);
    if (expected.filter(rating.level()::equals).isEmpty()) {
      context.report(
          RATING_LEVEL,
          field + ".level",
          rating.level().label(),
          "year",
          year,
          "scheme",
          scheme.id(),
          "total",
          total,
          "expected",
          expected.map(StarLevel::label).orElse("未达星级"));
    }
  }
}
