package org.dangjian.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.core.activity.ActivityKind;
import org.dangjian.core.member.DepartureKind;
import org.dangjian.core.member.DevelopmentPhase;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.member.PayerCategory;
import org.dangjian.core.member.TransferStatus;
import org.dangjian.core.organization.ElectionMethod;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.Ownership;
import org.dangjian.core.organization.PostKind;
import org.dangjian.core.organization.UnitType;
import org.dangjian.core.recognition.HonorLevel;
import org.dangjian.core.recognition.StarLevel;
import org.dangjian.core.statistics.AgeBand;
import org.dangjian.core.statistics.JoiningEra;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every code table of the model: lookups by each spelling find the constant, and no spelling of one
 * constant is another constant's spelling (which would make imports ambiguous).
 */
class CodeTablesTest {

  static List<Class<? extends Enum<?>>> tables() {
    return List.of(
        Gender.class,
        Ethnicity.class,
        Education.class,
        EducationBand.class,
        Occupation.class,
        OrganizationKind.class,
        Ownership.class,
        UnitType.class,
        PostKind.class,
        ElectionMethod.class,
        MemberStage.class,
        org.dangjian.core.member.StepCoverage.class,
        DevelopmentStep.class,
        DevelopmentPhase.class,
        DepartureKind.class,
        TransferStatus.class,
        PayerCategory.class,
        ActivityKind.class,
        HonorLevel.class,
        StarLevel.class,
        AgeBand.class,
        JoiningEra.class,
        org.dangjian.core.vanguard.TeamKind.class,
        org.dangjian.core.vanguard.PersonStatus.class);
  }

  @ParameterizedTest
  @MethodSource("tables")
  void every_constant_is_found_by_code_name_and_label(Class<? extends Enum<?>> table) {
    check(table);
  }

  @ParameterizedTest
  @MethodSource("tables")
  void spellings_are_unambiguous(Class<? extends Enum<?>> table) {
    Map<String, Object> owner = new HashMap<>();
    for (Enum<?> constant : table.getEnumConstants()) {
      CodedValue value = (CodedValue) constant;
      claim(owner, value.code(), constant);
      claim(owner, value.label(), constant);
      value.aliases().forEach(a -> claim(owner, a, constant));
    }
  }

  private static void claim(Map<String, Object> owner, String spelling, Object constant) {
    Object previous = owner.putIfAbsent(spelling, constant);
    assertThat(previous == null || previous == constant)
        .as("'%s' names both %s and %s", spelling, previous, constant)
        .isTrue();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static java.util.Optional<Object> find(Class<?> table, String text) {
    return Codes.lookup((Class) table, text);
  }

  private static void check(Class<? extends Enum<?>> table) {
    for (Enum<?> constant : table.getEnumConstants()) {
      CodedValue value = (CodedValue) constant;
      assertThat(find(table, value.code())).contains(constant);
      assertThat(find(table, constant.name().toLowerCase(java.util.Locale.ROOT)))
          .contains(constant);
      assertThat(find(table, value.label())).contains(constant);
      assertThat(value.label()).isNotBlank();
    }
    assertThat(find(table, "no-such-value")).isEmpty();
    assertThat(find(table, "  ")).isEmpty();
    assertThat(find(table, null)).isEmpty();
  }
}
