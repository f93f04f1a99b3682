package org.dangjian.core.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StatisticsBlockTest {

  @Test
  void organizationPartsSumOfIssue62() {
    StatisticsBlock block = Issue62.statistics();

    assertThat(block.organizationPartsSum()).hasValue(134);
    assertThat(block.organizationPartsSum().getAsLong())
        .isEqualTo(block.organizationTotal().getAsInt());
  }

  @Test
  void organizationPartsSumNeedsAllThreeParts() {
    ImmutableStatisticsBlock block = ImmutableStatisticsBlock.copyOf(Issue62.statistics());

    assertThat(
            StatisticsBlock.builder()
                .asOf(block.asOf())
                .partyCommittees(16)
                .branches(114)
                .build()
                .organizationPartsSum())
        .isEmpty();
    assertThat(StatisticsBlock.builder().asOf(block.asOf()).build().organizationPartsSum())
        .isEmpty();
  }

  @Test
  void organizationPartsSumDoesNotAgreeWithATotalThatDoesNot() {
    StatisticsBlock block = ImmutableStatisticsBlock.copyOf(Issue62.statistics()).withBranches(113);

    assertThat(block.organizationPartsSum()).hasValue(133);
    assertThat(block.organizationTotal()).hasValue(134);
  }

  @Test
  void organizationPartsSumDoesNotOverflow() {
    StatisticsBlock block =
        StatisticsBlock.builder()
            .asOf(LocalDate.of(2024, 1, 31))
            .partyCommittees(Integer.MAX_VALUE)
            .generalBranches(Integer.MAX_VALUE)
            .branches(1)
            .build();

    assertThat(block.organizationPartsSum()).hasValue(2L * Integer.MAX_VALUE + 1);
  }

  @Test
  void otherFiguresKeepEverythingTheBlockStates() {
    StatedFigure developed =
        StatedFigure.builder().label("发展党员").value(new BigDecimal("45")).unit("名").build();
    StatedFigure posts =
        StatedFigure.builder().label("党员先锋岗").value(BigDecimal.valueOf(60)).unit("个").build();

    StatisticsBlock block =
        ImmutableStatisticsBlock.copyOf(Issue62.statistics()).withOtherFigures(developed, posts);

    assertThat(block.otherFigures()).containsExactly(developed, posts);
    assertThat(block.otherFigures().get(0).unit()).contains("名");
    assertThat(block).isNotEqualTo(Issue62.statistics());
  }

  @Test
  void statedFigureWithoutUnit() {
    StatedFigure figure = StatedFigure.builder().label("覆盖率").value(new BigDecimal("98.5")).build();

    assertThat(figure.unit()).isEmpty();
    assertThat(figure.value()).isEqualByComparingTo("98.5");
  }
}
