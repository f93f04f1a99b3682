package org.dangjian.testkit;

import java.util.Locale;

/** The checks {@code GeneratorSettings.Builder.build()} makes, apart to keep that class short. */
final class SettingsCheck {

  private SettingsCheck() {}

  /**
   * Rejects impossible settings.
   *
   * @throws IllegalArgumentException when a count is negative, there is no committee or branch, the
   *     probationary members exceed the members, or the full members cannot give every branch 3
   */
  static void check(GeneratorSettings s) {
    require(
        s.committees() >= 1,
        "committees must be at least 1 (the root group committee), was %d",
        s.committees());
    require(
        s.generalBranches() >= 0,
        "generalBranches must not be negative, was %d",
        s.generalBranches());
    require(s.branches() >= 1, "branches must be at least 1, was %d", s.branches());
    require(s.members() >= 0, "members must not be negative, was %d", s.members());
    require(
        s.probationary() >= 0 && s.probationary() <= s.members(),
        "probationary must lie between 0 and members (%d), was %d",
        s.members(),
        s.probationary());
    long neededFull = (long) s.branches() * GeneratorSettings.MIN_FULL_MEMBERS_PER_BRANCH;
    require(
        s.members() - s.probationary() >= neededFull,
        "%d branches need at least %d full members (3 each), but members - probationary = %d",
        s.branches(),
        neededFull,
        s.members() - s.probationary());
    require(
        s.employees().isEmpty() || s.employees().getAsInt() >= 0,
        "employees must not be negative, was %d",
        s.employees().orElse(0));
    require(s.applicants() >= 0, "applicants must not be negative, was %d", s.applicants());
    require(s.activists() >= 0, "activists must not be negative, was %d", s.activists());
    require(
        s.developmentTargets() >= 0,
        "developmentTargets must not be negative, was %d",
        s.developmentTargets());
    require(
        s.asOf().getYear() >= 1990 && s.asOf().getYear() <= 9000,
        "asOf must lie between 1990 and 9000, was %d",
        s.asOf().getYear());
    require(
        s.breadth().jointBranches() <= s.branches(),
        "jointBranches (%d) must not exceed branches (%d)",
        s.breadth().jointBranches(),
        s.branches());
  }

  private static void require(boolean ok, String message, Object... args) {
    if (!ok) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, message, args));
    }
  }
}
