package org.dangjian.testkit.internal.mutation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.ImmutableDataset;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.organization.ImmutableOrganization;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.recognition.CriterionScore;
import org.dangjian.core.recognition.Rating;
import org.dangjian.core.recognition.RatingCriterion;
import org.dangjian.core.recognition.RatingScheme;
import org.dangjian.core.recognition.RatingSchemes;
import org.dangjian.core.recognition.StarLevel;
import org.dangjian.core.vanguard.ImmutableTeam;
import org.dangjian.core.vanguard.Team;
import org.dangjian.core.vanguard.TeamKind;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.Mutation;

/**
 * The one-defect mutators of star ratings under the bundled rating scheme (晋星定级) and of vanguard
 * posts and teams. A rating mutator replaces a branch's rating of the year before the reference
 * date; a team mutator adds one post or team, set up by a branch that exists, whose only fault is
 * the defect.
 */
public final class RecognitionMutators {

  private RecognitionMutators() {}

  /** Injects a rating or team {@code defect}; null when it is not one of this class. */
  public static Mutation apply(Defect defect, Dataset d, LocalDate asOf) {
    return switch (defect) {
      case RATING_SCORE_OVER_MAXIMUM, RATING_LEVEL_NOT_EARNED -> scored(defect, d, asOf);
      case RATING_UNRATED_KIND -> unratedKind(defect, d, asOf);
      case TEAM_UNKNOWN_HOLDER,
          TEAM_HOLDER_NOT_YET_A_MEMBER,
          TEAM_COUNTS_OVER_SIZE,
          TEAM_ENDS_BEFORE_SET_UP ->
          team(defect, d, asOf);
      default -> null;
    };
  }

  private static Organization branch(Dataset d, Defect defect, LocalDate asOf) {
    LocalDate start = LocalDate.of(asOf.getYear() - 1, 1, 1);
    return Edits.organization(
        d,
        o ->
            o.kind() == OrganizationKind.BRANCH
                && o.existsOn(start.minusYears(1))
                && o.existsOn(asOf),
        defect);
  }

  private static Mutation scored(Defect defect, Dataset d, LocalDate asOf) {
    int year = asOf.getYear() - 1;
    RatingScheme scheme = RatingSchemes.defaults().inForce(year).orElseThrow();
    Organization o = branch(d, defect, asOf);
    List<CriterionScore> scores = new ArrayList<>();
    StarLevel level;
    if (defect == Defect.RATING_SCORE_OVER_MAXIMUM) {
      for (RatingCriterion c : scheme.criteria()) {
        scores.add(CriterionScore.of(c.code(), c.maxScore()));
      }
      RatingCriterion first = scheme.criteria().get(0);
      scores.set(0, CriterionScore.of(first.code(), first.maxScore() + 1));
      level = StarLevel.FIVE_STAR;
    } else {
      // Take points off the full marks until the total is 四星's threshold.
      int target = scheme.thresholds().get(StarLevel.FOUR_STAR);
      int off = scheme.maxTotal() - target;
      for (RatingCriterion c : scheme.criteria()) {
        int cut = Math.min(off, c.maxScore());
        off -= cut;
        scores.add(CriterionScore.of(c.code(), c.maxScore() - cut));
      }
      level = StarLevel.FIVE_STAR;
    }
    Rating rating = Rating.builder().year(year).level(level).addAllScores(scores).build();
    return withRating(d, o, rating, defect);
  }

  /**
   * Rates an organization of a kind the scheme does not rate: one of the dataset's, else a
   * discipline commission (纪委) added under the first root, founded with it.
   */
  private static Mutation unratedKind(Defect defect, Dataset d, LocalDate asOf) {
    int year = asOf.getYear() - 1;
    RatingScheme scheme = RatingSchemes.defaults().inForce(year).orElseThrow();
    Rating rating = Rating.of(year, StarLevel.THREE_STAR);
    for (Organization x : d.organizations()) {
      if (!scheme.rates(x.kind())
          && x.existsOn(LocalDate.of(year, 1, 1))
          && x.existsOn(LocalDate.of(year, 12, 31))) {
        return withRating(d, x, rating, defect);
      }
    }
    // The root, or any organization when a cycle left the dataset without one.
    Organization branch = d.roots().isEmpty() ? d.organizations().get(0) : d.roots().get(0);
    ImmutableOrganization.Builder group =
        Organization.builder()
            .id(Edits.unusedId(d, "org"))
            .name(branch.name() + "纪律检查委员会")
            .kind(OrganizationKind.DISCIPLINE_COMMISSION)
            .parentId(branch.id())
            .addRating(rating);
    branch.foundedOn().ifPresent(group::foundedOn);
    Organization added = group.build();
    List<Organization> organizations = new ArrayList<>(d.organizations());
    organizations.add(added);
    return new Mutation(
        ImmutableDataset.copyOf(d).withOrganizations(organizations),
        added.id(),
        defect,
        "discipline commission "
            + added.id()
            + " added under "
            + branch.id()
            + " and rated for "
            + year);
  }

  private static Mutation withRating(Dataset d, Organization o, Rating rating, Defect defect) {
    List<Rating> ratings = new ArrayList<>();
    for (Rating r : o.ratings()) {
      if (r.year() != rating.year()) {
        ratings.add(r);
      }
    }
    ratings.add(rating);
    Organization changed = ImmutableOrganization.copyOf(o).withRatings(ratings);
    return new Mutation(
        Edits.replace(d, changed),
        changed.id(),
        defect,
        "rating of " + o.id() + " for " + rating.year() + " replaced (" + defect.label() + ")");
  }

  private static Mutation team(Defect defect, Dataset d, LocalDate asOf) {
    Organization o = branch(d, defect, asOf);
    Member holder =
        Edits.member(
            d,
            m ->
                m.development().admissionDate().filter(a -> a.isBefore(asOf)).isPresent()
                    && m.departure().isEmpty()
                    && m.stageOn(asOf).filter(MemberStage.FULL::equals).isPresent(),
            defect);
    LocalDate admitted = holder.development().admissionDate().orElseThrow();
    LocalDate on = admitted.isAfter(asOf.minusYears(1)) ? admitted : asOf.minusYears(1);
    ImmutableTeam post =
        Team.builder()
            .id(Edits.unusedId(d, "team"))
            .name("党员先锋岗")
            .kind(TeamKind.PIONEER_POST)
            .organizationId(o.id())
            .holderId(holder.id())
            .establishedOn(on)
            .build();
    Team added =
        switch (defect) {
          case TEAM_UNKNOWN_HOLDER -> post.withHolderId(Edits.unusedId(d, "mem"));
          case TEAM_HOLDER_NOT_YET_A_MEMBER -> post.withEstablishedOn(admitted.minusDays(1));
          case TEAM_COUNTS_OVER_SIZE ->
              post.withKind(TeamKind.VOLUNTEER_TEAM)
                  .withName("志愿服务队")
                  .withStatedSize(10)
                  .withStatedPartyMembers(8)
                  .withStatedActivists(3);
          default -> post.withEndedOn(on.minusDays(1));
        };
    List<Team> teams = new ArrayList<>(d.teams());
    teams.add(added);
    return new Mutation(
        ImmutableDataset.copyOf(d).withTeams(teams),
        added.id(),
        defect,
        "a post or team added to " + o.id() + " (" + defect.label() + ")");
  }
}
