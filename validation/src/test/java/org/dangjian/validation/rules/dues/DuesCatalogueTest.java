package org.dangjian.validation.rules.dues;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.dangjian.core.record.RecordKind;
import org.dangjian.validation.rule.Confidence;
import org.dangjian.validation.rule.Rule;
import org.dangjian.validation.rule.RuleCatalogue;
import org.dangjian.validation.rule.Scope;
import org.dangjian.validation.rule.Severity;
import org.junit.jupiter.api.Test;

/** The dues and membership rules are in the catalogue with their severities and sources. */
class DuesCatalogueTest {

  private static final Map<String, Severity> SEVERITIES =
      Map.ofEntries(
          Map.entry("DUES-001", Severity.WARNING),
          Map.entry("DUES-002", Severity.ERROR),
          Map.entry("DUES-005", Severity.ERROR),
          Map.entry("DUES-006", Severity.ERROR),
          Map.entry("DUES-007", Severity.WARNING),
          Map.entry("DUES-009", Severity.INFO),
          Map.entry("DUES-011", Severity.WARNING),
          Map.entry("DUES-012", Severity.WARNING),
          Map.entry("CONST-010", Severity.WARNING),
          Map.entry("MOB-002", Severity.WARNING),
          Map.entry("MOB-004", Severity.WARNING),
          Map.entry("TRANSFER-TARGET", Severity.ERROR),
          Map.entry("TRANSFER-DATES", Severity.ERROR),
          Map.entry("DEPARTURE-DUES", Severity.ERROR));

  @Test
  void every_code_is_catalogued_once_as_a_member_record_rule() {
    assertThat(SEVERITIES.keySet()).isEqualTo(DuesFixtures.CODES);
    RuleCatalogue catalogue = RuleCatalogue.defaults();
    SEVERITIES.forEach(
        (code, severity) -> {
          Rule rule = catalogue.require(code);
          assertThat(rule.severity()).as(code).isEqualTo(severity);
          assertThat(rule.scope()).as(code).isEqualTo(Scope.RECORD);
          assertThat(rule.recordKind()).as(code).hasValue(RecordKind.MEMBER);
          assertThat(rule.confidence()).as(code).isEqualTo(Confidence.SECONDARY);
          assertThat(rule.citation().document()).as(code).isNotBlank();
          assertThat(catalogue.rules().stream().filter(r -> r.code().equals(code))).hasSize(1);
        });
  }

  @Test
  void dues_rules_cite_the_2008_dues_regulation() {
    RuleCatalogue catalogue = RuleCatalogue.defaults();
    for (String code : SEVERITIES.keySet()) {
      if (code.startsWith("DUES-")) {
        assertThat(catalogue.require(code).citation().document())
            .as(code)
            .contains("党费收缴、使用和管理的规定");
      }
    }
  }
}
