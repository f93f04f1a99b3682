package org.dangjian.validation.internal.rules;

import static org.dangjian.core.record.RecordKind.ORGANIZATION;
import static org.dangjian.validation.Severity.ERROR;
import static org.dangjian.validation.rule.Confidence.CONFIRMED;
import static org.dangjian.validation.rule.Scope.RECORD;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.recognition.Rating;
import org.dangjian.validation.internal.RecordContext;
import org.dangjian.validation.internal.RuleGroup;
import org.dangjian.validation.internal.Rules;
import org.dangjian.validation.rule.Rule;

/**
 * Star ratings of party organizations (星级党组织评定): an organization is rated at most once a year
 * (RATING-DUPLICATE), not for a year after the reference date (RATING-FUTURE), and only for a year
 * in which it existed (RATING-EXISTS). Record scope: an organization carries its own ratings.
 */
public final class RatingRules implements RuleGroup {

  static final Rule RATING_DUPLICATE =
      Rules.rule("RATING-DUPLICATE", ERROR, CONFIRMED, RECORD, ORGANIZATION)
          .citation(Rules.SDK, "星级评定")
          .statement("一个组织每年至多有一个星级评定结果。", "An organization has at most one star rating per year.")
          .message(
              "{year} 年已有一个评定结果（ratings[{first}]），不得重复评定。",
              "The year {year} is already rated (ratings[{first}]); an organization is rated once a"
                  + " year.")
          .build();

  static final Rule RATING_FUTURE =
      Rules.rule("RATING-FUTURE", ERROR, CONFIRMED, RECORD, ORGANIZATION)
          .citation(Rules.SDK, "星级评定")
          .statement(
              "评定年度不得晚于核查日期所在年度。", "No rating is for a year after the reference date's year.")
          .message(
              "评定年度 {year} 晚于核查日期 {asOf}。",
              "The rated year {year} is after the reference date {asOf}.")
          .build();

  static final Rule RATING_EXISTS =
      Rules.rule("RATING-EXISTS", ERROR, CONFIRMED, RECORD, ORGANIZATION)
          .citation(Rules.SDK, "星级评定")
          .statement(
              "组织只能就其存续的年度被评定：成立不晚于该年末，撤销不早于该年初。",
              "An organization is rated only for a year in which it existed: founded by the year's"
                  + " end and not dissolved before its start.")
          .message(
              "{year} 年组织尚未成立或已撤销（成立 {foundedOn}，撤销 {dissolvedOn}）。",
              "The organization did not exist in {year} (founded {foundedOn}, dissolved"
                  + " {dissolvedOn}).")
          .build();

  private static final List<Rule> RULES = List.of(RATING_DUPLICATE, RATING_FUTURE, RATING_EXISTS);

  @Override
  public List<Rule> rules() {
    return RULES;
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
