package org.dangjian.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.DatasetView;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.recognition.Rating;
import org.dangjian.core.recognition.StarLevel;
import org.dangjian.core.vanguard.PersonStatus;
import org.dangjian.core.vanguard.Team;
import org.dangjian.core.vanguard.TeamKind;
import org.dangjian.core.vanguard.TeamPerson;
import org.junit.jupiter.api.Test;

/**
 * The rating distribution and the team figures over a hand-made dataset of 21 rated branches (1 标兵,
 * 5 五星, 15 四星) and a volunteer team of 103 of whom 46 members and 16 activists.
 */
class RecognitionStatisticsTest {

  private static final LocalDate AS_OF = LocalDate.of(2024, 1, 31);

  private static Organization branch(int n, Rating... ratings) {
    return Organization.builder()
        .id("b" + n)
        .name("第" + n + "党支部")
        .kind(OrganizationKind.BRANCH)
        .foundedOn(LocalDate.of(2010, 1, 1))
        .addRatings(ratings)
        .build();
  }

  private static DatasetView view() {
    List<Organization> orgs = new ArrayList<>();
    for (int n = 0; n < 21; n++) {
      StarLevel level =
          n == 0 ? StarLevel.MODEL : n <= 5 ? StarLevel.FIVE_STAR : StarLevel.FOUR_STAR;
      orgs.add(branch(n, Rating.of(2023, level), Rating.of(2022, StarLevel.THREE_STAR)));
    }
    // Rated twice for 2023: counted once, with its first rating.
    orgs.add(branch(21, Rating.of(2023, StarLevel.TWO_STAR), Rating.of(2023, StarLevel.MODEL)));
    // A rating after the view's year does not make that year the latest.
    orgs.add(branch(22, Rating.of(2025, StarLevel.ONE_STAR)));
    Team volunteers =
        Team.builder()
            .id("t1")
            .name("志愿服务队")
            .kind(TeamKind.VOLUNTEER_TEAM)
            .organizationId("b0")
            .establishedOn(LocalDate.of(2022, 5, 4))
            .statedSize(103)
            .statedPartyMembers(46)
            .statedActivists(16)
            .build();
    Team post =
        Team.builder()
            .id("t2")
            .name("先锋岗")
            .kind(TeamKind.PIONEER_POST)
            .organizationId("b0")
            .establishedOn(LocalDate.of(2023, 3, 1))
            .addPeople(TeamPerson.of("张三", "m1", PersonStatus.PARTY_MEMBER))
            .build();
    Team later =
        Team.builder()
            .id("t3")
            .name("青年文明号")
            .kind(TeamKind.YOUTH_CIVILIZATION)
            .organizationId("b0")
            .establishedOn(LocalDate.of(2024, 2, 1))
            .statedSize(20)
            .build();
    return Dataset.builder()
        .addAllOrganizations(orgs)
        .addTeams(volunteers, post, later)
        .build()
        .asOf(AS_OF);
  }

  @Test
  void theDistributionCountsEachOrganizationOnceHighestLevelFirst() {
    DatasetView view = view();
    assertThat(RecognitionStatistics.latestRatedYear(view)).hasValue(2023);
    RatingDistribution d = RecognitionStatistics.ratings(view, 2023);
    assertThat(d.text()).isEqualTo("1 标兵 / 5 五星 / 15 四星 / 1 二星");
    assertThat(d.rated()).isEqualTo(22);
    assertThat(d.count(StarLevel.THREE_STAR)).isZero();
    assertThat(RecognitionStatistics.ratings(view, 2022).text()).isEqualTo("21 三星");
    assertThat(RecognitionStatistics.ratings(view, 2019).text()).isEmpty();
  }

  @Test
  void teamFiguresCountTheTeamsOfTheDayWithStatedElseListedPeople() {
    TeamFigures t = RecognitionStatistics.teams(view());
    assertThat(t.total()).isEqualTo(2);
    assertThat(t.byKind().get(TeamKind.VOLUNTEER_TEAM)).isEqualTo(1);
    assertThat(t.byKind().get(TeamKind.PIONEER_POST)).isEqualTo(1);
    assertThat(t.byKind().get(TeamKind.YOUTH_CIVILIZATION)).isZero();
    assertThat(t.people()).isEqualTo(104);
    assertThat(t.partyMembers()).isEqualTo(47);
    assertThat(t.activists()).isEqualTo(16);
  }
}
