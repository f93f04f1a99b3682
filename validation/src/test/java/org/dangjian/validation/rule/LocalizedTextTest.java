package org.dangjian.validation.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

  private final LocalizedText text =
      new LocalizedText("姓名“{name}”过长（{length}）", "Name {name} too long ({length})");

  @Test
  void chooseTheLanguage() {
    assertThat(text.in(Locale.CHINA)).startsWith("姓名");
    assertThat(text.in(Locale.ROOT)).startsWith("姓名");
    assertThat(text.in(Locale.SIMPLIFIED_CHINESE)).startsWith("姓名");
    assertThat(text.in(Locale.ENGLISH)).startsWith("Name");
    assertThat(text.in(Locale.GERMANY)).startsWith("Name");
  }

  @Test
  void argumentsAreInsertedVerbatimAndNeverEvaluated() {
    String evil = "${''.getClass()}{length}#{1+1}";
    assertThat(text.render(Locale.ENGLISH, Map.of("name", evil, "length", "60")))
        .isEqualTo("Name ${''.getClass()}{length}#{1+1} too long (60)");
    assertThat(text.render(Locale.CHINA, Map.of("name", evil, "length", "60")))
        .isEqualTo("姓名“${''.getClass()}{length}#{1+1}”过长（60）");
  }

  @Test
  void aChineseVariantOfAnArgumentIsTakenInChineseOnly() {
    Map<String, String> arguments = Map.of("name", "x", "nameZh", "乙", "length", "3");
    assertThat(text.render(Locale.CHINA, arguments)).isEqualTo("姓名“乙”过长（3）");
    assertThat(text.render(Locale.ENGLISH, arguments)).isEqualTo("Name x too long (3)");
    assertThat(text.render(Locale.CHINA, Map.of("name", "x", "length", "3")))
        .isEqualTo("姓名“x”过长（3）");
  }

  @Test
  void unknownPlaceholdersStay() {
    assertThat(text.render(Locale.ENGLISH, Map.of())).isEqualTo("Name {name} too long ({length})");
  }

  @Test
  void bothLanguagesAreRequired() {
    assertThatThrownBy(() -> new LocalizedText("中文", " "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
