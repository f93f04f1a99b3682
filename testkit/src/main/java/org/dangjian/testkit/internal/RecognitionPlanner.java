package org.dangjian.testkit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Committee;
import org.dangjian.core.organization.ImmutableOrganization;
import org.dangjian.core.organization.ImmutablePostHolding;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.PostHolding;
import org.dangjian.core.organization.PostKind;
import org.dangjian.core.recognition.CriterionScore;
import org.dangjian.core.recognition.Honor;
import org.dangjian.core.recognition.HonorLevel;
import org.dangjian.core.recognition.Rating;
import org.dangjian.core.recognition.RatingCriterion;
import org.dangjian.core.recognition.RatingScheme;
import org.dangjian.core.recognition.RatingSchemes;
import org.dangjian.core.recognition.StarLevel;

/**
 * The recognition and post history of a widened group: ratings of last year for the committees and
 * general branches as well as the branches, each with a score per criterion of the bundled sample
 * rating scheme (park 2023 edition) and the level its total earns; honors of every {@link
 * HonorLevel} in turn for members and branches; and the secretary of the previous term of every
 * committee and general branch that had one, holding the post until the current term began.
 */
final class RecognitionPlanner {

  private final Draft d;
  private final People people;

  RecognitionPlanner(Draft draft, People people) {
    this.d = draft;
    this.people = people;
  }

  void plan() {
    if (d.breadth.scoredRatings()) {
      ratings();
    }
    honors();
    if (d.breadth.postHistory()) {
      postHistory();
    }
  }

  private void ratings() {
    int year = d.asOf.getYear() - 1;
    Optional<RatingScheme> scheme = RatingSchemes.defaults().inForce(year);
    if (scheme.isEmpty()) {
      return;
    }
    RatingScheme s = scheme.get();
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    for (Organization o : new ArrayList<>(d.organizations)) {
      if (!s.rates(o.kind()) || !o.existsOn(first) || !o.existsOn(last)) {
        continue;
      }
      boolean rated = o.ratings().stream().anyMatch(r -> r.year() == year);
      if (!rated && o.kind().isBranchLevel()) {
        continue;
      }
      List<Rating> ratings = new ArrayList<>();
      o.ratings().stream().filter(r -> r.year() != year).forEach(ratings::add);
      ratings.add(scored(s, year));
      d.replace(ImmutableOrganization.copyOf(o).withRatings(ratings));
    }
  }

  private Rating scored(RatingScheme s, int year) {
    List<CriterionScore> scores = new ArrayList<>();
    for (RatingCriterion c : s.criteria()) {
      scores.add(
          CriterionScore.of(c.code(), c.maxScore() - d.random.nextInt(c.maxScore() * 3 / 10 + 1)));
    }
    StarLevel level = s.levelFor(s.total(scores)).orElse(StarLevel.THREE_STAR);
    return Rating.builder().year(year).level(level).addAllScores(scores).build();
  }

  private void honors() {
    int year = d.asOf.getYear() - 1;
    LocalDate awarded = LocalDate.of(year, 7, 1);
    HonorLevel[] levels = HonorLevel.values();
    String[] memberTitles = {"全国优秀共产党员", "省优秀共产党员", "市优秀党务工作者", "区优秀共产党员", "园区优秀党员", "集团优秀党员"};
    String[] orgTitles = {"全国先进基层党组织", "省先进基层党组织", "市先进基层党组织", "区先进基层党组织", "园区五好党支部", "集团红旗党支部"};
    List<Member> pool = people.ordinary(m -> Draft.isFullOn(m, awarded) && m.honors().isEmpty());
    List<Member> honored = people.spread(pool, d.breadth.honors());
    for (int k = 0; k < honored.size(); k++) {
      Member m = honored.get(k);
      int l = k % levels.length;
      d.replace(
          ImmutableMember.copyOf(m)
              .withHonors(
                  Honor.builder()
                      .title(memberTitles[l])
                      .level(levels[l])
                      .year(year)
                      .awardedBy(people.root().name())
                      .build()));
    }
    List<Organization> branches = d.branches();
    for (int k = 0; k < Math.min(levels.length, d.breadth.honors()) && !branches.isEmpty(); k++) {
      Organization o = d.org(branches.get((k * 11) % branches.size()).id());
      if (!o.honors().isEmpty() || !o.existsOn(awarded)) {
        continue;
      }
      d.replace(
          ImmutableOrganization.copyOf(o).withHonors(Honor.of(orgTitles[k], levels[k], year)));
    }
  }

  private void postHistory() {
    for (Organization o : new ArrayList<>(d.organizations)) {
      boolean committeeLevel =
          o.kind() == OrganizationKind.PARTY_COMMITTEE
              || o.kind() == OrganizationKind.ORGAN_PARTY_COMMITTEE
              || o.kind() == OrganizationKind.WORKING_COMMITTEE
              || o.kind() == OrganizationKind.GENERAL_BRANCH;
      if (!committeeLevel || o.committees().size() < 2) {
        continue;
      }
      Committee current = o.latestCommittee().orElseThrow();
      Optional<Committee> previous =
          o.committees().stream().filter(c -> c.endedOn().isPresent()).findFirst();
      Optional<PostHolding> secretary =
          o.posts().stream().filter(p -> p.post() == PostKind.SECRETARY).findFirst();
      if (previous.isEmpty() || secretary.isEmpty()) {
        continue;
      }
      LocalDate from = previous.get().electedOn();
      List<Member> holder = people.fullBelow(o.id(), from, 1);
      if (holder.isEmpty()) {
        continue;
      }
      PostHolding old = People.post(PostKind.SECRETARY, holder.get(0), from, d.random);
      List<PostHolding> posts = new ArrayList<>();
      posts.add(ImmutablePostHolding.copyOf(old).withUntil(current.electedOn().minusDays(1)));
      posts.addAll(o.posts());
      d.replace(ImmutableOrganization.copyOf(o).withPosts(posts));
    }
  }
}
