package org.dangjian.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeTextTest {

  @Test
  void aForgedReportLineStaysOneLineWithoutEscapeSequences() {
    String id = "m1\u001b[2J\n[INFO] all valid";
    assertThat(SafeText.escape(id)).isEqualTo("m1\\u001B[2J\\n[INFO] all valid");
  }

  @Test
  void lineFeedCarriageReturnAndTabHaveShortEscapes() {
    assertThat(SafeText.escape("a\nb\rc\td")).isEqualTo("a\\nb\\rc\\td");
  }

  @ParameterizedTest
  @ValueSource(
      ints = {
        0x00, 0x01, 0x07, 0x08, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9B, 0x9F, 0x061C,
        0x200E, 0x200F, 0x2028, 0x2029, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067,
        0x2068, 0x2069
      })
  void controlAndBidiCharactersBecomeUnicodeEscapes(int c) {
    String expected = String.format(Locale.ROOT, "x\\u%04Xy", c);
    assertThat(SafeText.escape("x" + (char) c + "y")).isEqualTo(expected);
    assertThat(SafeText.isEscaped((char) c)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      ints = {
        0x20, 0x41, 0x5C, 0x7E, 0xA0, 0xE9, 0x4E2D, 0x3000, 0x200B, 0x200D, 0x2027, 0x202F, 0x2065,
        0x206A, 0xFEFF, 0xFFFD
      })
  void otherCharactersAreKept(int c) {
    String text = "x" + (char) c + "y";
    assertThat(SafeText.escape(text)).isEqualTo(text);
    assertThat(SafeText.isEscaped((char) c)).isFalse();
  }

  @Test
  void chineseTextAndSupplementaryCharactersAreKept() {
    String text = "第一党支部 张三 𠀀 😀";
    assertThat(SafeText.escape(text)).isSameAs(text);
  }

  @Test
  void aRightToLeftOverrideCannotReorderTheRestOfTheLine() {
    assertThat(SafeText.escape("m-1\u202Etxt.exe")).isEqualTo("m-1\\u202Etxt.exe");
  }

  @Test
  void backslashesAreNotDoubled() {
    assertThat(SafeText.escape("a\\nb\\u001B")).isEqualTo("a\\nb\\u001B");
  }

  @Test
  void anyCharSequenceAndTheEmptyText() {
    assertThat(SafeText.escape(new StringBuilder("a\u0007b"))).isEqualTo("a\\u0007b");
    assertThat(SafeText.escape("")).isEmpty();
    assertThatThrownBy(() -> SafeText.escape(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void theOutputHoldsNoCharacterThatWouldBeEscaped() {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x3000; c++) {
      all.append(c);
    }
    String escaped = SafeText.escape(all);
    assertThat(escaped.chars().noneMatch(c -> SafeText.isEscaped((char) c))).isTrue();
    assertThat(escaped.lines()).hasSize(1);
  }
}
