package org.dangjian.validation.internal.beans;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import org.dangjian.core.id.IdentifierProblem;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Reports an invalid identifier from a constraint validator: the {@link IdentifierProblem} goes
 * into the violation as Hibernate Validator's dynamic payload (so that the validation report can
 * choose the rule, such as {@code ID-CHECKSUM}), and, unless the constraint has a message of its
 * own, the message is the constraint's text followed by the problem's, both from the SDK's bundles
 * (for example {@code 不是有效的公民身份号码：校验码不正确}). The template is built from keys only: the number that
 * was checked never enters a message.
 */
final class IdentifierViolation {

  /** The bundle key prefix of the problems' texts. */
  static final String PROBLEM_KEY = "org.dangjian.core.id.IdentifierProblem.";

  private IdentifierViolation() {}

  /**
   * Reports {@code problem}.
   *
   * @param constraintKey the bundle key of the constraint's default message, without braces
   * @param defaultMessage whether the constraint kept its default message
   */
  static void report(
      ConstraintValidatorContext context,
      IdentifierProblem problem,
      String constraintKey,
      boolean defaultMessage) {
    try {
      context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(problem);
    } catch (ValidationException otherProvider) {
      // Another Jakarta Validation provider: the message still names the problem.
    }
    if (defaultMessage) {
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(
              "{" + constraintKey + ".problem}{" + PROBLEM_KEY + problem.name() + "}")
          .addConstraintViolation();
    }
  }

  /** The bundle key of a default message template such as {@code {x.y.message}}: {@code x.y}. */
  static String key(String defaultTemplate) {
    return defaultTemplate.substring(1, defaultTemplate.length() - ".message}".length());
  }
}
