package org.dangjian.testkit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.dangjian.core.code.Gender;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.testkit.GeneratorSettings;

/**
 * Plans the people of the dataset: distributes full and probationary members over the branches
 * (within the soft branch cap, then raising general branches and committees to the usual size),
 * plans each admitted member's development timeline backwards from the admission meeting so that
 * the timing rules hold, numbers and names the members in admission order, sizes branch committees,
 * assigns mentors and introducers who were full members at the time, and adds applicants, activists
 * and development targets to the pipeline. A last pass ({@link #repairSponsors()}) replaces a
 * sponsor who was not yet a full member by one from another branch who was, and leaves the sponsors
 * unrecorded for the first members of the dataset, whose sponsors can only have been members
 * outside it.
 */
final class MemberPlanner {

  private final GeneratorContext ctx;
  private final SplittableRandom random;

  MemberPlanner(GeneratorContext ctx) {
    this.ctx = ctx;
    this.random = ctx.random;
  }

  /** Sets the full and probationary member counts of every branch. */
  void distributeMembers() {
    GeneratorSettings settings = ctx.settings;
    int branches = ctx.branchIndexes.size();
    int cap =
        Math.max(GenerationRun.BRANCH_SOFT_CAP, (settings.members() + branches - 1) / branches);
    double[] cumulative = new double[branches];
    double sum = 0;
    for (int i = 0; i < branches; i++) {
      sum += 0.2 + random.nextDouble() * 1.8;
      cumulative[i] = sum;
    }
    for (int b : ctx.branchIndexes) {
      ctx.org(b).fullCount = GeneratorSettings.MIN_FULL_MEMBERS_PER_BRANCH;
    }
    int restFull =
        settings.fullMembers() - GeneratorSettings.MIN_FULL_MEMBERS_PER_BRANCH * branches;
    for (int i = 0; i < restFull + settings.probationary(); i++) {
      double x = random.nextDouble() * sum;
      int at = Arrays.binarySearch(cumulative, x);
      int slot = at >= 0 ? at : Math.min(-at - 1, branches - 1);
      for (int probe = 0; probe < branches; probe++) {
        OrgNode node = ctx.org(ctx.branchIndexes.get((slot + probe) % branches));
        if (node.fullCount + node.probationaryCount < cap) {
          if (i < restFull) {
            node.fullCount++;
          } else {
            node.probationaryCount++;
          }
          break;
        }
      }
    }
    raiseSmallGroups(cap);
  }

  /**
   * Raises every general branch and party committee with fewer than {@link
   * GenerationRun#GROUP_FLOOR} members below it (practice sets up a branch, not a general branch or
   * committee, for 3 to 49 members: ORG-014) by moving full members one by one from the branch with
   * the most full members outside it, as long as that branch keeps 3 and no other general branch or
   * committee drops below the floor. Deterministic and without random draws, so groups that already
   * meet the floor are unchanged.
   */
  private void raiseSmallGroups(int cap) {
    int[] total = new int[ctx.orgs.size()];
    for (int b : ctx.branchIndexes) {
      OrgNode branch = ctx.org(b);
      for (int at = b; at >= 0; at = ctx.org(at).parent) {
        total[at] += branch.fullCount + branch.probationaryCount;
      }
    }
    for (OrgNode group : ctx.orgs) {
      if (!grouping(group)) {
        continue;
      }
      while (total[group.index] < GenerationRun.GROUP_FLOOR) {
        OrgNode receiver = null;
        OrgNode donor = null;
        for (int b : ctx.branchIndexes) {
          OrgNode branch = ctx.org(b);
          int size = branch.fullCount + branch.probationaryCount;
          if (below(b, group.index)) {
            if (size < cap
                && (receiver == null || size < receiver.fullCount + receiver.probationaryCount)) {
              receiver = branch;
            }
          } else if (branch.fullCount > GeneratorSettings.MIN_FULL_MEMBERS_PER_BRANCH
              && (donor == null || branch.fullCount > donor.fullCount)
              && canGive(b, group.index, total)) {
            donor = branch;
          }
        }
        if (receiver == null || donor == null) {
          break;
        }
        donor.fullCount--;
        receiver.fullCount++;
        for (int at = donor.index; at >= 0; at = ctx.org(at).parent) {
          total[at]--;
        }
        for (int at = receiver.index; at >= 0; at = ctx.org(at).parent) {
          total[at]++;
        }
      }
    }
  }

  private static boolean grouping(OrgNode node) {
    return node.kind == OrganizationKind.GENERAL_BRANCH
        || node.kind == OrganizationKind.PARTY_COMMITTEE;
  }

  /** True when organization {@code index} lies in the subtree of {@code root}. */
  private boolean below(int index, int root) {
    for (int at = index; at >= 0; at = ctx.org(at).parent) {
      if (at == root) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when branch {@code donor} can give a member to the subtree of {@code receiver}: every
   * general branch and committee above the donor but not above the receiver keeps the floor.
   */
  private boolean canGive(int donor, int receiver, int[] total) {
    for (int at = ctx.org(donor).parent; at >= 0; at = ctx.org(at).parent) {
      if (below(receiver, at)) {
        return true;
      }
      if (grouping(ctx.org(at)) && total[at] - 1 < GenerationRun.GROUP_FLOOR) {
        return false;
      }
    }
    return true;
  }

  /** Plans the full and probationary members of {@code branch}. */
  void planBranch(OrgNode branch) {
    int veterans = Math.min(5, branch.fullCount);
    int order = 0;
    for (int i = 0; i < branch.fullCount; i++) {
      Person p = new Person(MemberStage.FULL, i < veterans, order++);
      planAdmitted(p);
      branch.people.add(p);
    }
    for (int i = 0; i < branch.probationaryCount; i++) {
      Person p = new Person(MemberStage.PROBATIONARY, false, order++);
      planAdmitted(p);
      branch.people.add(p);
    }
    branch.people.sort(
        Comparator.comparing((Person p) -> p.admission).thenComparingInt(p -> p.order));
    for (Person p : branch.people) {
      p.id = ctx.nextMemberId();
      p.name = Names.personName(random, p.gender);
    }
    branch.seats =
        branch.fullCount >= GenerationRun.COMMITTEE_THRESHOLD ? 3 + random.nextInt(3) : 1;
    List<Person> fullByDate = branch.fullMembersByDate();
    for (Person p : branch.people) {
      assignSponsors(p, fullByDate);
    }
  }

  /** Mentors full on the activist date, introducers full on the target date, when possible. */
  private void assignSponsors(Person p, List<Person> fullByDate) {
    int forMentor = Person.countFullOn(fullByDate, p.activist);
    int forIntroducer = Person.countFullOn(fullByDate, p.target);
    List<String> mentors = new ArrayList<>();
    int wanted = 1 + random.nextInt(2);
    if (forMentor >= 1) {
      for (int idx : ctx.distinct(forMentor, Math.min(wanted, forMentor))) {
        mentors.add(fullByDate.get(idx).id);
      }
    }
    List<String> introducers = new ArrayList<>(mentors);
    if (forIntroducer >= 2) {
      while (introducers.size() < 2) {
        String id = fullByDate.get(random.nextInt(forIntroducer)).id;
        if (!introducers.contains(id)) {
          introducers.add(id);
        }
      }
    } else {
      for (Person other : fullByDate) {
        if (introducers.size() == 2) {
          break;
        }
        if (other != p && !introducers.contains(other.id)) {
          introducers.add(other.id);
        }
      }
    }
    if (mentors.isEmpty()) {
      mentors.add(introducers.get(0));
    }
    p.mentors = List.copyOf(mentors);
    p.introducers = List.copyOf(introducers.subList(0, 2));
  }

  /**
   * Makes every recorded mentor a full member on the activist date and every introducer a full
   * member on the target date (docs/regulations.md DEV-005, DEV-008): a sponsor of the own branch
   * who was not yet full is replaced by the full member of the whole dataset who became full most
   * recently before that date. When the dataset holds too few full members at that date (its
   * earliest members), the sponsors and their step stay unrecorded: they were members elsewhere.
   * Draws nothing from the random generator, so the rest of the dataset does not change.
   */
  void repairSponsors() {
    List<Person> full = new ArrayList<>();
    Map<String, Person> byId = new HashMap<>();
    for (int b : ctx.branchIndexes) {
      for (Person p : ctx.org(b).people) {
        byId.put(p.id, p);
        if (p.stage == MemberStage.FULL) {
          full.add(p);
        }
      }
    }
    full.sort(Comparator.comparing(Person::fullFrom).thenComparing(p -> p.id));
    for (int b : ctx.branchIndexes) {
      OrgNode branch = ctx.org(b);
      for (List<Person> people : List.of(branch.people, branch.pipeline)) {
        for (Person p : people) {
          if (!p.mentors.isEmpty()) {
            p.mentors = sponsors(p.mentors, p.mentors.size(), p.activist, full, byId);
            if (p.mentors.isEmpty()) {
              p.mentorAssignment = null;
            }
          }
          if (!p.introducers.isEmpty()) {
            p.introducers = sponsors(p.introducers, 2, p.target, full, byId);
            if (p.introducers.size() < 2) {
              p.introducers = List.of();
              p.introducerAssignment = null;
            }
          }
        }
      }
    }
  }

  /**
   * {@code wanted} distinct sponsors full on {@code date}: the valid ones of {@code chosen} first.
   */
  private static List<String> sponsors(
      List<String> chosen,
      int wanted,
      LocalDate date,
      List<Person> full,
      Map<String, Person> byId) {
    List<String> out = new ArrayList<>();
    for (String id : chosen) {
      Person s = byId.get(id);
      if (s != null && s.fullFrom() != null && !s.fullFrom().isAfter(date) && !out.contains(id)) {
        out.add(id);
      }
    }
    for (int i = Person.countFullOn(full, date) - 1; i >= 0 && out.size() < wanted; i--) {
      String id = full.get(i).id;
      if (!out.contains(id)) {
        out.add(id);
      }
    }
    return out.size() > wanted ? List.copyOf(out.subList(0, wanted)) : List.copyOf(out);
  }

  /** Plans a full or probationary member, backwards from the admission meeting. */
  private void planAdmitted(Person p) {
    LocalDate asOf = ctx.asOf;
    p.gender = random.nextInt(100) < 30 ? Gender.FEMALE : Gender.MALE;
    int ageYears;
    if (p.stage == MemberStage.PROBATIONARY) {
      p.admission = ctx.randomDate(asOf.minusYears(1).plusDays(1), asOf.minusDays(100));
      ageYears = 21 + random.nextInt(18);
    } else if (p.veteran) {
      p.admission = ctx.randomDate(asOf.minusYears(30), asOf.minusYears(8));
      ageYears = 24 + random.nextInt(17);
    } else if (random.nextInt(100) < 6) {
      LocalDate birth = ctx.randomDate(LocalDate.of(1950, 1, 1), LocalDate.of(1969, 12, 31));
      LocalDate admitted = birth.plusYears(22 + random.nextInt(14)).plusDays(random.nextInt(365));
      LocalDate latest = asOf.minusMonths(16);
      p.admission = admitted.isAfter(latest) ? latest.minusDays(random.nextInt(400)) : admitted;
      ageYears = -1;
      p.birth = birth;
    } else {
      p.admission = ctx.randomDate(asOf.minusYears(25), asOf.minusMonths(16));
      ageYears = 22 + random.nextInt(19);
    }
    LocalDate a = p.admission;
    p.form = a.minusDays(3 + random.nextInt(18));
    p.preReview = p.form.minusDays(1 + random.nextInt(7));
    p.branchReview = p.preReview.minusDays(3 + random.nextInt(13));
    p.training = p.branchReview.minusDays(3 + random.nextInt(13));
    p.trainingDays = 3 + random.nextInt(3);
    p.trainingHours = 24 + random.nextInt(17);
    p.review = p.training.minusDays(1 + random.nextInt(10));
    p.introducerAssignment = p.review.minusDays(5 + random.nextInt(11));
    p.targetFiling = p.introducerAssignment.minusDays(random.nextInt(11));
    p.target = p.targetFiling.minusDays(1 + random.nextInt(10) + random.nextInt(61));
    planActivistPhase(p, p.target.minusYears(1).minusDays(random.nextInt(301)));
    if (p.birth == null) {
      p.birth = a.minusYears(ageYears).minusDays(random.nextInt(365));
    }
    ensureAdultApplicant(p);
    p.approvalTalk = a.plusDays(3 + random.nextInt(18));
    p.approval = p.approvalTalk.plusDays(1 + random.nextInt(20));
    p.admissionFiling = p.approval.plusDays(1 + random.nextInt(15));
    p.groupAssignment = p.admissionFiling.plusDays(random.nextInt(8));
    p.oath = p.groupAssignment.plusDays(random.nextInt(21));
    LocalDate assessment = a.plusMonths(9);
    p.probationAssessment = assessment.isAfter(asOf) ? null : assessment;
    if (p.stage == MemberStage.FULL) {
      LocalDate end = a.plusYears(1);
      p.conversionApplication = end.minusDays(10 + random.nextInt(21));
      p.conversionMeeting = end.plusDays(random.nextInt(21));
      p.conversionApproval = p.conversionMeeting.plusDays(1 + random.nextInt(40));
      p.archiving = p.conversionApproval.plusDays(5 + random.nextInt(26));
    }
  }

  /** Plans application and activist steps for an activist designated on {@code activist}. */
  private void planActivistPhase(Person p, LocalDate activist) {
    p.activist = activist;
    p.activistFiling = activist.plusDays(1 + random.nextInt(10));
    p.mentorAssignment = p.activistFiling.plusDays(random.nextInt(11));
    p.application = activist.minusDays(30 + random.nextInt(336));
    p.talk = p.application.plusDays(3 + random.nextInt(23));
    LocalDate end = p.target != null ? p.target : ctx.asOf;
    for (LocalDate next = activist.plusMonths(6); !next.isAfter(end); next = next.plusMonths(6)) {
      p.assessments.add(next);
    }
  }

  private void ensureAdultApplicant(Person p) {
    if (p.birth.plusYears(18).isAfter(p.application)) {
      p.birth = p.application.minusYears(18).minusDays(1 + random.nextInt(700));
    }
  }

  /** Adds the applicants, activists and development targets, round-robin over the branches. */
  void addPipeline() {
    GeneratorSettings settings = ctx.settings;
    LocalDate asOf = ctx.asOf;
    int total = settings.pipeline();
    int branches = ctx.branchIndexes.size();
    for (int i = 0; i < total; i++) {
      MemberStage stage =
          i < settings.applicants()
              ? MemberStage.APPLICANT
              : i < settings.applicants() + settings.activists()
                  ? MemberStage.ACTIVIST
                  : MemberStage.DEVELOPMENT_TARGET;
      OrgNode branch = ctx.org(ctx.branchIndexes.get(i % branches));
      Person p = new Person(stage, false, i);
      p.gender = random.nextInt(100) < 40 ? Gender.FEMALE : Gender.MALE;
      switch (stage) {
        case APPLICANT -> {
          p.application = ctx.randomDate(asOf.minusDays(200), asOf.minusDays(40));
          p.talk = p.application.plusDays(3 + random.nextInt(23));
        }
        case ACTIVIST ->
            planActivistPhase(p, ctx.randomDate(asOf.minusDays(330), asOf.minusDays(30)));
        default -> {
          p.target = ctx.randomDate(asOf.minusDays(80), asOf.minusDays(25));
          p.targetFiling = p.target.plusDays(1 + random.nextInt(10));
          p.introducerAssignment = p.targetFiling.plusDays(random.nextInt(11));
          planActivistPhase(p, p.target.minusYears(1).minusDays(random.nextInt(301)));
        }
      }
      p.birth = p.application.minusYears(19 + random.nextInt(15)).minusDays(random.nextInt(365));
      ensureAdultApplicant(p);
      p.id = ctx.nextMemberId();
      p.name = Names.personName(random, p.gender);
      List<Person> fullByDate = branch.fullMembersByDate();
      if (stage != MemberStage.APPLICANT) {
        LocalDate target = p.target;
        if (target == null) {
          p.target = asOf;
        }
        assignSponsors(p, fullByDate);
        p.target = target;
        if (stage == MemberStage.ACTIVIST) {
          p.introducers = List.of();
        }
      }
      branch.pipeline.add(p);
    }
  }
}
