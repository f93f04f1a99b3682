package org.dangjian.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.dangjian.core.record.RecordKind;
import org.junit.jupiter.api.Test;

class DataFormatTest {

  @Test
  void formats_are_recognized_by_extension_case_insensitively() {
    assertThat(DataFormat.forFileName("党员花名册.XLSX")).contains(DataFormat.XLSX);
    assertThat(DataFormat.forFileName("/tmp/members.ndjson")).contains(DataFormat.JSON_LINES);
    assertThat(DataFormat.forFileName("roster.csv")).contains(DataFormat.CSV);
    assertThat(DataFormat.forFileName("党员花名册.xls")).contains(DataFormat.XLS);
    assertThat(DataFormat.forFileName("bulletin-62.md")).contains(DataFormat.MARKDOWN);
  }

  @Test
  void unknown_or_missing_extensions_give_nothing() {
    assertThat(DataFormat.forFileName("roster.ods")).isEmpty();
    assertThat(DataFormat.forFileName("roster")).isEmpty();
    assertThat(DataFormat.forFileName("roster.")).isEmpty();
  }

  @Test
  void names_and_extensions_find_formats() {
    assertThat(DataFormat.forName("JSONL")).contains(DataFormat.JSON_LINES);
    assertThat(DataFormat.forName("ndjson")).contains(DataFormat.JSON_LINES);
    assertThat(DataFormat.forName(" markdown ")).contains(DataFormat.MARKDOWN);
    assertThat(DataFormat.forName("tsv")).isEmpty();
    assertThat(DataFormat.JSON_LINES.name()).isEqualTo("jsonl");
    assertThat(DataFormat.JSON_LINES.extensions()).containsExactly("jsonl", "ndjson");
    assertThat(DataFormat.JSON_LINES).hasToString("jsonl");
  }

  @Test
  void a_format_says_which_kinds_it_holds() {
    assertThat(DataFormat.JSON.kinds()).containsExactlyInAnyOrder(RecordKind.values());
    assertThat(DataFormat.CSV.kinds())
        .containsExactlyInAnyOrder(RecordKind.ORGANIZATION, RecordKind.MEMBER);
    assertThat(DataFormat.HTML.holds(RecordKind.BULLETIN)).isTrue();
    assertThat(DataFormat.HTML.holds(RecordKind.MEMBER)).isFalse();
  }

  @Test
  void formats_are_values_equal_by_name() {
    DataFormat tsv = DataFormat.of("tsv", EnumSet.of(RecordKind.MEMBER), "tab");
    assertThat(tsv).isEqualTo(DataFormat.of("tsv", List.of(RecordKind.ORGANIZATION)));
    assertThat(tsv.extensions()).containsExactly("tsv", "tab");
    assertThat(tsv).isNotEqualTo(DataFormat.CSV);
    assertThatThrownBy(() -> DataFormat.of("T S V", List.of(RecordKind.MEMBER)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DataFormat.of("tsv", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
