package org.dangjian.validation.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dangjian.validation.internal.docs.RulesMarkdown;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md must equal what the catalogue generates. To regenerate after changing a rule:
 * {@code ./mvnw -B -q -pl validation -am install -DskipTests && java -cp ... RulesMarkdown
 * docs/rules.md}, or simply run this test with {@code -Ddangjian.docs.update=true}.
 */
class RulesDocTest {

  private static final Path DOC = Path.of("..", "docs", "rules.md");

  @Test
  void docsRulesMdIsUpToDate() throws IOException {
    String expected = RulesMarkdown.render(RuleCatalogue.defaults());
    if (Boolean.getBoolean("dangjian.docs.update")) {
      Files.writeString(DOC, expected, StandardCharsets.UTF_8);
    }
    assertThat(DOC).exists();
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
        .as(
            "docs/rules.md is stale: run ./mvnw -B -q -pl core,testkit,validation verify"
                + " -Dtest=RulesDocTest -Dsurefire.failIfNoSpecifiedTests=false"
                + " -Ddangjian.docs.update=true")
        .isEqualTo(expected);
  }

  @Test
  void everyRuleAppearsInTheDocument() {
    String doc = RulesMarkdown.render(RuleCatalogue.defaults());
    for (Rule rule : RuleCatalogue.defaults().rules()) {
      assertThat(doc).contains("| " + rule.code() + " |");
    }
  }
}
