package org.dangjian.validation.internal.rules;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.recognition.Rating;
import org.dangjian.validation.internal.Catalogue;
import org.dangjian.validation.internal.RecordContext;
import org.dangjian.validation.internal.RuleCodes;
import org.dangjian.validation.internal.RuleGroup;
import org.dangjian.validation.rule.Rule;

/**
 * Star ratings of party organizations (星级党组织评定): an organization is rated at most once a year
 * (RATING-DUPLICATE), not for a year after the reference date (RATING-FUTURE), and only for a year
 * in which it existed (RATING-EXISTS). Record scope: an organization carries its own ratings.
 */
public final class RatingRules implements RuleGroup {

  static final Rule RATING_DUPLICATE = Catalogue.rule(RuleCodes.RATING_DUPLICATE);

  static final Rule RATING_FUTURE = Catalogue.rule(RuleCodes.RATING_FUTURE);

  static final Rule RATING_EXISTS = Catalogue.rule(RuleCodes.RATING_EXISTS);

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
    }
  }
}
