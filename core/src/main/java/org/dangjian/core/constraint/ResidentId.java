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
 * The annotated text must be a resident ID number (公民身份号码) of GB 11643-1999: 18 characters, a real
 * birth date that is not in the future, a known province prefix and a matching ISO 7064 MOD 11-2
 * check character; 15-digit numbers of the 1980s are accepted and read as their 18-digit form. The
 * rules are those of {@link org.dangjian.core.id.ResidentIdNumber#parse(String)}; {@code null} is
 * valid (combine with {@code @NotNull} to require a value). The message names what is wrong, for
 * example the check character, and never repeats the number. Applies to {@link CharSequence};
 * implemented by the {@code dangjian-validation} module, found through the service loader.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface ResidentId {

  /** The message template; by default a key of the SDK's message bundles. */
  String message() default "{org.dangjian.core.constraint.ResidentId.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
