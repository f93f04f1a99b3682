package org.dangjian.testkit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.testkit.validation.ReportAssertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityKind;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.record.RecordVisitor;
import org.dangjian.testkit.Breadth;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.report.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * The done-when test of issue 19's breadth: a 3,096-member group of {@code
 * GeneratorSettings.everyKind} holds every organization kind, every activity kind and every record
 * kind (each enum iterated, so a kind added later fails here until the generator makes it) and
 * validates with no issue at all, for several seeds; a smaller one on another date and every
 * dimension on a one-committee group are as valid.
 */
class EveryKindGroupTest {

  private static final DangjianValidator VALIDATOR = DangjianValidator.defaults();

  private static Dataset group(long seed) {
    return DatasetGenerator.generate(GeneratorSettings.everyKind(seed, 3096).build());
  }

  @Test
  void seed1() {
    holdsEveryKindAndValidatesWithoutAnyIssue(1);
  }

  @Test
  void seed62() {
    holdsEveryKindAndValidatesWithoutAnyIssue(62);
  }

  @Test
  void seed2024() {
    holdsEveryKindAndValidatesWithoutAnyIssue(2024);
  }

  /** A smaller every-kind group on a leap day of another year is as valid. */
  @Test
  void aSmallerGroupOnALeapDayHasNoIssueEither() {
    LocalDate leapDay = LocalDate.of(2024, 2, 29);
    Dataset d =
        DatasetGenerator.generate(GeneratorSettings.everyKind(6, 300).asOf(leapDay).build());
    assertThat(VALIDATOR.validate(d, leapDay, "group")).hasNoIssues();
    assertThat(d.organizations().stream().map(Organization::kind).collect(Collectors.toSet()))
        .containsAll(EnumSet.allOf(OrganizationKind.class));
  }

  /**
   * Every dimension on a one-committee group of the plain builder: what the tree has no room for
   * (segment committees to turn into an organ or working committee) is left out, the rest is valid.
   */
  @Test
  void everyDimensionOnAOneCommitteeGroupHasNoIssue() {
    Dataset d =
        DatasetGenerator.generate(
            GeneratorSettings.builder()
                .seed(3)
                .members(70)
                .probationary(5)
                .breadth(Breadth.everyKind(70, 3))
                .build());
    assertThat(VALIDATOR.validate(d, GeneratorSettings.DEFAULT_AS_OF, "small")).hasNoIssues();
    assertThat(d.units()).isNotEmpty();
    assertThat(d.teams()).isNotEmpty();
  }

  private static void holdsEveryKindAndValidatesWithoutAnyIssue(long seed) {
    Dataset d = group(seed);
    ValidationReport report = VALIDATOR.validate(d, GeneratorSettings.DEFAULT_AS_OF, "group");
    assertThat(report).hasNoIssues();

    Set<OrganizationKind> orgKinds =
        d.organizations().stream().map(Organization::kind).collect(Collectors.toSet());
    assertThat(orgKinds).containsAll(EnumSet.allOf(OrganizationKind.class));
    Set<ActivityKind> activityKinds =
        d.activities().stream().map(Activity::kind).collect(Collectors.toSet());
    assertThat(activityKinds).containsAll(EnumSet.allOf(ActivityKind.class));
    Set<RecordKind> recordKinds = EnumSet.noneOf(RecordKind.class);
    d.accept(
        new RecordVisitor<Location>() {
          @Override
          public void record(RecordKind kind, Object record, Location location) {
            recordKinds.add(kind);
          }
        });
    assertThat(recordKinds).containsAll(EnumSet.allOf(RecordKind.class));
  }
}
