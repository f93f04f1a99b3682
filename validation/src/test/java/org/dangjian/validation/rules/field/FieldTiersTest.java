package org.dangjian.validation.rules.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.ImmutableOrganization;
import org.dangjian.core.organization.Organization;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.testkit.Mutators;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.FieldTier;
import org.dangjian.validation.ValidationRun;
import org.dangjian.validation.ValidationSettings;
import org.dangjian.validation.report.ReportFormat;
import org.dangjian.validation.report.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast tier of the field rules gives the same report as Hibernate Validator's full cascade:
 * over generated datasets of several seeds, over every testkit defect, and over every boundary
 * record of {@link CoreConstraintBoundaryTest} (each constraint of the core just inside and just
 * beyond its limit), the JSON reports of the two tiers are equal, issue for issue.
 */
class FieldTiersTest {

  private static final DangjianValidator FAST =
      DangjianValidator.of(ValidationSettings.builder().fieldTier(FieldTier.FAST).build());

  private static final DangjianValidator FULL =
      DangjianValidator.of(ValidationSettings.builder().fieldTier(FieldTier.FULL).build());

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void generatedDatasetsGetTheSameReport(long seed) {
    GeneratorSettings settings = GeneratorSettings.proportional(seed, 400).build();
    Dataset dataset = DatasetGenerator.generate(settings);

    assertSameReports(dataset, settings.asOf());
  }

  @ParameterizedTest
  @MethodSource("defects")
  void everyDefectGetsTheSameReport(Defect defect) {
    Dataset mutated;
    LocalDate asOf;
    try {
      mutated = Mutators.apply(defect, FieldHarness.sample(), FieldHarness.AS_OF).dataset();
      asOf = FieldHarness.AS_OF;
    } catch (IllegalStateException noSuitableRecord) {
      // The small field sample lacks what some defects need (an applicant, for instance): a
      // proportional group has every stage, so the defect is still compared, not skipped.
      GeneratorSettings settings = GeneratorSettings.proportional(1, 300).build();
      asOf = settings.asOf();
      mutated = Mutators.apply(defect, DatasetGenerator.generate(settings), asOf).dataset();
    }

    assertSameReports(mutated, asOf);
  }

  /** Every defect of the testkit that a dataset can hold. */
  static Stream<Defect> defects() {
    return Arrays.stream(Defect.values()).filter(Defect::representableInDataset);
  }

  @Test
  void everyBoundaryRecordGetsTheSameIssues() {
    List<Object> records =
        Stream.of(
                CoreConstraintBoundaryTest.memberCases(),
                CoreConstraintBoundaryTest.developmentCases(),
                CoreConstraintBoundaryTest.duesCases(),
                CoreConstraintBoundaryTest.organizationCases(),
                CoreConstraintBoundaryTest.activityCases())
            .flatMap(s -> s)
            .map((Arguments a) -> a.get()[1])
            .collect(Collectors.toCollection(ArrayList::new));
    // Extra columns: constraints on the keys and on the values of a map.
    Member member = FieldHarness.member();
    records.add(
        ImmutableMember.copyOf(member)
            .withExtras(Map.of(" ", "备注", "备注", "党".repeat(5_001), "k".repeat(101), "ok")));
    records.add(
        ImmutableOrganization.copyOf(FieldHarness.organization())
            .withExtras(Map.of("", "x", "说明", "党".repeat(5_001))));
    ValidationReport fast = run(FAST, records);
    ValidationReport full = run(FULL, records);

    assertThat(fast.render(ReportFormat.JSON, Locale.ROOT))
        .isEqualTo(full.render(ReportFormat.JSON, Locale.ROOT));
    // The comparison means something: the boundary records break many field constraints.
    assertThat(fast.issues().stream().filter(i -> i.code().startsWith("FIELD-")).count())
        .isGreaterThan(60);
  }

  private static ValidationReport run(DangjianValidator validator, List<Object> records) {
    ValidationRun run = validator.newRun("boundaries", FieldHarness.AS_OF);
    for (Object record : records) {
      if (record instanceof Member m) {
        run.member(m, null);
      } else if (record instanceof Organization o) {
        run.organization(o, null);
      } else {
        run.activity((Activity) record, null);
      }
    }
    return run.finish();
  }

  private static void assertSameReports(Dataset dataset, LocalDate asOf) {
    ValidationReport fast = FAST.validate(dataset, asOf);
    ValidationReport full = FULL.validate(dataset, asOf);

    assertThat(fast.render(ReportFormat.JSON, Locale.ROOT))
        .isEqualTo(full.render(ReportFormat.JSON, Locale.ROOT));
  }
}
