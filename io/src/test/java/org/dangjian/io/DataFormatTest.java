package org.dangjian.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DataFormatTest {

  @Test
  void formats_are_recognized_by_extension_case_insensitively() {
    assertThat(DataFormat.fromFileName("党员花名册.XLSX")).contains(DataFormat.XLSX);
    assertThat(DataFormat.fromFileName("/tmp/members.ndjson")).contains(DataFormat.JSON_LINES);
    assertThat(DataFormat.fromFileName("roster.csv")).contains(DataFormat.CSV);
    assertThat(DataFormat.fromFileName("bulletin-62.md")).contains(DataFormat.MARKDOWN);
  }

  @Test
  void unknown_or_missing_extensions_give_nothing() {
    assertThat(DataFormat.fromFileName("roster.xls")).isEmpty();
    assertThat(DataFormat.fromFileName("roster")).isEmpty();
    assertThat(DataFormat.fromFileName("roster.")).isEmpty();
  }
}
