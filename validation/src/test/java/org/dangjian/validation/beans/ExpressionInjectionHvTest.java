package org.dangjian.validation.beans;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Set;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.validation.BeanValidation;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The message path of the public validator never evaluates an expression that arrives with the
 * data: not in a built-in message, not when a validator builds its template from the value (the
 * classic injection mistake), not in a message parameter. The value comes back verbatim.
 */
class ExpressionInjectionHvTest {

  private static final String NAME = "张${''.getClass()}";

  /** Echoes the value into the message, once by concatenation and once as a parameter. */
  @Target({FIELD, METHOD, RECORD_COMPONENT})
  @Retention(RUNTIME)
  @Constraint(validatedBy = EchoValidator.class)
  @interface Echo {
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  /** Rejects every value, repeating it in its messages. */
  public static final class EchoValidator implements ConstraintValidator<Echo, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate("模板：" + value)
          .addPropertyNode("template")
          .addConstraintViolation();
      HibernateConstraintValidatorContext hibernate =
          context.unwrap(HibernateConstraintValidatorContext.class);
      hibernate
          .addMessageParameter("name", value)
          .buildConstraintViolationWithTemplate("参数：{name}")
          .addPropertyNode("parameter")
          .addConstraintViolation();
      return false;
    }
  }

  record Form(@Size(max = 3) String name) {}

  record Echoed(@Echo String name) {}

  @ParameterizedTest
  @ValueSource(strings = {"zh-CN", "en"})
  void aBuiltInMessageDoesNotTouchTheValue(String tag) {
    Set<ConstraintViolation<Form>> violations =
        BeanValidation.validator(Locale.forLanguageTag(tag)).validate(new Form(NAME));

    assertThat(violations).hasSize(1);
    ConstraintViolation<Form> violation = violations.iterator().next();
    assertThat(violation.getInvalidValue()).isEqualTo(NAME);
    assertThat(violation.getMessage()).doesNotContain("class").doesNotContain("${");
  }

  @Test
  void aTemplateBuiltFromTheValueComesBackVerbatim() {
    Set<ConstraintViolation<Echoed>> violations =
        BeanValidation.validator().validate(new Echoed(NAME));

    assertThat(violations)
        .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
        .containsExactlyInAnyOrder(
            tuple("name.template", "模板：" + NAME), tuple("name.parameter", "参数：" + NAME));
  }

  @Test
  void aMemberNamedWithAnExpressionComesBackVerbatimFromTheDomainValidator() {
    Member member =
        DatasetGenerator.generate(GeneratorSettings.builder().seed(3).members(20).build())
            .members()
            .get(0);
    String name = NAME + "伟".repeat(40);
    Member named = ImmutableMember.copyOf(member).withName(name);

    Set<ConstraintViolation<Member>> violations = BeanValidation.validator().validate(named);

    assertThat(violations).hasSize(1);
    ConstraintViolation<Member> violation = violations.iterator().next();
    assertThat(violation.getPropertyPath()).hasToString("name");
    assertThat(violation.getInvalidValue()).isEqualTo(name);
    assertThat(violation.getMessage()).isEqualTo("长度须在 0 到 50 之间");
  }
}
