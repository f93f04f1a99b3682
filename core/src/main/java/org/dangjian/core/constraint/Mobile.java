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
 * The annotated text must be a mainland Chinese mobile number: eleven digits starting 13 to 19,
 * after removing spaces, hyphens and a leading +86 or 86. The rules are those of {@link
 * org.dangjian.core.id.MobileNumber#parse(String)}; {@code null} is valid (combine with
 * {@code @NotNull} to require a value). The message names what is wrong, for example the check
 * character, and never repeats the number. Applies to {@link CharSequence}; implemented by the
 * {@code dangjian-validation} module, found through the service loader.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Mobile {

  /** The message template; by default a key of the SDK's message bundles. */
  String message() default "{org.dangjian.core.constraint.Mobile.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
