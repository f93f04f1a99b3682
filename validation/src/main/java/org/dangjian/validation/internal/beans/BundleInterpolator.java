package org.dangjian.validation.internal.beans;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The message interpolator of the SDK's validators: Hibernate Validator's {@link
 * ParameterMessageInterpolator} (constraint attributes and message parameters such as {@code
 * {max}}, and no expression language: an {@code ${...}} term is left as it is, never evaluated),
 * preceded by a look-up of message keys in the SDK's own bundles ({@link MessageBundles}).
 *
 * <p>Each {@code {key}} of the template that names a key of the bundle of the locale is replaced by
 * the bundle's text, recursively, before the template goes to the parameter interpolator; keys the
 * bundle does not hold are left to it (the user's {@code ValidationMessages}, then Hibernate
 * Validator's). Escaped braces ({@code \{}) and {@code ${...}} terms are not keys. Where a
 * constraint has {@code inclusive = false} ({@code DecimalMin}, {@code DecimalMax}), the key with
 * {@code .exclusive} appended is preferred, so that the message can say "greater than" rather than
 * "greater than or equal to" without an expression. The interpolator has a fixed locale, used when
 * Hibernate Validator asks without one; a locale it is asked with explicitly picks the bundle too.
 */
public final class BundleInterpolator implements MessageInterpolator {

  private static final int MAX_DEPTH = 5;

  private final ParameterMessageInterpolator parameters = new ParameterMessageInterpolator();
  private final Locale locale;

  /** An interpolator that speaks the language of {@code locale} (Chinese or English). */
  public BundleInterpolator(Locale locale) {
    this.locale = MessageBundles.language(locale);
  }

  @Override
  public String interpolate(String template, Context context) {
    return interpolate(template, context, locale);
  }

  @Override
  public String interpolate(String template, Context context, Locale requested) {
    Locale language = MessageBundles.language(requested == null ? locale : requested);
    String resolved = resolveKeys(template, context, MessageBundles.forLocale(language), 0);
    return parameters.interpolate(resolved, context, language);
  }

  private static String resolveKeys(
      String template, Context context, ResourceBundle bundle, int depth) {
    if (template.indexOf('{') < 0 || depth > MAX_DEPTH) {
      return template;
    }
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '\\' && i + 1 < template.length()) {
        out.append(c).append(template.charAt(i + 1));
        i += 2;
        continue;
      }
      int close = c == '{' ? template.indexOf('}', i + 1) : -1;
      boolean expression = i > 0 && template.charAt(i - 1) == '$';
      if (close > 0 && !expression) {
        String text = lookUp(bundle, template.substring(i + 1, close), context);
        if (text != null) {
          out.append(resolveKeys(text, context, bundle, depth + 1));
          i = close + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static String lookUp(ResourceBundle bundle, String key, Context context) {
    if (key.isEmpty() || key.indexOf('{') >= 0) {
      return null;
    }
    if (context != null && context.getConstraintDescriptor() != null) {
      Map<String, Object> attributes = context.getConstraintDescriptor().getAttributes();
      if (Boolean.FALSE.equals(attributes.get("inclusive"))
          && bundle.containsKey(key + ".exclusive")) {
        return bundle.getString(key + ".exclusive");
      }
    }
    return bundle.containsKey(key) ? bundle.getString(key) : null;
  }
}
