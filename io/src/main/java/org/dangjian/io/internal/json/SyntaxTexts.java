package org.dangjian.io.internal.json;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * The Chinese description of a JSON syntax error, for the {@code detail.zh} argument of {@code
 * IO-SYNTAX} (the English report keeps Jackson's own text). Jackson describes malformed input in
 * English only; this maps its exceptions, by type and by the fixed part of the message, to a
 * Chinese sentence that keeps the character or token Jackson quotes from the input. An error this
 * does not know gets a general Chinese sentence, never Jackson's English.
 */
final class SyntaxTexts {

  private static final Pattern CHARACTER =
      Pattern.compile("^Unexpected character \\(('.*?'|\\(CTRL-CHAR[^)]*\\)|EOF) \\(code ");
  private static final Pattern CLOSE_MARKER = Pattern.compile("^Unexpected close marker '(.)'");
  private static final Pattern TOKEN = Pattern.compile("^Unrecognized token '(.*?)':");

  private static final String A_VALUE = "字符串、数字、数组、对象、true、false 或 null";

  private SyntaxTexts() {}

  /** What is wrong at the place {@code e} names, in Chinese. */
  static String chinese(StreamReadException e) {
    String message = String.valueOf(e.getOriginalMessage()).replace('\n', ' ');
    String lower = message.toLowerCase(Locale.ROOT);
    if (e instanceof UnexpectedEndOfInputException
        || message.startsWith("Unexpected end-of-input")) {
      if (lower.contains("for object")) {
        return "内容意外结束：对象缺少结尾的 '}'";
      }
      if (lower.contains("for array")) {
        return "内容意外结束：数组缺少结尾的 ']'";
      }
      if (lower.contains("string") || lower.contains("quote")) {
        return "内容意外结束：字符串缺少结尾的引号";
      }
      return "内容意外结束";
    }
    Matcher close = CLOSE_MARKER.matcher(message);
    if (close.find()) {
      return "结束符 '" + close.group(1) + "' 多余或与开始符不配对";
    }
    Matcher character = CHARACTER.matcher(message);
    if (character.find()) {
      String shown = character.group(1).startsWith("(CTRL-CHAR") ? "控制字符" : character.group(1);
      return "此处不应出现" + (shown.equals("控制字符") ? "" : "字符 ") + shown + expectation(lower);
    }
    Matcher token = TOKEN.matcher(message);
    if (token.find()) {
      return "无法识别的内容 '" + token.group(1) + "'，应为" + A_VALUE;
    }
    if (lower.startsWith("invalid utf-8")) {
      return "不是有效的 UTF-8 编码";
    }
    if (lower.startsWith("illegal unquoted character")) {
      return "字符串中有未转义的控制字符（须写作 \\ 转义）";
    }
    if (lower.startsWith("unrecognized character escape")) {
      return "字符串中有无效的转义序列";
    }
    if (lower.contains("surrogate")) {
      return "字符串中有不成对的 UTF-16 代理字符";
    }
    if (lower.contains("leading zero")) {
      return "数字不能以多余的 0 开头";
    }
    if (lower.contains("numeric value") || lower.startsWith("no digit following sign")) {
      return "数字的写法不正确";
    }
    if (lower.startsWith("duplicate")) {
      return "同一对象中字段名重复";
    }
    if (lower.startsWith("illegal character")) {
      return "此处有不允许的字符";
    }
    return "JSON 语法不正确";
  }

  /** What Jackson expected instead of an unexpected character. */
  private static String expectation(String lower) {
    if (lower.contains("expected a valid value")) {
      return "，应为" + A_VALUE;
    }
    if (lower.contains("start property name")) {
      return "，应为以双引号开始的字段名";
    }
    if (lower.contains("colon to separate")) {
      return "，字段名后应为冒号";
    }
    if (lower.contains("comma to separate")) {
      return "，应为逗号或结束括号";
    }
    if (lower.contains("numeric value")) {
      return "，数字的写法不正确";
    }
    return "";
  }
}
