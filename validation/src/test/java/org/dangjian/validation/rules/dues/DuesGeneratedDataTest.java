package org.dangjian.validation.rules.dues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.testkit.Mutation;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.report.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The dues and membership groups on generated data: nothing on valid datasets, exactly DUES-002 at
 * the mutated member for {@link Defect#WRONG_DUES_AMOUNT}, and nothing for every other defect.
 */
class DuesGeneratedDataTest {

  private static final LocalDate AS_OF = GeneratorSettings.DEFAULT_AS_OF;
  private static Dataset seed1;

  /** A group of 5,000 members in 160 branches with every pipeline stage, valid on {@code asOf}. */
  static GeneratorSettings group(long seed, LocalDate asOf) {
    return GeneratorSettings.builder()
        .seed(seed)
        .committees(16)
        .generalBranches(4)
        .branches(160)
        .members(5_000)
        .probationary(320)
        .applicants(40)
        .activists(40)
        .developmentTargets(40)
        .asOf(asOf)
        .build();
  }

  @BeforeAll
  static void generate() {
    seed1 = DatasetGenerator.generate(group(1, AS_OF));
  }

  private static List<String> ours(ValidationReport report) {
    return report.issues().stream()
        .filter(i -> DuesFixtures.CODES.contains(i.code()))
        .map(
            i ->
                i.code()
                    + "@"
                    + i.location().recordId().orElse("")
                    + " "
                    + i.location().fieldPath().orElse(""))
        .toList();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void valid_generated_datasets_raise_nothing(long seed) {
    Dataset valid = seed == 1 ? seed1 : DatasetGenerator.generate(group(seed, AS_OF));

    assertThat(ours(DangjianValidator.defaults().validate(valid, AS_OF))).isEmpty();
  }

  /** A smaller group valid on {@code asOf}. */
  static GeneratorSettings small(LocalDate asOf) {
    return GeneratorSettings.builder()
        .seed(4)
        .committees(3)
        .generalBranches(2)
        .branches(30)
        .members(900)
        .probationary(90)
        .applicants(10)
        .activists(10)
        .developmentTargets(10)
        .asOf(asOf)
        .build();
  }

  @ParameterizedTest(name = "as of {0}")
  @ValueSource(strings = {"2020-02-29", "2023-06-15", "2023-12-01"})
  void valid_data_raises_nothing_on_other_reference_dates(String date) {
    LocalDate asOf = LocalDate.parse(date);
    Dataset valid = DatasetGenerator.generate(small(asOf));

    assertThat(ours(DangjianValidator.defaults().validate(valid, asOf))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = Defect.class, names = "WRONG_ID_CHECKSUM", mode = EnumSource.Mode.EXCLUDE)
  void each_defect_on_a_mid_month_reference_date(Defect defect) {
    LocalDate asOf = LocalDate.of(2023, 6, 15);
    Mutation m;
    try {
      m = defect.applyTo(DatasetGenerator.generate(small(asOf)), asOf);
    } catch (IllegalStateException noSuitableRecord) {
      assumeTrue(false, noSuitableRecord.getMessage());
      return;
    }

    List<String> found = ours(DangjianValidator.defaults().validate(m.dataset(), asOf));

    if (DuesFixtures.CODES.contains(defect.ruleId())) {
      assertThat(found)
          .singleElement()
          .asString()
          .startsWith(defect.ruleId() + "@" + m.recordId() + " ");
    } else {
      assertThat(found).isEmpty();
    }
  }

  @Test
  void a_wrong_dues_amount_is_exactly_dues_002_at_the_mutated_payment() {
    Mutation m = Defect.WRONG_DUES_AMOUNT.applyTo(seed1, AS_OF);
    int last =
        m.dataset().member(m.recordId()).orElseThrow().dues().orElseThrow().payments().size() - 1;

    ValidationReport report = DangjianValidator.defaults().validate(m.dataset(), AS_OF);

    assertThat(ours(report))
        .containsExactly("DUES-002@" + m.recordId() + " dues.payments[" + last + "].amount");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = Defect.class,
      names = {"WRONG_DUES_AMOUNT", "WRONG_ID_CHECKSUM"},
      mode = EnumSource.Mode.EXCLUDE)
  void each_defect_raises_at_most_its_own_dues_or_membership_rule(Defect defect) {
    Mutation m;
    try {
      m = defect.applyTo(seed1, AS_OF);
    } catch (IllegalStateException noSuitableRecord) {
      assumeTrue(false, noSuitableRecord.getMessage());
      return;
    }

    List<String> found = ours(DangjianValidator.defaults().validate(m.dataset(), AS_OF));

    if (DuesFixtures.CODES.contains(defect.ruleId())) {
      assertThat(found)
          .singleElement()
          .asString()
          .startsWith(defect.ruleId() + "@" + m.recordId() + " ");
    } else {
      assertThat(found).isEmpty();
    }
  }
}
