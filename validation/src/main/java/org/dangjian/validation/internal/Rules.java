package org.dangjian.validation.internal;

import org.dangjian.core.record.RecordKind;
import org.dangjian.validation.rule.Citation;
import org.dangjian.validation.rule.Confidence;
import org.dangjian.validation.rule.ImmutableRule;
import org.dangjian.validation.rule.LocalizedText;
import org.dangjian.validation.rule.Rule;
import org.dangjian.validation.rule.Scope;
import org.dangjian.validation.rule.Severity;

/**
 * A compact way for rule groups to declare their rules, one call per rule, so that a group reads
 * like the table of RULES.md it encodes:
 *
 * <pre>{@code
 * static final Rule DEV_003 = Rules.rule("DEV-003", ERROR, SECONDARY, RECORD, MEMBER)
 *     .citation(Rules.DEVELOPMENT, "第七条")
 *     .statement("...", "...")
 *     .message("...", "...")
 *     .build();
 * }</pre>
 */
public final class Rules {

  /** 《中国共产党章程》 (2022). */
  public static final String CONSTITUTION = "《中国共产党章程》(2022)";

  /** 《中国共产党支部工作条例（试行）》 (2018). */
  public static final String BRANCH_REGULATIONS = "《中国共产党支部工作条例（试行）》(2018)";

  /** 《中国共产党发展党员工作细则》 (中办发〔2014〕33号). */
  public static final String DEVELOPMENT = "《中国共产党发展党员工作细则》(2014)";

  /** 《关于中国共产党党费收缴、使用和管理的规定》 (2008). */
  public static final String DUES = "《关于中国共产党党费收缴、使用和管理的规定》(2008)";

  /** 《中国共产党基层组织选举工作条例》 (2020). */
  public static final String ELECTIONS = "《中国共产党基层组织选举工作条例》(2020)";

  /** 中办《关于党的基层组织任期的意见》 (2018). */
  public static final String TERMS = "《关于党的基层组织任期的意见》(2018)";

  /** 《国有企业基层组织工作条例（试行）》 (2019). */
  public static final String SOE = "《中国共产党国有企业基层组织工作条例（试行）》(2019)";

  /** GB 11643-1999 公民身份号码. */
  public static final String GB11643 = "GB 11643-1999《公民身份号码》";

  /** GB 32100-2015 统一社会信用代码. */
  public static final String GB32100 = "GB 32100-2015《法人和其他组织统一社会信用代码编码规则》";

  /** The SDK's own exchange format, for field constraints and references. */
  public static final String SDK = "dangjian-sdk 数据交换规范";

  private Rules() {}

  /** Starts a rule with its code, severity, confidence, scope and record kind. */
  public static Draft rule(
      String code, Severity severity, Confidence confidence, Scope scope, RecordKind recordKind) {
    return new Draft(
        Rule.builder()
            .code(code)
            .severity(severity)
            .confidence(confidence)
            .scope(scope)
            .recordKind(recordKind));
  }

  /** Starts a rule whose issues concern the dataset as a whole rather than one record. */
  public static Draft rule(String code, Severity severity, Confidence confidence, Scope scope) {
    return new Draft(
        Rule.builder().code(code).severity(severity).confidence(confidence).scope(scope));
  }

  /** A rule being declared. */
  public static final class Draft {
    private final ImmutableRule.Builder builder;

    private Draft(ImmutableRule.Builder builder) {
      this.builder = builder;
    }

    /** The document and article. */
    public Draft citation(String document, String article) {
      builder.citation(new Citation(document, article));
      return this;
    }

    /** The statement, in Chinese and English. */
    public Draft statement(String zh, String en) {
      builder.statement(new LocalizedText(zh, en));
      return this;
    }

    /** The message template, in Chinese and English. */
    public Draft message(String zh, String en) {
      builder.message(new LocalizedText(zh, en));
      return this;
    }

    /** A note on the source or the encoding. */
    public Draft note(String zh, String en) {
      builder.note(new LocalizedText(zh, en));
      return this;
    }

    /** The rule. */
    public Rule build() {
      return builder.build();
    }
  }
}
