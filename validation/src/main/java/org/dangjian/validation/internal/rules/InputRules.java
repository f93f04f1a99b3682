package org.dangjian.validation.internal.rules;

import static org.dangjian.core.record.RecordKind.BULLETIN;
import static org.dangjian.validation.rule.Confidence.CONFIRMED;
import static org.dangjian.validation.rule.Scope.VALUE;
import static org.dangjian.validation.rule.Severity.ERROR;
import static org.dangjian.validation.rule.Severity.WARNING;

import java.util.List;
import org.dangjian.validation.internal.RuleGroup;
import org.dangjian.validation.internal.Rules;
import org.dangjian.validation.rule.Rule;

/**
 * Problems found while decoding a file, before any record exists: malformed syntax, an unknown
 * encoding, a limit exceeded, unknown, missing or duplicate fields and headers, values that do not
 * parse, formula cells and rows rejected as a whole. The io readers report them through {@code
 * ValidationRun.input}; they have no checks of their own. They have no record kind because they
 * apply to every kind of record; the location names the record.
 */
public final class InputRules implements RuleGroup {

  private static Rules.Draft rule(String code) {
    return Rules.rule(code, ERROR, CONFIRMED, VALUE).citation(Rules.SDK, "数据文件格式（docs/FORMATS.md）");
  }

  public static final Rule SYNTAX =
      rule("IO-SYNTAX")
          .statement(
              "文件须符合其格式（JSON、JSON Lines、CSV、XLSX）的语法。",
              "A file follows the syntax of its format (JSON, JSON Lines, CSV, XLSX).")
          .message("文件格式错误：{detail}。", "The file is malformed: {detail}.")
          .build();

  public static final Rule ENCODING =
      rule("IO-ENCODING")
          .statement(
              "文本文件须为 UTF-8（可带 BOM）或 GB18030 编码。",
              "A text file is encoded in UTF-8 (with or without BOM) or GB18030.")
          .message("无法识别文件编码：{detail}。", "The file's encoding is not recognized: {detail}.")
          .build();

  public static final Rule LIMIT =
      rule("IO-LIMIT")
          .statement(
              "输入不得超过读取限制（嵌套深度、字符串长度、单元格字符数、行数、压缩比等）。",
              "Input stays within the reading limits (nesting, string length, cell size, rows, inflate ratio and more).")
          .message(
              "超出读取限制 {limit}：上限 {max}，实际 {actual}。",
              "The reading limit {limit} was exceeded: at most {max}, found {actual}.")
          .build();

  public static final Rule FORMAT =
      rule("IO-FORMAT")
          .statement(
              "交换文件须声明格式名称与版本，且为本库支持的版本。",
              "An exchange document declares its format name and version, and the version is supported.")
          .message(
              "不支持的格式或版本“{value}”，支持：{expected}。",
              "The format or version \"{value}\" is not supported; supported: {expected}.")
          .build();

  public static final Rule UNKNOWN_FIELD =
      rule("IO-UNKNOWN-FIELD")
          .statement("记录中不得出现未定义的字段。", "A record holds no field that the format does not define.")
          .message("未知字段“{field}”。", "Unknown field \"{field}\".")
          .build();

  public static final Rule MISSING_FIELD =
      rule("IO-MISSING-FIELD")
          .statement("记录须含全部必填字段。", "A record holds every required field.")
          .message("缺少必填字段“{field}”。", "The required field \"{field}\" is missing.")
          .build();

  public static final Rule VALUE_TYPE =
      rule("IO-VALUE")
          .statement(
              "字段值须能按其类型读取（日期、数字、代码、文本）。",
              "A field's value can be read as its type (date, number, code or text).")
          .message(
              "字段“{field}”的值“{value}”无法读取，应为{expected}。",
              "The value \"{value}\" of field \"{field}\" cannot be read; expected {expectedEn}.")
          .build();

  public static final Rule HEADER_UNKNOWN =
      rule("IO-HEADER-UNKNOWN")
          .statement(
              "名册的每个列名须为已定义的列名或别名。", "Every roster header is a defined column name or alias.")
          .message("未知列名“{header}”。", "Unknown header \"{header}\".")
          .build();

  public static final Rule HEADER_DUPLICATE =
      rule("IO-HEADER-DUPLICATE")
          .statement("名册中同一列不得出现两次。", "A roster has each column once.")
          .message(
              "列“{header}”重复：已在第 {first} 列出现。",
              "The column \"{header}\" appears twice: first in column {first}.")
          .build();

  public static final Rule HEADER_MISSING =
      rule("IO-HEADER-MISSING")
          .statement("名册须含全部必需的列。", "A roster has every required column.")
          .message("缺少必需的列“{header}”。", "The required column \"{header}\" is missing.")
          .build();

  public static final Rule FORMULA =
      rule("IO-FORMULA")
          .statement(
              "名册单元格只接受值，不接受公式或以 = + - @ 开头的公式样文本。",
              "Roster cells hold values, not formulas or formula-like text starting with = + - @.")
          .message(
              "单元格内容“{value}”是公式或形似公式，已拒收。",
              "The cell \"{value}\" is or looks like a formula and was rejected.")
          .build();

  public static final Rule UNPLACED =
      Rules.rule("IO-UNPLACED", WARNING, CONFIRMED, VALUE, BULLETIN)
          .citation(Rules.SDK, "简报文本格式（docs/FORMATS.md）")
          .statement(
              "简报文本的每一行都须能归入报头、栏目、条目、统计或重点工作；无法归入的行不读入，逐行报告。",
              "Every line of a bulletin text belongs to the masthead, a section, an item, the "
                  + "statistics or the priorities; a line that cannot be placed is not read and is "
                  + "reported with its line number.")
          .message(
              "此行无法归入简报结构（{detail}），未读入：“{value}”",
              "This line cannot be placed in the bulletin ({detailEn}) and was not read: \"{value}\"")
          .build();

  public static final Rule REJECTED =
      rule("IO-REJECTED")
          .statement(
              "无法读取的记录整体拒收，并附其原始内容（个人信息已遮蔽）。",
              "A record that cannot be read is rejected as a whole and shown with its raw values, personal data masked.")
          .message("记录已拒收，原始内容：{value}", "The record was rejected; raw values: {value}")
          .build();

  private static final List<Rule> RULES =
      List.of(
          SYNTAX,
          ENCODING,
          LIMIT,
          FORMAT,
          UNKNOWN_FIELD,
          MISSING_FIELD,
          VALUE_TYPE,
          HEADER_UNKNOWN,
          HEADER_DUPLICATE,
          HEADER_MISSING,
          FORMULA,
          UNPLACED,
          REJECTED);

  @Override
  public List<Rule> rules() {
    return RULES;
  }
}
