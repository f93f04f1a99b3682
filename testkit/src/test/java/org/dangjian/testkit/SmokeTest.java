package org.dangjian.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.statistics.BulletinFigures;
import org.dangjian.core.statistics.PartyStatistics;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void smoke() {
    GeneratorSettings s =
        GeneratorSettings.builder()
            .seed(62)
            .committees(16)
            .generalBranches(4)
            .branches(114)
            .members(3096)
            .probationary(197)
            .employees(30960)
            .asOf(LocalDate.of(2024, 1, 31))
            .applicants(10)
            .activists(10)
            .developmentTargets(5)
            .build();
    Dataset d = DatasetGenerator.generate(s);
    BulletinFigures f = PartyStatistics.bulletinFigures(d.asOf(s.asOf()), OptionalInt.empty());
    System.out.println(f + " " + f.shareOfEmployeesPercent() + " " + d);
    System.out.println(d.organizations().get(0));
    System.out.println(d.organizations().get(40));
    System.out.println(d.members().get(0));
    System.out.println(d.activities().get(0));
    assertThat(f.members()).isEqualTo(3096);
  }
}
