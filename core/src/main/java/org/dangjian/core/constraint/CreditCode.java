package org.dangjian.core.constraint;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text must be a unified social credit code (统一社会信用代码) of GB 32100-2015: 18
 * characters of the 31-character alphabet with a matching MOD 31 check character. The rules are
 * those of {@link org.dangjian.core.id.SocialCreditCode#parse(String)}; {@code null} is valid
 * (combine with {@code @NotNull} to require a value). The message names what is wrong, for example
 * the check character, and never repeats the number. Applies to {@link CharSequence}; implemented
 * by the {@code dangjian-validation} module, found through the service loader.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface CreditCode {

  /** The message template; by default a key of the SDK's message bundles. */
  String message() default "{org.dangjian.core.constraint.CreditCode.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
