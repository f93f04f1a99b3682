package org.dangjian.validation.beans;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dangjian.validation.BeanValidation;
import org.dangjian.validation.internal.beans.BeanValidators;
import org.hibernate.validator.constraints.LuhnCheck;
import org.hibernate.validator.constraints.Mod10Check;
import org.hibernate.validator.constraints.Mod11Check;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in Jakarta constraint, and the Hibernate Validator constraints whose own messages use
 * the expression language, interpolates without any raw {@code ${...}} or unresolved placeholder,
 * in Chinese for Chinese and the root locale and in English otherwise.
 */
class BuiltInMessagesTest {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final LocalDate TODAY = LocalDate.of(2024, 1, 31);
  private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(CHINA).toInstant(), CHINA);

  /** One field per constraint, each holding a value that violates it. */
  static final class AllBuiltIns {
    @AssertFalse boolean assertFalse = true;
    @AssertTrue boolean assertTrue = false;

    @DecimalMax("10.5")
    BigDecimal decimalMax = new BigDecimal("10.6");

    @DecimalMax(value = "10.5", inclusive = false)
    BigDecimal decimalMaxExclusive = new BigDecimal("10.5");

    @DecimalMin("10.5")
    BigDecimal decimalMin = new BigDecimal("10.4");

    @DecimalMin(value = "10.5", inclusive = false)
    BigDecimal decimalMinExclusive = new BigDecimal("10.5");

    @Digits(integer = 2, fraction = 1)
    BigDecimal digits = new BigDecimal("123.45");

    @Email String email = "不是邮箱";
    @Future LocalDate future = TODAY;
    @FutureOrPresent LocalDate futureOrPresent = TODAY.minusDays(1);

    @Max(5)
    int max = 6;

    @Min(5)
    int min = 4;

    @Negative int negative = 0;
    @NegativeOrZero int negativeOrZero = 1;
    @NotBlank String notBlank = " ";
    @NotEmpty String notEmpty = "";
    @NotNull String notNull = null;
    @Null String isNull = "x";
    @Past LocalDate past = TODAY;
    @PastOrPresent LocalDate pastOrPresent = TODAY.plusDays(1);

    @Pattern(regexp = "[0-9]+")
    String pattern = "abc";

    @Positive int positive = 0;
    @PositiveOrZero int positiveOrZero = -1;

    @Size(min = 2, max = 3)
    String size = "a";
  }

  /** Hibernate Validator's constraints whose default messages are expressions. */
  static final class ExpressionMessages {
    @LuhnCheck String luhn = "79927398714";
    @Mod10Check String mod10 = "12345678";
    @Mod11Check String mod11 = "12345678";

    @DurationMax(days = 1)
    Duration durationMax = Duration.ofDays(2);

    @DurationMax(hours = 1, inclusive = false)
    Duration durationMaxExclusive = Duration.ofHours(1);

    @DurationMin(minutes = 10)
    Duration durationMin = Duration.ofMinutes(5);

    @DurationMin(minutes = 10, inclusive = false)
    Duration durationMinExclusive = Duration.ofMinutes(10);
  }

  static Stream<Arguments> locales() {
    return Stream.of(
        Arguments.of(Locale.CHINA, true),
        Arguments.of(Locale.SIMPLIFIED_CHINESE, true),
        Arguments.of(Locale.CHINESE, true),
        Arguments.of(Locale.ROOT, true),
        Arguments.of(Locale.ENGLISH, false),
        Arguments.of(Locale.US, false),
        Arguments.of(Locale.FRENCH, false));
  }

  @ParameterizedTest
  @MethodSource("locales")
  void everyBuiltInConstraintHasAFinishedMessageInTheRightLanguage(Locale locale, boolean chinese) {
    Map<String, String> messages =
        messages(BeanValidators.validator(locale, CLOCK), new AllBuiltIns());

    assertThat(messages).hasSize(24);
    assertFinished(messages, chinese);
  }

  @ParameterizedTest
  @MethodSource("locales")
  void hibernateConstraintsWithExpressionMessagesAreFinishedToo(Locale locale, boolean chinese) {
    Map<String, String> messages =
        messages(BeanValidators.validator(locale, CLOCK), new ExpressionMessages());

    assertThat(messages).hasSize(7);
    assertFinished(messages, chinese);
  }

  @Test
  void chineseMessagesSayWhatIsExpected() {
    Map<String, String> zh =
        messages(BeanValidators.validator(Locale.CHINA, CLOCK), new AllBuiltIns());

    assertThat(zh)
        .containsEntry("decimalMax", "必须小于或等于 10.5")
        .containsEntry("decimalMaxExclusive", "必须小于 10.5")
        .containsEntry("decimalMin", "必须大于或等于 10.5")
        .containsEntry("decimalMinExclusive", "必须大于 10.5")
        .containsEntry("digits", "数值超出范围（最多 2 位整数、1 位小数）")
        .containsEntry("max", "不能大于 5")
        .containsEntry("pattern", "格式不正确（须匹配 \"[0-9]+\"）")
        .containsEntry("size", "长度须在 2 到 3 之间")
        .containsEntry("notBlank", "不能为空白");
  }

  @Test
  void englishMessagesSayWhatIsExpected() {
    Map<String, String> en =
        messages(BeanValidators.validator(Locale.ENGLISH, CLOCK), new AllBuiltIns());

    assertThat(en)
        .containsEntry("decimalMaxExclusive", "must be less than 10.5")
        .containsEntry("decimalMin", "must be greater than or equal to 10.5")
        .containsEntry("size", "size must be between 2 and 3")
        .containsEntry("future", "must be a future date");
  }

  @Test
  void thePublicValidatorSpeaksChineseByDefaultAndEnglishOnRequest() {
    AllBuiltIns bean = new AllBuiltIns();
    bean.future = LocalDate.of(2000, 1, 1);
    bean.past = LocalDate.of(2000, 1, 1);
    bean.futureOrPresent = LocalDate.of(2000, 1, 1);
    bean.pastOrPresent = LocalDate.of(2000, 1, 1);

    assertThat(messages(BeanValidation.validator(), bean)).containsEntry("future", "必须是将来的时间");
    assertThat(messages(BeanValidation.validator(Locale.ENGLISH), bean))
        .containsEntry("future", "must be a future date");
    assertThat(BeanValidation.validator()).isSameAs(BeanValidation.validator(Locale.CHINA));
  }

  @Test
  void temporalConstraintsUseTheGivenClock() {
    AllBuiltIns bean = new AllBuiltIns();
    bean.future = TODAY.plusDays(1);
    bean.futureOrPresent = TODAY;
    bean.past = TODAY.minusDays(1);
    bean.pastOrPresent = TODAY;

    assertThat(messages(BeanValidators.validator(Locale.CHINA, CLOCK), bean))
        .doesNotContainKeys("future", "futureOrPresent", "past", "pastOrPresent");
    Clock later = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), CHINA);
    assertThat(messages(BeanValidators.validator(Locale.CHINA, later), bean))
        .containsKeys("future", "futureOrPresent")
        .doesNotContainKeys("past", "pastOrPresent");
  }

  private static void assertFinished(Map<String, String> messages, boolean chinese) {
    messages.forEach(
        (field, message) -> {
          assertThat(message)
              .as(field)
              .doesNotContain("${")
              .doesNotContain("{")
              .doesNotContain("}");
          if (chinese) {
            assertThat(message).as(field).containsPattern("\\p{IsHan}");
          } else {
            assertThat(message)
                .as(field)
                .doesNotContainPattern("\\p{IsHan}")
                .containsPattern("[a-z]");
          }
        });
  }

  /** The message of each violated property; fails on a property violated twice. */
  private static <T> Map<String, String> messages(Validator validator, T bean) {
    Set<ConstraintViolation<T>> violations = validator.validate(bean);
    Map<String, String> byField = new TreeMap<>();
    for (ConstraintViolation<T> violation : violations) {
      String previous = byField.put(violation.getPropertyPath().toString(), violation.getMessage());
      assertThat(previous).as("second violation of " + violation.getPropertyPath()).isNull();
    }
    return byField;
  }
}
