package org.dangjian.validation.internal.beans;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.dangjian.core.constraint.Mobile;
import org.dangjian.core.id.MobileNumber;
import org.dangjian.core.id.ParseResult;

/**
 * Implements {@link Mobile}: the text must pass {@link MobileNumber#parse(String)}. The message
 * names the problem (length, character or prefix) and never repeats the number.
 */
public final class MobileValidator implements ConstraintValidator<Mobile, CharSequence> {

  static final String DEFAULT_MESSAGE = "{org.dangjian.core.constraint.Mobile.message}";

  private boolean defaultMessage = true;

  /** Creates the validator; Hibernate Validator instantiates it through the service loader. */
  public MobileValidator() {}

  @Override
  public void initialize(Mobile annotation) {
    defaultMessage = DEFAULT_MESSAGE.equals(annotation.message());
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    ParseResult<MobileNumber> result = MobileNumber.parse(value.toString());
    if (result instanceof ParseResult.Invalid<MobileNumber> invalid) {
      IdentifierViolation.report(
          context, invalid.reason(), IdentifierViolation.key(DEFAULT_MESSAGE), defaultMessage);
      return false;
    }
    return true;
  }
}
