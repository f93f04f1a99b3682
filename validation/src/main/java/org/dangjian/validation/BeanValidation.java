package org.dangjian.validation;

import jakarta.validation.Validator;
import java.util.Locale;
import org.dangjian.validation.internal.beans.BeanValidators;

/**
 * The SDK's Jakarta Validation validator, for applications that check their own objects (forms,
 * DTOs, imported rows) with the SDK's constraints ({@code @ResidentId}, {@code @CreditCode},
 * {@code @Mobile} of {@code org.dangjian.core.constraint}) or with any built-in constraint. It is
 * the validator the SDK uses itself, built once and shared by all threads: it sees record-style
 * accessors ({@code name()}) as properties, like JavaBeans getters; its messages come from the
 * SDK's Chinese and English bundles without any expression language, so a value such as <code>
 * ${''.getClass()}</code> is never evaluated and no message shows a raw {@code ${...}}; the
 * identifier constraints name the problem (for example the check character) and never repeat the
 * number. A constraint on the element of an {@code Optional} applies only when a value is present
 * ({@code Optional<@NotBlank String>}: absent is fine, blank is not), and a constraint on a record
 * component, which Java puts on both the field and the accessor, is reported once. Constraints that
 * need today's date ({@code @Past}, a birth date in the future) use the system clock. Rules of the
 * regulations are not constraints: use {@link DangjianValidator} for those.
 *
 * <pre>{@code
 * record Applicant(@NotBlank String name, @ResidentId String idNumber) {}
 *
 * Set<ConstraintViolation<Applicant>> violations =
 *     BeanValidation.validator(Locale.ENGLISH).validate(new Applicant("张三", "110105194912310021"));
 * // idNumber: is not a valid resident ID number: the check character does not match
 * }</pre>
 */
public final class BeanValidation {

  private BeanValidation() {}

  /** The validator with Chinese messages. */
  public static Validator validator() {
    return BeanValidators.validator(Locale.SIMPLIFIED_CHINESE);
  }

  /**
   * The validator with messages in the language of {@code locale}: Chinese for Chinese locales and
   * the root locale, English for any other.
   */
  public static Validator validator(Locale locale) {
    return BeanValidators.validator(locale == null ? Locale.ROOT : locale);
  }
}
