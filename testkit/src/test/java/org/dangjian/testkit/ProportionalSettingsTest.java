package org.dangjian.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProportionalSettingsTest {

  @Test
  void theProportionsOfTheBulletin() {
    GeneratorSettings s = GeneratorSettings.proportional(5, 3096).build();
    assertThat(s.branches()).isEqualTo(114);
    assertThat(s.committees()).isEqualTo(16);
    assertThat(s.generalBranches()).isEqualTo(4);
    assertThat(s.probationary()).isEqualTo(198);
    assertThat(s.employees()).hasValue(30960);
    assertThat(s.pipeline()).isEqualTo(30 + 30 + 15);
  }

  @Test
  void generatedBranchesStayWithinFiftyMembersAndTheDataIsValid() {
    GeneratorSettings s = GeneratorSettings.proportional(5, 2700).build();
    var dataset = DatasetGenerator.generate(s);
    assertThat(InvariantChecker.check(dataset, s.asOf())).isEmpty();
  }

  @Test
  void tooSmallAGroupIsRejected() {
    assertThatThrownBy(() -> GeneratorSettings.proportional(1, 26))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("27");
  }
}
