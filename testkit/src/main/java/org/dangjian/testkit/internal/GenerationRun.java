package org.dangjian.testkit.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.ImmutableDataset;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.points.PointsLedger;
import org.dangjian.testkit.GeneratorSettings;

/**
 * One run of the dataset generator behind {@code DatasetGenerator.generate}: builds the
 * organization tree, plans members and pipeline, then emits members, organization records and
 * activities in a fixed order, so that all parts draw from the shared random generator in the same
 * sequence and the same settings always give an equal dataset. Not part of the module's API (the
 * package is not exported).
 */
public final class GenerationRun {

  /** Branches hold at most this many members when the settings allow it (ORG-002). */
  public static final int BRANCH_SOFT_CAP = 50;

  /**
   * General branches and party committees have at least this many members below them when the
   * settings allow it (ORG-014: 3 to 49 members make a branch).
   */
  public static final int GROUP_FLOOR = 50;

  /** A branch with at least this many full members has a committee (ORG-007). */
  public static final int COMMITTEE_THRESHOLD = 7;

  private final GeneratorContext ctx;
  private final OrganizationTree tree;
  private final MemberPlanner planner;
  private final PersonData personData;
  private final ActivityPlanner activities;

  private GenerationRun(GeneratorSettings settings) {
    this.ctx = new GeneratorContext(settings);
    this.tree = new OrganizationTree(ctx);
    this.planner = new MemberPlanner(ctx);
    this.personData = new PersonData(ctx);
    this.activities = new ActivityPlanner(ctx);
  }

  /**
   * Generates a dataset.
   *
   * @param settings the settings, not null
   * @return a dataset valid on {@code settings.asOf()}
   */
  public static Dataset generate(GeneratorSettings settings) {
    return new GenerationRun(settings).run();
  }

  private Dataset run() {
    GeneratorSettings settings = ctx.settings;
    tree.build();
    planner.distributeMembers();
    List<Member> members = new ArrayList<>(settings.members() + settings.pipeline());
    for (int b : ctx.branchIndexes) {
      planner.planBranch(ctx.org(b));
    }
    planner.addPipeline();
    planner.repairSponsors();
    for (int b : ctx.branchIndexes) {
      OrgNode branch = ctx.org(b);
      for (Person p : branch.people) {
        members.add(personData.toMember(branch, p));
      }
    }
    for (int b : ctx.branchIndexes) {
      OrgNode branch = ctx.org(b);
      for (Person p : branch.pipeline) {
        members.add(personData.toMember(branch, p));
      }
    }
    List<Organization> organizations = new ArrayList<>(ctx.orgs.size());
    for (OrgNode node : ctx.orgs) {
      organizations.add(tree.toOrganization(node));
    }
    List<Activity> activityList = new ArrayList<>();
    if (settings.activities()) {
      IdentityHashMap<Person, Integer> committeeSecretaries = new IdentityHashMap<>();
      for (OrgNode node : ctx.orgs) {
        if (node.kind == OrganizationKind.PARTY_COMMITTEE && node.secretary != null) {
          committeeSecretaries.merge(node.secretary, 1, Integer::sum);
        }
      }
      for (int b : ctx.branchIndexes) {
        OrgNode branch = ctx.org(b);
        List<Person> lecturers = new ArrayList<>();
        for (Person p : branch.people) {
          if (committeeSecretaries.containsKey(p)) {
            lecturers.add(p);
          }
        }
        activities.addActivities(branch, lecturers, activityList);
      }
    }
    Dataset basic =
        Dataset.builder()
            .addAllOrganizations(organizations)
            .addAllMembers(members)
            .addAllActivities(activityList)
            .build();
    Dataset dataset = BreadthRun.widen(settings, basic);
    if (settings.pointsPolicy().isEmpty()) {
      return dataset;
    }
    LocalDate from = YearMonth.from(ctx.asOf).minusMonths(11).atDay(1);
    return ImmutableDataset.copyOf(dataset)
        .withPointEntries(
            PointsLedger.derive(dataset, settings.pointsPolicy().get(), from, ctx.asOf));
  }
}
