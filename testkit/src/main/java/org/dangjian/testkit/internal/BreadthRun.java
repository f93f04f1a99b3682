package org.dangjian.testkit.internal;

import java.time.YearMonth;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.ImmutableDataset;
import org.dangjian.testkit.BulletinGenerator;
import org.dangjian.testkit.GeneratorSettings;

/**
 * Widens a generated basic group by the settings' {@code Breadth}: the organization kinds, ratings
 * and post history ({@link StructurePlanner}, {@link RecognitionPlanner}), the movements of members
 * ({@link MobilityPlanner}), units, instructors, pairings and teams ({@link UnitPlanner}), the
 * activities of every kind ({@link EventPlanner}) and a bulletin. Runs on the finished basic
 * dataset with a random generator of its own, so a group without breadth is exactly the basic one
 * and every planner sees the records the earlier ones made.
 */
public final class BreadthRun {

  private BreadthRun() {}

  /**
   * The basic dataset widened by {@code settings.breadth()}, or {@code basic} itself when the
   * breadth is none.
   */
  public static Dataset widen(GeneratorSettings settings, Dataset basic) {
    if (!settings.breadth().any()) {
      return basic;
    }
    Draft d = new Draft(settings, basic);
    People people = new People(d);
    new StructurePlanner(d, people).plan();
    new RecognitionPlanner(d, people).plan();
    new MobilityPlanner(d, people).plan();
    new UnitPlanner(d, people).plan();
    if (settings.activities()) {
      new EventPlanner(d).plan();
    }
    ImmutableDataset widened =
        ImmutableDataset.copyOf(basic)
            .withOrganizations(d.organizations)
            .withMembers(d.members)
            .withActivities(d.activities)
            .withPairings(d.pairings)
            .withUnits(d.units)
            .withTeams(d.teams);
    if (settings.breadth().bulletin()) {
      widened =
          widened.withBulletins(
              BulletinGenerator.reporting(
                  widened, YearMonth.from(settings.asOf()), settings.seed()));
    }
    return widened;
  }
}
