package org.dangjian.validation.beans;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.dangjian.core.constraint.CreditCode;
import org.dangjian.core.constraint.Mobile;
import org.dangjian.core.constraint.ResidentId;
import org.dangjian.core.id.IdentifierProblem;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.validation.BeanValidation;
import org.dangjian.validation.internal.beans.BeanValidators;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The identifier constraints of {@code org.dangjian.core.constraint} on a user's own object with
 * text fields, found through the service loader: the test values of docs/regulations.md (resident
 * ID numbers, unified social credit codes, mobile numbers) pass or fail with the right problem, and
 * the message names the problem without the number.
 */
class IdentifierConstraintsTest {

  /** A user's form with identifier fields, as a record. */
  record Applicant(
      @ResidentId String idNumber, @CreditCode String unitCode, @Mobile String phone) {}

  /** The same with a message of the user's own. */
  record Custom(@ResidentId(message = "身份证号码有误") String idNumber) {}

  private static Set<ConstraintViolation<Applicant>> validate(Applicant applicant) {
    return BeanValidation.validator().validate(applicant);
  }

  private static IdentifierProblem problem(ConstraintViolation<?> violation) {
    HibernateConstraintViolation<?> hibernate =
        violation.unwrap(HibernateConstraintViolation.class);
    return hibernate.getDynamicPayload(IdentifierProblem.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "11010519491231002X",
        "11010519491231002x",
        "440524188001010014",
        "110101199003070011",
        "310115200002290021",
        "440303198511111233"
      })
  void validResidentIdNumbersOfRules51Pass(String number) {
    assertThat(validate(new Applicant(number, null, null))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "110105194912310021, CHECKSUM_MISMATCH, 校验码不正确",
    "11010519491231003X, CHECKSUM_MISMATCH, 校验码不正确",
    "110105194902300029, INVALID_DATE, 出生日期不是有效日期",
    "1101051949123100, WRONG_LENGTH, 号码长度不正确",
    "11010519491231002Y, INVALID_CHARACTER, 号码含有非法字符",
    "990105194912310025, INVALID_REGION, 行政区划代码无效",
    "'   ', EMPTY, 号码为空"
  })
  void invalidResidentIdNumbersFailWithTheirProblem(
      String number, IdentifierProblem expected, String text) {
    Set<ConstraintViolation<Applicant>> violations = validate(new Applicant(number, null, null));

    assertThat(violations).hasSize(1);
    ConstraintViolation<Applicant> violation = violations.iterator().next();
    assertThat(violation.getPropertyPath()).hasToString("idNumber");
    assertThat(problem(violation)).isEqualTo(expected);
    assertThat(violation.getMessage()).isEqualTo("不是有效的公民身份号码：" + text);
    assertThat(violation.getMessage()).doesNotContainPattern("[0-9]");
  }

  @Test
  void aBirthDateAfterTheClocksTodayIsAFutureDate() {
    String born2024 = "110105202402010012";
    Clock clock =
        Clock.fixed(
            LocalDate.of(2024, 1, 31).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
            ZoneId.of("Asia/Shanghai"));

    Set<ConstraintViolation<Applicant>> violations =
        BeanValidators.validator(Locale.ENGLISH, clock)
            .validate(new Applicant(fixCheck(born2024), null, null));

    assertThat(violations)
        .extracting(IdentifierConstraintsTest::problem)
        .containsExactly(IdentifierProblem.FUTURE_DATE);
    assertThat(violations)
        .extracting(ConstraintViolation::getMessage)
        .containsExactly("is not a valid resident ID number: the birth date lies in the future");
    Clock later = Clock.offset(clock, java.time.Duration.ofDays(1));
    assertThat(
            BeanValidators.validator(Locale.ENGLISH, later)
                .validate(new Applicant(fixCheck(born2024), null, null)))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "91350100M000100Y43",
        "914403001922038216",
        "91330100716105852F",
        "9144030071526726XG",
        "91110000802100433B",
        "91110108MA01ABCD5T",
        "913101151234567880",
        "91440300D2143569X7"
      })
  void validCreditCodesOfRules52Pass(String code) {
    assertThat(validate(new Applicant(null, code, null))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "91350100M000100Y44, CHECKSUM_MISMATCH, the check character does not match",
    "91350100M0O0100Y43, INVALID_CHARACTER, the number contains an invalid character",
    "91350100M000100Y4, WRONG_LENGTH, the number has the wrong length"
  })
  void invalidCreditCodesFailWithTheirProblem(
      String code, IdentifierProblem expected, String text) {
    Set<ConstraintViolation<Applicant>> violations =
        BeanValidation.validator(Locale.ENGLISH).validate(new Applicant(null, code, null));

    assertThat(violations).extracting(IdentifierConstraintsTest::problem).containsExactly(expected);
    assertThat(violations)
        .extracting(ConstraintViolation::getMessage)
        .containsExactly("is not a valid unified social credit code: " + text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"13800138000", "19912345678", "+8613800138000", "138-0013-8000"})
  void validMobileNumbersOfRules53Pass(String phone) {
    assertThat(validate(new Applicant(null, null, phone))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"12345678901, INVALID_PREFIX, 号段无效", "1380013800, WRONG_LENGTH, 号码长度不正确"})
  void invalidMobileNumbersFailWithTheirProblem(
      String phone, IdentifierProblem expected, String text) {
    Set<ConstraintViolation<Applicant>> violations = validate(new Applicant(null, null, phone));

    assertThat(violations).extracting(IdentifierConstraintsTest::problem).containsExactly(expected);
    assertThat(violations)
        .extracting(ConstraintViolation::getMessage)
        .containsExactly("不是有效的手机号码：" + text);
  }

  @Test
  void nullIsValidAndEveryFieldIsCheckedOnce() {
    assertThat(validate(new Applicant(null, null, null))).isEmpty();
    assertThat(validate(new Applicant("110105194912310021", "91350100M000100Y44", "12345678901")))
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactlyInAnyOrder("idNumber", "unitCode", "phone");
  }

  @Test
  void aMessageOfTheUsersOwnIsKept() {
    Set<ConstraintViolation<Custom>> violations =
        BeanValidation.validator().validate(new Custom("110105194912310021"));

    assertThat(violations).extracting(ConstraintViolation::getMessage).containsExactly("身份证号码有误");
    assertThat(violations)
        .extracting(IdentifierConstraintsTest::problem)
        .containsExactly(IdentifierProblem.CHECKSUM_MISMATCH);
  }

  /** The number with its check character corrected. */
  private static String fixCheck(String number) {
    String first17 = number.substring(0, 17);
    return first17 + ResidentIdNumber.checkCharacter(first17);
  }
}
