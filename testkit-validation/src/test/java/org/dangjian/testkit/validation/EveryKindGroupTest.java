package org.dangjian.testkit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.testkit.validation.ReportAssertions.assertThat;

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
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.report.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * The done-when test of issue 19's breadth: a 3,096-member group of {@code
 * GeneratorSettings.everyKind} holds every organization kind, every activity kind and every record
 * kind (each enum iterated, so a kind added later fails here until the generator makes it) and
 * validates with no issue at all, for several seeds.
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
