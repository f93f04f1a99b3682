package org.dangjian.validation.rules.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.ImmutableDataset;
import org.dangjian.core.organization.ImmutableOrganization;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.recognition.CriterionScore;
import org.dangjian.core.recognition.ImmutableRating;
import org.dangjian.core.recognition.Rating;
import org.dangjian.core.recognition.StarLevel;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.report.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * RATING-SCORE, RATING-LEVEL and RATING-KIND against the bundled sample scheme (edition 2023:
 * criteria ORG 20, TEAM 20, LIFE 20, ROLE 25, BASE 15; 标兵 95, 五星 90, 四星 80 ...), each at its
 * boundary, on one branch of a generated dataset that is valid by construction.
 */
class RatingSchemeRulesTest {

  private static final LocalDate AS_OF = LocalDate.of(2024, 1, 31);
  private static final Dataset VALID =
      DatasetGenerator.generate(
          GeneratorSettings.builder().seed(11).branches(4).members(60).asOf(AS_OF).build());

  private static List<String> codes(Dataset dataset) {
    return report(dataset).issues().stream().map(Issue::code).sorted().toList();
  }

  private static ValidationReport report(Dataset dataset) {
    return DangjianValidator.defaults().validate(dataset, AS_OF);
  }

  private static Dataset withBranch(UnaryOperator<ImmutableOrganization> change) {
    Organization branch =
        VALID.organizations().stream()
            .filter(o -> o.kind() == OrganizationKind.BRANCH)
            .findFirst()
            .get();
    List<Organization> orgs =
        VALID.organizations().stream()
            .map(o -> o == branch ? change.apply(ImmutableOrganization.copyOf(o)) : o)
            .map(Organization.class::cast)
            .toList();
    return ImmutableDataset.copyOf(VALID).withOrganizations(orgs);
  }

  /** A 2023 rating of {@code level} with scores ORG, TEAM, LIFE, ROLE, BASE. */
  private static Dataset rated(StarLevel level, int org, int team, int life, int role, int base) {
    Rating rating =
        Rating.builder()
            .year(2023)
            .level(level)
            .addScores(
                CriterionScore.of("ORG", org),
                CriterionScore.of("TEAM", team),
                CriterionScore.of("LIFE", life),
                CriterionScore.of("ROLE", role),
                CriterionScore.of("BASE", base))
            .build();
    return withBranch(o -> o.withRatings(rating));
  }

  @Test
  void aLevelIsTheOneTheTotalEarnsAtTheThreshold() {
    // 18 + 18 + 18 + 22 + 14 = 90: exactly 五星's threshold.
    assertThat(codes(rated(StarLevel.FIVE_STAR, 18, 18, 18, 22, 14))).isEmpty();
    // 89 is one short of 五星 and earns 四星.
    assertThat(codes(rated(StarLevel.FOUR_STAR, 18, 18, 18, 22, 13))).isEmpty();
    ValidationReport report = report(rated(StarLevel.FIVE_STAR, 18, 18, 18, 22, 13));
    assertThat(report.issues()).extracting(Issue::code).containsExactly("RATING-LEVEL");
    Issue issue = report.issues().get(0);
    assertThat(issue.value()).hasValue("五星");
    assertThat(issue.location().fieldPath()).hasValue("ratings[0].level");
    assertThat(issue.message(java.util.Locale.CHINESE))
        .contains("89")
        .contains("四星")
        .contains("park-2023");
  }

  @Test
  void aTotalBelowTheLowestThresholdEarnsNoStar() {
    // 49 < 50 (一星): no level fits, so any stated level disagrees.
    assertThat(codes(rated(StarLevel.ONE_STAR, 10, 10, 10, 10, 9))).containsExactly("RATING-LEVEL");
    assertThat(codes(rated(StarLevel.ONE_STAR, 10, 10, 10, 10, 10))).isEmpty();
  }

  @Test
  void aScoreIsWithinItsCriterionsMaximumAndOnACriterionOfTheScheme() {
    // ROLE's maximum is 25: 25 passes, 26 fails (and the level is then not checked).
    assertThat(codes(rated(StarLevel.MODEL, 20, 20, 20, 25, 15))).isEmpty();
    ValidationReport over = report(rated(StarLevel.MODEL, 20, 20, 20, 26, 15));
    assertThat(over.issues()).extracting(Issue::code).containsExactly("RATING-SCORE");
    assertThat(over.issues().get(0).location().fieldPath()).hasValue("ratings[0].scores[3].score");
    assertThat(over.issues().get(0).value()).hasValue("26");
    Rating unknown =
        Rating.builder()
            .year(2023)
            .level(StarLevel.THREE_STAR)
            .addScores(CriterionScore.of("GREEN", 5))
            .build();
    assertThat(codes(withBranch(o -> o.withRatings(unknown)))).containsExactly("RATING-SCORE");
  }

  @Test
  void theEditionInForceForTheYearApplies() {
    // 2022 is rated under the 2019 edition: four criteria of 25, no 标兵, 五星 from 90.
    Rating under2019 =
        Rating.builder()
            .year(2022)
            .level(StarLevel.FIVE_STAR)
            .addScores(
                CriterionScore.of("ORG", 25),
                CriterionScore.of("TEAM", 25),
                CriterionScore.of("LIFE", 25),
                CriterionScore.of("ROLE", 25))
            .build();
    assertThat(codes(withBranch(o -> o.withRatings(under2019)))).isEmpty();
    Rating model = ImmutableRating.copyOf(under2019).withLevel(StarLevel.MODEL);
    assertThat(codes(withBranch(o -> o.withRatings(model)))).containsExactly("RATING-LEVEL");
  }

  @Test
  void onlyKindsTheSchemeRatesAreRated() {
    assertThat(codes(withBranch(o -> o.withRatings(Rating.of(2023, StarLevel.FOUR_STAR)))))
        .isEmpty();
    Dataset group =
        withBranch(
            o ->
                o.withKind(OrganizationKind.PARTY_GROUP)
                    .withRatings(Rating.of(2023, StarLevel.FOUR_STAR)));
    assertThat(codes(group)).contains("RATING-KIND");
  }
}
