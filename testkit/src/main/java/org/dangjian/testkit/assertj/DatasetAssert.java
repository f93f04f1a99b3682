package org.dangjian.testkit.assertj;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ObjectAssert;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.statistics.BulletinFigures;
import org.dangjian.core.statistics.PartyStatistics;

/**
 * Assertions on a {@link Dataset}: the number of records, organizations by kind, uniqueness of
 * resident ID numbers, and the figures of a bulletin's statistics block on a date, computed with
 * {@link PartyStatistics}. Duplicate ID numbers are reported by member ids and masked numbers only.
 */
public final class DatasetAssert extends AbstractAssert<DatasetAssert, Dataset> {

  DatasetAssert(Dataset actual) {
    super(actual, DatasetAssert.class);
  }

  /** Verifies the number of member records (pipeline people included). */
  public DatasetAssert hasMemberCount(int expected) {
    isNotNull();
    if (actual.members().size() != expected) {
      failWithMessage(
          "Expected the dataset to have %d member records but it has %d",
          expected, actual.members().size());
    }
    return this;
  }

  /** Verifies the number of organizations of {@code kind}. */
  public DatasetAssert hasOrganizationCount(OrganizationKind kind, int expected) {
    isNotNull();
    long count = actual.organizations().stream().filter(o -> o.kind() == kind).count();
    if (count != expected) {
      failWithMessage(
          "Expected the dataset to have %d organizations of kind %s but it has %d",
          expected, kind, count);
    }
    return this;
  }

  /** Verifies that no two members share a resident ID number. */
  public DatasetAssert hasNoDuplicateIdNumbers() {
    isNotNull();
    Map<String, String> firstHolder = new HashMap<>();
    List<String> duplicates = new ArrayList<>();
    for (Member m : actual.members()) {
      if (m.idNumber().isEmpty()) {
        continue;
      }
      String previous = firstHolder.putIfAbsent(m.idNumber().get().value(), m.id());
      if (previous != null) {
        duplicates.add(previous + " and " + m.id() + " share " + m.idNumber().get().masked());
      }
    }
    if (!duplicates.isEmpty()) {
      failWithMessage("Expected no duplicate resident ID numbers but %s", duplicates);
    }
    return this;
  }

  /**
   * The bulletin figures on {@code date}, computed by {@link PartyStatistics#bulletinFigures} with
   * the employee count of the root host unit, for further assertions.
   */
  public ObjectAssert<BulletinFigures> bulletinFiguresOn(LocalDate date) {
    isNotNull();
    return Assertions.assertThat(
        PartyStatistics.bulletinFigures(actual.asOf(date), OptionalInt.empty()));
  }

  /**
   * Verifies the bulletin figures on {@code date}: Party members, probationary members, committees,
   * general branches and branches.
   */
  public DatasetAssert hasBulletinFigures(
      LocalDate date,
      int members,
      int probationary,
      int committees,
      int generalBranches,
      int branches) {
    isNotNull();
    BulletinFigures f = PartyStatistics.bulletinFigures(actual.asOf(date), OptionalInt.empty());
    if (f.members() != members
        || f.probationary() != probationary
        || f.committees() != committees
        || f.generalBranches() != generalBranches
        || f.branches() != branches) {
      failWithMessage(
          "Expected on %s members=%d probationary=%d committees=%d generalBranches=%d"
              + " branches=%d but was members=%d probationary=%d committees=%d"
              + " generalBranches=%d branches=%d",
          date,
          members,
          probationary,
          committees,
          generalBranches,
          branches,
          f.members(),
          f.probationary(),
          f.committees(),
          f.generalBranches(),
          f.branches());
    }
    return this;
  }
}
