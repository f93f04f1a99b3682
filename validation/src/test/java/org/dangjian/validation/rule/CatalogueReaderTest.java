package org.dangjian.validation.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.dangjian.core.record.RecordKind;
import org.junit.jupiter.api.Test;

/** The catalogue file is read strictly, and every mistake names the line and the rule. */
class CatalogueReaderTest {

  private static final String RULE =
      """
          {
            "code": "T-001",
            "severity": "WARNING",
            "confidence": "MEMORY",
            "scope": "RECORD",
            "record": "MEMBER",
            "citation": { "document": "doc", "article": "第一条" },
            "statement": { "zh": "规则。", "en": "The rule." },
            "message": { "zh": "{name}不对。", "en": "{name} is wrong." }
          }""";

  private static String catalogue(String rules) {
    return """
        /* A catalogue for tests. */
        {
          "version": 1,
          "documents": { "doc": "《文件》" },
          // One topic.
          "topics": [
            {
              "id": "tests",
              "title": { "zh": "测试", "en": "Tests" },
              "rules": [
        """
        + rules
        + """
              ]
            }
          ]
        }
        """;
  }

  private static RuleCatalogue read(String text) {
    return CatalogueReader.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.jsonc");
  }

  @Test
  void aWellFormedCatalogueIsRead() {
    RuleCatalogue catalogue =
        read(catalogue(RULE + ",\n" + RULE.replace("T-001", "T-002").replace("MEMBER", "DATASET")));

    assertThat(catalogue.topics())
        .containsExactly(new Topic("tests", new LocalizedText("测试", "Tests")));
    Rule rule = catalogue.require("T-001");
    assertThat(rule.severity()).isEqualTo(Severity.WARNING);
    assertThat(rule.recordKind()).contains(RecordKind.MEMBER);
    assertThat(rule.citation()).isEqualTo(new Citation("《文件》", "第一条"));
    assertThat(rule.topic().id()).isEqualTo("tests");
    assertThat(rule.note()).isEmpty();
    assertThat(catalogue.require("T-002").recordKind()).isEmpty();
    assertThat(catalogue.rulesOf("tests")).extracting(Rule::code).containsExactly("T-001", "T-002");
  }

  @Test
  void anUnknownKeyIsNamedWithItsLineAndRule() {
    assertThatThrownBy(() -> read(catalogue(RULE.replace("\"scope\"", "\"scop\""))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("test.jsonc, line 11 (rule T-001): unknown key \"scop\"");
  }

  @Test
  void aMissingKeyIsNamed() {
    assertThatThrownBy(() -> read(catalogue(RULE.replace("\"confidence\": \"MEMORY\",", ""))))
        .hasMessageContaining("(rule T-001): the key \"confidence\" is missing");
  }

  @Test
  void aWrongConstantListsTheRightOnes() {
    assertThatThrownBy(() -> read(catalogue(RULE.replace("WARNING", "WARN"))))
        .hasMessageContaining("\"severity\" is WARN, not one of [ERROR, WARNING, INFO]");
    assertThatThrownBy(() -> read(catalogue(RULE.replace("MEMBER", "PERSON"))))
        .hasMessageContaining(
            "not one of [MEMBER, ORGANIZATION, ACTIVITY, BULLETIN, PAIRING, TEAM, DATASET]");
  }

  @Test
  void anUnknownDocumentIsNamed() {
    assertThatThrownBy(() -> read(catalogue(RULE.replace("\"doc\"", "\"dok\""))))
        .hasMessageContaining("no document \"dok\" in \"documents\"; there are [doc]");
  }

  @Test
  void duplicatesAreRejected() {
    assertThatThrownBy(() -> read(catalogue(RULE + ",\n" + RULE)))
        .hasMessageContaining("two rules with the code T-001");
    assertThatThrownBy(
            () ->
                read(
                    catalogue(
                        RULE.replace(
                            "\"scope\": \"RECORD\",",
                            "\"scope\": \"RECORD\", \"scope\": \"VALUE\","))))
        .hasMessageContaining("line 15")
        .hasMessageContaining("scope");
  }

  @Test
  void aRuleThatRuleRejectsIsNamedWithItsLine() {
    assertThatThrownBy(() -> read(catalogue(RULE.replace("WARNING", "ERROR"))))
        .hasMessageContaining(
            "line 11 (rule T-001): T-001: a rule of confidence MEMORY is at most");
    assertThatThrownBy(() -> read(catalogue(RULE.replace("T-001", "t-1"))))
        .hasMessageContaining("malformed rule code t-1");
  }

  @Test
  void onlyVersionOneIsRead() {
    assertThatThrownBy(() -> read(catalogue(RULE).replace("\"version\": 1", "\"version\": 2")))
        .hasMessageContaining("\"version\" must be 1");
  }

  @Test
  void theStandardCatalogueSuggestsTheNearestCode() {
    RuleCatalogue standard = RuleCatalogue.defaults();
    assertThat(standard.nearest("DEV-O15")).map(Rule::code).contains("DEV-015");
    assertThat(standard.nearest("dev_015")).map(Rule::code).contains("DEV-015");
    assertThat(standard.nearest("LIFE-OO7L")).map(Rule::code).contains("LIFE-007L");
    assertThat(standard.nearest("ID-CHEKSUM")).map(Rule::code).contains("ID-CHECKSUM");
    assertThat(standard.nearest("ORG-O1I")).map(Rule::code).contains("ORG-011");
    assertThat(standard.nearest("NOTHING-LIKE-IT")).isEmpty();
    assertThatThrownBy(() -> standard.require("DEV-O15"))
        .hasMessage("no rule with the code DEV-O15; did you mean DEV-015?");
  }
}
