package org.dangjian.validation.internal.beans;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.dangjian.core.constraint.ResidentId;
import org.dangjian.core.id.ParseResult;
import org.dangjian.core.id.ResidentIdNumber;

/**
 * Implements {@link ResidentId}: the text must pass {@link ResidentIdNumber#parse(String,
 * java.time.Clock)}, with today's date from the validator's clock provider (in the clock's time
 * zone). The message names the problem (format, birth date, province code or check character) and
 * never repeats the number.
 */
public final class ResidentIdValidator implements ConstraintValidator<ResidentId, CharSequence> {

  static final String DEFAULT_MESSAGE = "{org.dangjian.core.constraint.ResidentId.message}";

  private boolean defaultMessage = true;

  /** Creates the validator; Hibernate Validator instantiates it through the service loader. */
  public ResidentIdValidator() {}

  @Override
  public void initialize(ResidentId annotation) {
    defaultMessage = DEFAULT_MESSAGE.equals(annotation.message());
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    ParseResult<ResidentIdNumber> result =
        ResidentIdNumber.parse(value.toString(), context.getClockProvider().getClock());
    if (result instanceof ParseResult.Invalid<ResidentIdNumber> invalid) {
      IdentifierViolation.report(
          context, invalid.reason(), IdentifierViolation.key(DEFAULT_MESSAGE), defaultMessage);
      return false;
    }
    return true;
  }
}
