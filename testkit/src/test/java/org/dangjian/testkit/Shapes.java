package org.dangjian.testkit;

import java.time.LocalDate;

/** Generator settings shared by the tests: shapes other than the bulletin's reference group. */
final class Shapes {

  private Shapes() {}

  /** General branches, a leap-day as-of date and pipeline people of every stage. */
  static GeneratorSettings mixed() {
    return GeneratorSettings.builder()
        .seed(8)
        .committees(3)
        .generalBranches(5)
        .branches(20)
        .members(700)
        .probationary(60)
        .asOf(LocalDate.of(2020, 2, 29))
        .applicants(5)
        .activists(5)
        .developmentTargets(5)
        .build();
  }
}
