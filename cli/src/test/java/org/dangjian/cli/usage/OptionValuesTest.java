package org.dangjian.cli.usage;

import static org.assertj.core.api.Assertions.assertThat;

import org.dangjian.cli.CliRunner;
import org.dangjian.cli.CliRunner.Result;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each option value that cannot be converted gives exit code 2 and a one-line message that lists
 * the accepted values.
 */
class OptionValuesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "validate|--format|yaml|'yaml' is not a format; use json, jsonl, csv, xlsx, xls, txt, md, docx, pdf or html",
        "validate|--report|html|'html' is not a report format; use text or json",
        "validate|--lang|fr|'fr' is not a language; use zh or en",
        "validate|--as-of|31.01.2024|'31.01.2024' is not a date of the form yyyy-MM-dd",
        "validate|--profile|local|'local' is not a profile; use national or soe",
        "validate|--max-issues|many|'many' is not an int",
        "convert|--privacy|hidden|'hidden' is not a privacy profile; use full, masked or omitted",
        "convert|--roster|people|'people' is not a roster; use members or organizations",
        "convert|--to|yaml|'yaml' is not a format; use json, jsonl, csv, xlsx, xls, txt, md, docx, pdf or html",
        "generate|--seed|x|'x' is not a long",
      })
  void aBadValueNamesTheOptionAndTheAcceptedValues(
      String command, String option, String value, String message) {
    Result result = CliRunner.run(command, option, value, "a.jsonl", "b.jsonl");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.err())
        .startsWith("dangjian " + command + ": Invalid value for option '" + option + "'")
        .contains(message);
  }
}
