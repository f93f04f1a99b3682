package org.dangjian.cli.usage;

import static org.assertj.core.api.Assertions.assertThat;

import org.dangjian.cli.CliRunner;
import org.dangjian.cli.CliRunner.Result;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each option value that cannot be converted gives exit code 2 and a one-line message that lists
 * the accepted values: in Chinese by default, picocli's English under {@code --lang en}.
 */
class OptionValuesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "validate|--format|yaml|'yaml' is not a format; use json, jsonl, csv, xlsx, xls, txt, md, docx, pdf or html",
        "validate|--report|html|'html' is not a report format; use text or json",
        "validate|--as-of|31.01.2024|'31.01.2024' is not a date of the form yyyy-MM-dd",
        "validate|--profile|local|'local' is not a profile; use national or soe",
        "validate|--max-issues|many|'many' is not an int",
        "convert|--privacy|hidden|'hidden' is not a privacy profile; use full, masked or omitted",
        "convert|--roster|people|'people' is not a roster; use members, organizations, units, pointEntries or teams",
        "convert|--to|yaml|'yaml' is not a format; use json, jsonl, csv, xlsx, xls, txt, md, docx, pdf or html",
        "generate|--seed|x|'x' is not a long",
      })
  void aBadValueNamesTheOptionAndTheAcceptedValues(
      String command, String option, String value, String message) {
    Result result = CliRunner.run(command, "--lang", "en", option, value, "a.jsonl", "b.jsonl");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.err())
        .startsWith("dangjian " + command + ": Invalid value for option '" + option + "'")
        .contains(message);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "validate|--format|yaml|不是已知的格式，可用 json、jsonl、csv、xlsx、xls、txt、md、docx、pdf、html",
        "validate|--report|html|报告格式可用 text 或 json",
        "validate|--lang|fr|语言可用 zh 或 en",
        "validate|--as-of|31.01.2024|应为 yyyy-MM-dd 形式的日期",
        "validate|--profile|local|规则配置可用 national 或 soe",
        "validate|--max-issues|many|应为整数",
        "convert|--privacy|hidden|个人信息处理方式可用 full、masked 或 omitted",
        "convert|--roster|people|名册可用 members、organizations、units、pointEntries 或 teams",
        "convert|--to|yaml|不是已知的格式，可用 json、jsonl、csv、xlsx、xls、txt、md、docx、pdf、html",
        "generate|--seed|x|应为整数",
      })
  void aBadValueIsExplainedInChineseByDefault(
      String command, String option, String value, String reason) {
    Result result = CliRunner.run(command, option, value, "a.jsonl", "b.jsonl");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.errLines())
        .containsExactly(
            "dangjian "
                + command
                + ": 选项 '"
                + option
                + "' 的值 '"
                + value
                + "' 无效："
                + reason
                + "（参见 'dangjian "
                + command
                + " --help'）");
  }
}
