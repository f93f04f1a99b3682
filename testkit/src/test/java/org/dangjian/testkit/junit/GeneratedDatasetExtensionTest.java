package org.dangjian.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.dangjian.core.dataset.Dataset;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.testkit.Mutation;
import org.dangjian.testkit.Mutators;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The extension injects the generator's dataset for the annotated seed and size, applies a defect
 * from the parameter or the method, and generates each dataset once per test class.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GeneratedDatasetExtensionTest {

  /** The dataset the first test received, compared by identity in a later test of the class. */
  private static Dataset firstSeen;

  @Test
  @Order(1)
  void injectsTheGeneratorsDatasetForTheSeedAndSize(
      @GeneratedDataset(seed = 7, members = 54) Dataset dataset) {
    Dataset expected = DatasetGenerator.generate(GeneratorSettings.proportional(7, 54).build());
    assertThat(dataset).isEqualTo(expected);
    firstSeen = dataset;
  }

  @Test
  @Order(2)
  void sharesOneDatasetPerSettingsAcrossTheTestsOfAClass(
      @GeneratedDataset(seed = 7, members = 54) Dataset again,
      @GeneratedDataset(seed = 7, members = 54) Dataset twice,
      @GeneratedDataset(seed = 8, members = 54) Dataset otherSeed) {
    assertThat(again).isSameAs(firstSeen).isSameAs(twice);
    assertThat(otherSeed).isNotSameAs(again).isNotEqualTo(again);
  }

  @Test
  @Order(3)
  void appliesTheDefectOfTheParameterAndLeavesTheCachedDatasetValid(
      @GeneratedDataset(seed = 7, members = 54) Dataset valid,
      @GeneratedDataset(seed = 7, members = 54) @WithDefect(Defect.ONE_INTRODUCER) Dataset broken,
      @GeneratedDataset(seed = 7, members = 54) @WithDefect(Defect.ONE_INTRODUCER)
          Mutation mutation) {
    Mutation expected =
        Mutators.apply(Defect.ONE_INTRODUCER, valid, GeneratorSettings.DEFAULT_AS_OF);
    assertThat(mutation).isEqualTo(expected);
    assertThat(broken).isSameAs(mutation.dataset()).isNotEqualTo(valid);
    assertThat(valid).isSameAs(firstSeen);
  }

  @Test
  @WithDefect(Defect.TRAINING_TOO_SHORT)
  void appliesTheDefectOfTheMethodToEveryGeneratedParameter(
      @GeneratedDataset(seed = 7, members = 54) Mutation mutation,
      @GeneratedDataset(seed = 7, members = 54) Dataset broken) {
    assertThat(mutation.defect()).isEqualTo(Defect.TRAINING_TOO_SHORT);
    assertThat(broken).isSameAs(mutation.dataset());
    assertThat(broken.members())
        .filteredOn(m -> m.id().equals(mutation.recordId()))
        .singleElement()
        .isNotIn(firstSeen.members());
  }

  @Test
  void everyKindInjectsTheEveryKindGroupApartFromTheProportionalOne(
      @GeneratedDataset(seed = 7, members = 150, everyKind = true) Dataset everyKind,
      @GeneratedDataset(seed = 7, members = 150) Dataset proportional,
      @GeneratedDataset(seed = 7, members = 150, everyKind = true)
          @WithDefect(Defect.ONE_INTRODUCER)
          Mutation mutation) {
    assertThat(everyKind)
        .isEqualTo(DatasetGenerator.generate(GeneratorSettings.everyKind(7, 150).build()));
    assertThat(proportional)
        .isEqualTo(DatasetGenerator.generate(GeneratorSettings.proportional(7, 150).build()));
    assertThat(everyKind.units()).isNotEmpty();
    assertThat(everyKind.teams()).isNotEmpty();
    assertThat(proportional.units()).isEmpty();
    assertThat(mutation)
        .isEqualTo(
            Mutators.apply(Defect.ONE_INTRODUCER, everyKind, GeneratorSettings.DEFAULT_AS_OF));
  }
}
