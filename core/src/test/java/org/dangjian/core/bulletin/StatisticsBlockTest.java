package org.dangjian.core.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StatisticsBlockTest {

  /** 12 organizations: 2 committees, 1 general branch, 9 branches. */
  private static StatisticsBlock block() {
    return StatisticsBlock.builder()
        .asOf(LocalDate.of(2024, 3, 31))
        .memberTotal(310)
        .organizationTotal(12)
        .partyCommittees(2)
        .generalBranches(1)
        .branches(9)
        .build();
  }

  @Test
  void organizationPartsSumAgreesWithATotalThatDoes() {
    StatisticsBlock block = block();

    assertThat(block.organizationPartsSum()).hasValue(12);
    assertThat(block.organizationPartsSum().getAsLong())
        .isEqualTo(block.organizationTotal().getAsInt());
  }

  @Test
  void organizationPartsSumNeedsAllThreeParts() {
    ImmutableStatisticsBlock block = ImmutableStatisticsBlock.copyOf(block());

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
    StatisticsBlock block = ImmutableStatisticsBlock.copyOf(block()).withBranches(8);

    assertThat(block.organizationPartsSum()).hasValue(11);
    assertThat(block.organizationTotal()).hasValue(12);
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
        ImmutableStatisticsBlock.copyOf(block()).withOtherFigures(developed, posts);

    assertThat(block.otherFigures()).containsExactly(developed, posts);
    assertThat(block.otherFigures().get(0).unit()).contains("名");
    assertThat(block).isNotEqualTo(block());
  }

  @Test
  void statedFigureWithoutUnit() {
    StatedFigure figure = StatedFigure.builder().label("覆盖率").value(new BigDecimal("98.5")).build();

    assertThat(figure.unit()).isEmpty();
    assertThat(figure.value()).isEqualByComparingTo("98.5");
  }
}
