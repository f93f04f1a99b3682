package org.dangjian.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Chinese wording of reader details, matched by template. */
class SyntaxDetailsTest {

  private static SyntaxDetails table(String text) {
    return SyntaxDetails.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static final SyntaxDetails TABLE =
      table(
          "# comment\n"
              + "\n"
              + "not a ZIP archive\t不是 ZIP 压缩包\n"
              + "record * at byte * declares * bytes\t第 {2} 字节处的记录 {1} 声明 {3} 字节\n"
              + "the workbook cannot be read: *\t工作簿无法读取\n"
              + "unsupported ZIP entry *\t不支持的 ZIP 条目 {1}\n");

  @Test
  void aFixedTextIsTranslatedOnlyWhole() {
    assertThat(TABLE.chinese("not a ZIP archive")).contains("不是 ZIP 压缩包");
    assertThat(TABLE.chinese("not a ZIP archive at all")).isEmpty();
    assertThat(TABLE.chinese("really not a ZIP archive")).isEmpty();
  }

  @Test
  void wildcardsAreRepeatedInTheirOwnOrder() {
    assertThat(TABLE.chinese("record 0x00FC at byte 512 declares 9000 bytes"))
        .contains("第 512 字节处的记录 0x00FC 声明 9000 字节");
    assertThat(TABLE.chinese("unsupported ZIP entry ../x$1\\y")).contains("不支持的 ZIP 条目 ../x$1\\y");
  }

  @Test
  void aLibrarysTrailingMessageStaysInTheEnglishOnly() {
    Map<String, String> arguments =
        TABLE.arguments("the workbook cannot be read: IOException: Truncated ZIP file");
    assertThat(arguments)
        .containsEntry("detail", "the workbook cannot be read: IOException: Truncated ZIP file")
        .containsEntry("detailZh", "工作簿无法读取");
  }

  @Test
  void anUnknownDetailKeepsTheEnglishAlone() {
    assertThat(TABLE.arguments("something new")).containsOnlyKeys("detail");
  }

  @Test
  void aBrokenTableIsRefusedWithItsLine() {
    assertThatThrownBy(() -> table("ok\tfine\nno tab here\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> table("one * here\t{1} and {2}\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("{2}");
    assertThatThrownBy(() -> SyntaxDetails.read(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
