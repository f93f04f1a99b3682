package org.dangjian.validation.beans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dangjian.core.id.IdentifierProblem;
import org.junit.jupiter.api.Test;

/** The Chinese and English bundles hold the same keys, no expressions, and the core's texts. */
class MessageBundlesTest {

  private static final String DIR = "/org/dangjian/validation/internal/beans/";
  private static final Properties ZH = load("ValidationMessages.properties");
  private static final Properties EN = load("ValidationMessages_en.properties");

  private static final Set<String> JAKARTA_CONSTRAINTS =
      Set.of(
          "AssertFalse",
          "AssertTrue",
          "DecimalMax",
          "DecimalMin",
          "Digits",
          "Email",
          "Future",
          "FutureOrPresent",
          "Max",
          "Min",
          "Negative",
          "NegativeOrZero",
          "NotBlank",
          "NotEmpty",
          "NotNull",
          "Null",
          "Past",
          "PastOrPresent",
          "Pattern",
          "Positive",
          "PositiveOrZero",
          "Size");

  @Test
  void bothBundlesHaveTheSameKeys() {
    assertThat(new TreeSet<>(EN.stringPropertyNames()))
        .isEqualTo(new TreeSet<>(ZH.stringPropertyNames()));
  }

  @Test
  void everyJakartaConstraintHasAMessage() {
    Set<String> keys =
        JAKARTA_CONSTRAINTS.stream()
            .map(c -> "jakarta.validation.constraints." + c + ".message")
            .collect(Collectors.toSet());

    assertThat(ZH.stringPropertyNames()).containsAll(keys);
  }

  @Test
  void noMessageUsesTheExpressionLanguage() {
    for (Properties bundle : new Properties[] {ZH, EN}) {
      assertThat(bundle.values())
          .allSatisfy(text -> assertThat((String) text).doesNotContain("${"));
    }
  }

  @Test
  void theProblemTextsAreTheCoresTexts() {
    Arrays.stream(IdentifierProblem.values())
        .forEach(
            problem -> {
              String key = "org.dangjian.core.id.IdentifierProblem." + problem.name();
              assertThat(ZH.getProperty(key)).isEqualTo(problem.zh());
              assertThat(EN.getProperty(key)).isEqualTo(problem.en());
            });
  }

  private static Properties load(String name) {
    Properties properties = new Properties();
    try (InputStream in = MessageBundlesTest.class.getResourceAsStream(DIR + name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return properties;
  }
}
