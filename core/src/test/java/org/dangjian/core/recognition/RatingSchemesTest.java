package org.dangjian.core.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dangjian.core.organization.OrganizationKind;
import org.junit.jupiter.api.Test;

/**
 * The rating scheme as data: the bundled editions, the edition in force for a year, the level a
 * total earns at each threshold, and a user's file read or refused with the key that is wrong.
 */
class RatingSchemesTest {

  private static final String FILE =
      String.join(
          "\n",
          "editions = a, b",
          "a.name = 甲版",
          "a.from = 2020-07-01",
          "a.kinds = 党支部",
          "a.criteria = X, Y",
          "a.criterion.X = 组织建设 / 60",
          "a.criterion.Y = 作用发挥 / 40",
          "a.level.五星 = 90",
          "a.level.THREE_STAR = 60",
          "b.name = 乙版",
          "b.from = 2024-01-01",
          "b.kinds = BRANCH, 党委",
          "b.criteria = X",
          "b.criterion.X = 综合 / 100",
          "b.level.标兵 = 98");

  @Test
  void theBundledSchemeHasTwoEditionsOfAHundredPoints() {
    RatingSchemes schemes = RatingSchemes.defaults();
    assertThat(schemes.editions())
        .extracting(RatingScheme::id)
        .containsExactly("park-2019", "park-2023");
    assertThat(schemes.editions()).allSatisfy(s -> assertThat(s.maxTotal()).isEqualTo(100));
    RatingScheme current = schemes.inForce(2024).orElseThrow();
    assertThat(current.id()).isEqualTo("park-2023");
    assertThat(current.criterion("ROLE").orElseThrow().label()).isEqualTo("作用发挥");
    assertThat(current.rates(OrganizationKind.BRANCH)).isTrue();
    assertThat(current.rates(OrganizationKind.PARTY_GROUP)).isFalse();
    assertThat(schemes.inForce(2022).orElseThrow().id()).isEqualTo("park-2019");
    assertThat(schemes.inForce(2018)).isEmpty();
  }

  @Test
  void aTotalEarnsTheHighestLevelWhoseThresholdItReaches() {
    RatingScheme scheme = RatingSchemes.defaults().inForce(2023).orElseThrow();
    assertThat(scheme.levelFor(100)).hasValue(StarLevel.MODEL);
    assertThat(scheme.levelFor(95)).hasValue(StarLevel.MODEL);
    assertThat(scheme.levelFor(94)).hasValue(StarLevel.FIVE_STAR);
    assertThat(scheme.levelFor(90)).hasValue(StarLevel.FIVE_STAR);
    assertThat(scheme.levelFor(89)).hasValue(StarLevel.FOUR_STAR);
    assertThat(scheme.levelFor(50)).hasValue(StarLevel.ONE_STAR);
    assertThat(scheme.levelFor(49)).isEmpty();
    assertThat(scheme.total(List.of(CriterionScore.of("ORG", 20), CriterionScore.of("ROLE", 7))))
        .isEqualTo(27);
  }

  @Test
  void aUsersFileIsReadWithEditionsByDate() {
    RatingSchemes schemes = RatingSchemes.parse(FILE);
    RatingScheme a = schemes.inForce(2020).orElseThrow();
    assertThat(a.name()).isEqualTo("甲版");
    assertThat(a.ratedKinds()).containsExactly(OrganizationKind.BRANCH);
    assertThat(a.criteria())
        .containsExactly(RatingCriterion.of("X", "组织建设", 60), RatingCriterion.of("Y", "作用发挥", 40));
    assertThat(a.levelFor(89)).hasValue(StarLevel.THREE_STAR);
    assertThat(a.levelFor(59)).isEmpty();
    // The 2020 edition starts on 1 July: it is in force on the year's last day.
    assertThat(schemes.inForce(2019)).isEmpty();
    assertThat(schemes.inForce(2023).orElseThrow().id()).isEqualTo("a");
    RatingScheme b = schemes.inForce(2024).orElseThrow();
    assertThat(b.ratedKinds())
        .containsExactlyInAnyOrder(OrganizationKind.BRANCH, OrganizationKind.PARTY_COMMITTEE);
    assertThat(b.levelFor(98)).hasValue(StarLevel.MODEL);
  }

  @Test
  void aBrokenFileIsRefusedNamingTheKey() {
    assertThatThrownBy(() -> RatingSchemes.parse(FILE.replace("a.from = 2020-07-01", "")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a.from");
    assertThatThrownBy(() -> RatingSchemes.parse(FILE.replace("/ 40", "/ 四十")))
        .hasMessageContaining("a.criterion.Y")
        .hasMessageContaining("四十");
    assertThatThrownBy(() -> RatingSchemes.parse(FILE.replace("a.level.五星", "a.level.七星")))
        .hasMessageContaining("七星");
    assertThatThrownBy(() -> RatingSchemes.parse(FILE.replace("a.kinds = 党支部", "a.kinds = 车间")))
        .hasMessageContaining("a.kinds");
    // 三星 must need less than 五星.
    assertThatThrownBy(
            () -> RatingSchemes.parse(FILE.replace("THREE_STAR = 60", "THREE_STAR = 90")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("三星");
  }

  @Test
  void schemesAreEqualByTheirEditions() {
    RatingSchemes one = RatingSchemes.defaults();
    RatingSchemes two = RatingSchemes.defaults();
    assertThat(one).isNotSameAs(two).isEqualTo(two).hasSameHashCodeAs(two);
    // the same editions in another order are the same schemes; fewer editions are not
    List<RatingScheme> editions = one.editions();
    List<RatingScheme> reversed = new java.util.ArrayList<>(editions);
    java.util.Collections.reverse(reversed);
    assertThat(reversed).isNotEqualTo(editions);
    assertThat(RatingSchemes.of(reversed)).isEqualTo(one);
    assertThat(RatingSchemes.of(editions.subList(0, 1))).isNotEqualTo(one);
  }
}
