package org.dangjian.validation.rule;

import java.util.Optional;
import org.dangjian.core.record.RecordKind;
import org.immutables.value.Value;

/**
 * One rule of the catalogue: a stable {@link #code()} (the rule id of docs/regulations.md, such as
 * {@code DEV-007}, or an SDK code such as {@code ID-CHECKSUM} for checks the regulations describe
 * without an id), the {@link #severity()} it has unless a profile or setting overrides it, the
 * {@link #confidence()} of its source, the {@link #scope()} it needs, the {@link #recordKind()} its
 * issues are reported at, its {@link #citation()}, a one-sentence {@link #statement()} and the
 * {@link #message()} template of its issues, grouped by {@link #topic()}. Rules are data, read from
 * the catalogue file {@code rules.jsonc} by {@link RuleCatalogue}: the checks that find violations
 * live in the SDK's implementation and refer to rules by code.
 */
@Value.Immutable
public interface Rule {

  /** The stable code, for example {@code ORG-001}. */
  String code();

  /** The topic of the catalogue the rule belongs to. */
  Topic topic();

  /** The default severity: ERROR for a hard rule, WARNING for "generally", practice or policy. */
  Severity severity();

  /** How sure the source is. */
  Confidence confidence();

  /** What the rule needs to see. */
  Scope scope();

  /** The kind of record its issues are reported at; absent for issues of the dataset as a whole. */
  Optional<RecordKind> recordKind();

  /** The document and article the rule comes from. */
  Citation citation();

  /** What the rule requires, in one sentence. */
  LocalizedText statement();

  /** The template of the message of an issue, with named placeholders. */
  LocalizedText message();

  /** A remark on the rule's source or its encoding, when there is one. */
  Optional<LocalizedText> note();

  /** Rejects a weak rule (confidence M or U) that claims ERROR, and malformed codes. */
  @Value.Check
  default void check() {
    if (confidence().isWeak() && severity() == Severity.ERROR) {
      throw new IllegalStateException(
          code() + ": a rule of confidence " + confidence() + " is at most a warning");
    }
    if (!code().matches("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+")) {
      throw new IllegalStateException("malformed rule code " + code());
    }
  }

  /** Starts a builder. */
  static ImmutableRule.Builder builder() {
    return ImmutableRule.builder();
  }
}
