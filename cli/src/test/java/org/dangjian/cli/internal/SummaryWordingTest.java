package org.dangjian.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** English counts agree in number, and every count is grouped by thousands. */
class SummaryWordingTest {

  @Test
  void one_is_singular_and_counts_are_grouped() {
    assertThat(Reports.plural(1, "warning")).isEqualTo("1 warning");
    assertThat(Reports.plural(0, "error")).isEqualTo("0 errors");
    assertThat(Reports.plural(239_300, "record")).isEqualTo("239,300 records");
  }
}
