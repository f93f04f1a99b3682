package org.dangjian.validation.rules.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.validation.BeanValidation;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.ValidationSettings;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.rule.Severity;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * A constraint on an Immutables accessor ({@code @NotBlank String name()}) fires: the SDK's
 * validator sees record-style accessors as properties, where Hibernate Validator's default strategy
 * silently sees nothing.
 */
class AccessorConstraintTest {

  private final Member valid = FieldHarness.member();
  private final Member blankName = ImmutableMember.copyOf(valid).withName("  ");

  @Test
  void aBlankNameIsReportedAsRequiredAtTheFieldName() {
    List<Issue> issues = FieldHarness.issues(blankName);

    assertThat(issues)
        .extracting(
            Issue::code,
            i -> i.location().fieldPath().orElse(""),
            i -> i.location().recordId().orElse(""),
            i -> i.value().orElse(""))
        .containsExactly(tuple("FIELD-REQUIRED", "name", valid.id(), "  "));
    assertThat(issues.get(0).message(Locale.CHINA)).isEqualTo("字段 name 不能为空。");
    assertThat(issues.get(0).message(Locale.ENGLISH))
        .isEqualTo("The field name must not be empty.");
  }

  @Test
  void theValidMemberPasses() {
    assertThat(FieldHarness.issues(valid)).isEmpty();
  }

  @Test
  void thePublicValidatorAndTheStandardValidatorSeeTheAccessorToo() {
    Set<ConstraintViolation<Member>> violations = BeanValidation.validator().validate(blankName);
    assertThat(violations)
        .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
        .containsExactly(tuple("name", "不能为空白"));

    assertThat(DangjianValidator.defaults().checkMember(blankName, FieldHarness.AS_OF))
        .extracting(Issue::code)
        .containsExactly("FIELD-REQUIRED");
  }

  @Test
  void theSettingsCanLowerOrSwitchOffAFieldRule() {
    DangjianValidator lowered =
        DangjianValidator.of(
            ValidationSettings.builder().putSeverity("FIELD-REQUIRED", Severity.WARNING).build());
    DangjianValidator off =
        DangjianValidator.of(ValidationSettings.builder().addDisabled("FIELD-REQUIRED").build());

    assertThat(lowered.checkMember(blankName, FieldHarness.AS_OF))
        .extracting(Issue::code, Issue::severity)
        .containsExactly(tuple("FIELD-REQUIRED", Severity.WARNING));
    assertThat(off.checkMember(blankName, FieldHarness.AS_OF)).isEmpty();
  }

  @Test
  void withoutTheGetterStrategyHibernateValidatorSeesNothing() {
    try (ValidatorFactory plain =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()) {
      assertThat(plain.getValidator().validate(blankName)).isEmpty();
    }
  }
}
