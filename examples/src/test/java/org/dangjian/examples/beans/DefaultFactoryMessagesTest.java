package org.dangjian.examples.beans;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dangjian.core.constraint.CreditCode;
import org.dangjian.core.constraint.Mobile;
import org.dangjian.core.constraint.ResidentId;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

/**
 * The SDK's constraints on a user's own class, validated by a factory the user builds (as Spring
 * Boot does: Hibernate Validator's default message interpolator with an expression language on the
 * class path), speak Chinese or English rather than printing raw {@code {org.dangjian…}} keys.
 */
class DefaultFactoryMessagesTest {

  /** A user's form: nothing of the SDK but the constraint annotations. */
  static final class Applicant {
    @ResidentId final String residentId;
    @Mobile final String mobile;
    @CreditCode final String employerCode;

    Applicant(String residentId, String mobile, String employerCode) {
      this.residentId = residentId;
      this.mobile = mobile;
      this.employerCode = employerCode;
    }
  }

  private static final Applicant BAD =
      new Applicant("110105194912310021", "1380013800", "91350100M000100Y4X");

  @Test
  void default_factory_interpolates_the_sdk_messages() {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Set<ConstraintViolation<Applicant>> violations = factory.getValidator().validate(BAD);
      assertThat(violations).hasSize(3);
      assertThat(violations)
          .extracting(ConstraintViolation::getMessage)
          .allSatisfy(message -> assertThat(message).doesNotContain("{", "org.dangjian"));
    }
  }

  @Test
  void chinese_and_english_messages_name_the_problem() {
    assertThat(messages(Locale.SIMPLIFIED_CHINESE))
        .contains("residentId 不是有效的公民身份号码：校验码不正确", "mobile 不是有效的手机号码：号码长度不正确");
    assertThat(messages(Locale.ENGLISH))
        .contains(
            "residentId is not a valid resident ID number: the check character does not match",
            "mobile is not a valid mobile number: the number has the wrong length");
  }

  private static List<String> messages(Locale locale) {
    try (ValidatorFactory factory =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .defaultLocale(locale)
            .buildValidatorFactory()) {
      Validator validator = factory.getValidator();
      return validator.validate(BAD).stream()
          .map(v -> v.getPropertyPath() + " " + v.getMessage())
          .sorted()
          .toList();
    }
  }
}
