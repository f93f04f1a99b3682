package org.dangjian.validation.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dangjian.core.record.RecordKind;
import org.junit.jupiter.api.Test;

class RuleCatalogueTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

  @Test
  void codesAreUniqueAndWellFormed() {
    Set<String> codes = new HashSet<>();
    for (Rule rule : RuleCatalogue.defaults().rules()) {
      assertThat(codes.add(rule.code())).as(rule.code()).isTrue();
      assertThat(rule.code()).matches("[A-Z]+(-[A-Z0-9]+)+");
    }
    assertThat(codes).contains("ID-CHECKSUM", "ID-DUPLICATE");
  }

  @Test
  void weakRulesAreAtMostWarnings() {
    for (Rule rule : RuleCatalogue.defaults().rules()) {
      if (rule.confidence().isWeak()) {
        assertThat(rule.severity()).as(rule.code()).isNotEqualTo(Severity.ERROR);
      }
    }
  }

  @Test
  void chineseTextsAreChineseAndEnglishTextsAreNot() {
    for (Rule rule : RuleCatalogue.defaults().rules()) {
      assertThat(rule.statement().zh()).as(rule.code()).containsPattern("\\p{IsHan}");
      assertThat(rule.message().zh()).as(rule.code()).containsPattern("\\p{IsHan}");
      assertThat(rule.statement().en())
          .as(rule.code())
          .doesNotContainPattern("[\\p{IsHan}&&[^《》]]{4}");
      assertThat(rule.message().en()).as(rule.code()).containsPattern("[A-Za-z]{3}");
    }
  }

  @Test
  void messagesUseOnlyWellFormedPlaceholders() {
    for (Rule rule : RuleCatalogue.defaults().rules()) {
      for (String template : new String[] {rule.message().zh(), rule.message().en()}) {
        assertThat(template).as(rule.code()).doesNotContain("${").doesNotContain("{}");
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
          assertThat(m.group(1)).as(rule.code()).matches("[a-z][A-Za-z]*");
        }
      }
    }
  }

  @Test
  void lookUpByCode() {
    RuleCatalogue catalogue = RuleCatalogue.defaults();
    assertThat(catalogue.require("ID-CHECKSUM").scope()).isEqualTo(Scope.VALUE);
    assertThat(catalogue.find("NO-SUCH")).isEmpty();
    assertThatThrownBy(() -> catalogue.require("NO-SUCH"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NO-SUCH");
  }

  @Test
  void aWeakRuleCannotBeAnError() {
    assertThatThrownBy(
            () ->
                Rule.builder()
                    .code("X-1")
                    .topic(new Topic("test", new LocalizedText("测试", "test")))
                    .severity(Severity.ERROR)
                    .confidence(Confidence.MEMORY)
                    .scope(Scope.RECORD)
                    .recordKind(RecordKind.MEMBER)
                    .citation(new Citation("doc", ""))
                    .statement(new LocalizedText("规则", "rule"))
                    .message(new LocalizedText("消息", "message"))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("at most a warning");
  }
}
