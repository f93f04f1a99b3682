package org.dangjian.validation.rule;

import static org.assertj.core.api.Assertions.assertThat;

import org.dangjian.core.code.Codes;
import org.junit.jupiter.api.Test;

class SeverityTest {

  @Test
  void severities_order_from_error_to_info() {
    assertThat(Severity.ERROR.atLeast(Severity.WARNING)).isTrue();
    assertThat(Severity.WARNING.atLeast(Severity.WARNING)).isTrue();
    assertThat(Severity.INFO.atLeast(Severity.WARNING)).isFalse();
  }

  @Test
  void severities_are_found_by_chinese_label_and_code() {
    assertThat(Codes.lookup(Severity.class, "警告")).contains(Severity.WARNING);
    assertThat(Codes.lookup(Severity.class, "E")).contains(Severity.ERROR);
    assertThat(Codes.lookup(Severity.class, "info")).contains(Severity.INFO);
  }
}
