package org.dangjian.io.roster.internal.csv;

import java.util.Locale;
import tools.jackson.core.JacksonException;

/**
 * The Chinese description of a CSV syntax error, for the {@code detail.zh} argument of {@code
 * IO-SYNTAX}: jackson-dataformat-csv describes malformed input in English only, so its errors are
 * mapped by the fixed part of the message (an unclosed quote, text after a closing quote); one it
 * does not know gets a general Chinese sentence, never the English text.
 */
final class CsvSyntaxTexts {

  private CsvSyntaxTexts() {}

  /** What is wrong at the line {@code e} names, in Chinese. */
  static String chinese(JacksonException e) {
    String lower = String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT);
    if (lower.startsWith("missing closing quote")) {
      return "带引号的值缺少结尾的引号";
    }
    if (lower.contains("expected column separator")) {
      return "结尾引号之后应为分隔符或行尾";
    }
    if (lower.contains("too many entries")) {
      return "一行的值过多";
    }
    return "CSV 语法不正确";
  }
}
