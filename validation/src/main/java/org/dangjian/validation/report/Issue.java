package org.dangjian.validation.report;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dangjian.core.record.Location;
import org.dangjian.validation.rule.Rule;
import org.dangjian.validation.rule.Severity;
import org.immutables.value.Value;

/**
 * One problem found: which {@link #rule()} was broken, with what {@link #severity()} (the rule's
 * default unless the settings override it), where ({@link #location()}), the offending {@link
 * #value()} as text (already masked when it is a resident ID number or a phone number), and the
 * {@link #arguments()} that fill the rule's message template. {@link #message(Locale)} renders the
 * message in Chinese or English. {@code toString()} never shows an unmasked personal number,
 * because none is ever stored.
 */
@Value.Immutable
public interface Issue {

  /** The rule that was broken. */
  Rule rule();

  /** The severity, after the settings' overrides. */
  Severity severity();

  /** Where the problem is. */
  Location location();

  /** The offending value as text, masked when personal; empty when no single value is at fault. */
  Optional<String> value();

  /** The arguments of the message template, in a fixed order. */
  Map<String, String> arguments();

  /** The rule's code, for example {@code DEV-007}. */
  default String code() {
    return rule().code();
  }

  /** The message in {@code locale}: Chinese for {@code zh} and the root locale, else English. */
  default String message(Locale locale) {
    return rule().message().render(locale, arguments());
  }

  /** Starts a builder. */
  static ImmutableIssue.Builder builder() {
    return ImmutableIssue.builder();
  }
}
