package org.dangjian.io.json.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.dangjian.io.DataFormat;
import org.dangjian.io.json.JsonTestSupport;
import org.dangjian.validation.report.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * IO-SYNTAX in the Chinese report is Chinese throughout: Jackson's English description of broken
 * JSON (kept in the English report) is replaced by a Chinese one made from the exception's type and
 * the character or token it quotes, and the readers' own syntax findings come in Chinese too.
 */
class SyntaxMessagesTest {

  private static Issue syntax(String text, DataFormat format) {
    List<Issue> issues =
        JsonTestSupport.read(text, format).report().issues().stream()
            .filter(i -> i.code().equals("IO-SYNTAX"))
            .toList();
    assertThat(issues).hasSize(1);
    return issues.get(0);
  }

  /** No English word is left once the text quoted from the input is taken out. */
  private static void assertChinese(String message) {
    assertThat(message).startsWith("文件格式错误：");
    assertThat(message.replaceAll("'[^']*'|\"[^\"]*\"|JSON|true|false|null", ""))
        .doesNotContainPattern("[A-Za-z]");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "{\"kind\":\"member\",\"record\":{\"id\":\"m2\",}}|此处不应出现字符 '}'，应为以双引号开始的字段名",
        "{\"kind\":\"member\",\"record\":{\"id\" \"m2\"}}|此处不应出现字符 '\"'，字段名后应为冒号",
        "{\"kind\":\"member\",\"record\":{\"id\":\"m2\" \"name\":\"x\"}}|此处不应出现字符 '\"'，应为逗号或结束括号",
        "{\"kind\":\"member\",\"record\":{\"id\":tru}}|无法识别的内容 'tru'，应为字符串、数字、数组、对象、true、false 或 null",
        "{\"kind\":\"member\",\"record\":{\"id\":\"m2\"]}|结束符 ']' 多余或与开始符不配对",
        "{\"kind\":\"member\",\"record\":{\"id\":\"a\\qb\"}}|字符串中有无效的转义序列",
        "{\"kind\":\"member\",\"record\":{\"id\":\"m2\"|内容意外结束：对象缺少结尾的 '}'",
      })
  void brokenJsonLinesAreDescribedInChinese(String line, String detail) {
    Issue issue = syntax(JsonLinesReadTest.lines(line), DataFormat.JSON_LINES);
    assertThat(issue.message(Locale.CHINA)).isEqualTo("文件格式错误：" + detail + "。");
    assertChinese(issue.message(Locale.CHINA));
    // The English report keeps Jackson's own words.
    assertThat(issue.message(Locale.ENGLISH))
        .startsWith("The file is malformed: ")
        .containsPattern("Unexpected|Unrecognized|expect");
  }

  @Test
  void aTruncatedDocumentIsDescribedInChinese() {
    Issue issue =
        syntax(
            JsonDocumentReadTest.HEADER + "\"members\": [{\"id\": \"m1\", \"name\": \"张",
            DataFormat.JSON);
    assertThat(issue.message(Locale.CHINA)).isEqualTo("文件格式错误：内容意外结束：字符串缺少结尾的引号。");
    assertChinese(issue.message(Locale.CHINA));
    assertThat(issue.message(Locale.ENGLISH)).contains("Unexpected end-of-input");
  }

  @Test
  void theReadersOwnSyntaxFindingsAreChineseToo() {
    assertThat(syntax(JsonLinesReadTest.lines("[1]"), DataFormat.JSON_LINES).message(Locale.CHINA))
        .isEqualTo("文件格式错误：每行须是一个 JSON 对象。");
    assertThat(
            syntax(JsonDocumentReadTest.document() + "{}", DataFormat.JSON).message(Locale.CHINA))
        .isEqualTo("文件格式错误：文档结束之后还有内容。");
  }
}
