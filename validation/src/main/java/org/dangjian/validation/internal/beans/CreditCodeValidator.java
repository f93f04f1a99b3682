package org.dangjian.validation.internal.beans;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.dangjian.core.constraint.CreditCode;
import org.dangjian.core.id.ParseResult;
import org.dangjian.core.id.SocialCreditCode;

/**
 * Implements {@link CreditCode}: the text must pass {@link SocialCreditCode#parse(String)}. The
 * message names the problem (length, character or check character) and never repeats the code.
 */
public final class CreditCodeValidator implements ConstraintValidator<CreditCode, CharSequence> {

  static final String DEFAULT_MESSAGE = "{org.dangjian.core.constraint.CreditCode.message}";

  private boolean defaultMessage = true;

  /** Creates the validator; Hibernate Validator instantiates it through the service loader. */
  public CreditCodeValidator() {}

  @Override
  public void initialize(CreditCode annotation) {
    defaultMessage = DEFAULT_MESSAGE.equals(annotation.message());
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    ParseResult<SocialCreditCode> result = SocialCreditCode.parse(value.toString());
    if (result instanceof ParseResult.Invalid<SocialCreditCode> invalid) {
      IdentifierViolation.report(
          context, invalid.reason(), IdentifierViolation.key(DEFAULT_MESSAGE), defaultMessage);
      return false;
    }
    return true;
  }
}
