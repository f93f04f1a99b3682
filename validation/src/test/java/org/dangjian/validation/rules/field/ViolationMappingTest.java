package org.dangjian.validation.rules.field;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dangjian.core.constraint.CreditCode;
import org.dangjian.core.constraint.Mobile;
import org.dangjian.core.constraint.ResidentId;
import org.dangjian.core.member.DuesPayment;
import org.dangjian.core.member.ImmutableDevelopment;
import org.dangjian.core.member.ImmutableDues;
import org.dangjian.core.member.ImmutableDuesPayment;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.ImmutableTraining;
import org.dangjian.core.member.Member;
import org.dangjian.core.record.Location;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.Mutators;
import org.dangjian.validation.BeanValidation;
import org.dangjian.validation.internal.rules.FieldRules;
import org.dangjian.validation.internal.rules.FieldRules.Finding;
import org.dangjian.validation.internal.rules.IdentifierRules;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.rule.RuleCatalogue;
import org.dangjian.validation.rule.Scope;
import org.dangjian.validation.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How a violation becomes an issue: the rule by constraint (identifier constraints by problem, as
 * {@link IdentifierRules} chooses), the field path in domain names, the value (masked when
 * personal) and the message arguments of the rule's own template.
 */
class ViolationMappingTest {

  record Person(
      @ResidentId String idNumber,
      @Mobile String phone,
      @CreditCode String unitCode,
      @Pattern(regexp = "[A-Z]{2}[0-9]+") String code,
      @Email String email,
      @AssertTrue boolean consent,
      @NotNull List<@Valid Address> addresses,
      Map<String, @Size(max = 2) String> aliases) {}

  record Address(@Size(max = 4) String city) {}

  private static Person person() {
    return new Person(null, null, null, null, null, true, List.of(), Map.of());
  }

  private static List<Finding> findings(Person person) {
    return BeanValidation.validator().validate(person).stream()
        .map(FieldRules::toFinding)
        .sorted(Comparator.comparing(Finding::field))
        .toList();
  }

  private static Finding only(Person person) {
    List<Finding> findings = findings(person);
    assertThat(findings).hasSize(1);
    return findings.get(0);
  }

  @ParameterizedTest
  @CsvSource({
    "110105194912310021, ID-CHECKSUM, 11****************",
    "110105194902300029, ID-BIRTH-DATE, 11****************",
    "990105194912310025, ID-REGION, 99****************",
    "1101051949123100, ID-FORMAT, 11**************",
    "11010519491231002Y, ID-FORMAT, 11****************"
  })
  void residentIdViolationsUseTheIdentifierRulesWithTheMaskedValue(
      String number, String code, String masked) {
    Finding finding = only(new Person(number, null, null, null, null, true, List.of(), Map.of()));

    assertThat(finding.rule().code()).isEqualTo(code);
    assertThat(finding.field()).isEqualTo("idNumber");
    assertThat(finding.value()).isEqualTo(masked);
    String zh = finding.rule().message().render(Locale.CHINA, finding.arguments());
    String en = finding.rule().message().render(Locale.ENGLISH, finding.arguments());
    assertThat(zh + en).doesNotContain(number.substring(2, 10)).doesNotContain("{");
  }

  @ParameterizedTest
  @CsvSource({
    "110105194912310021",
    "110105194902300029",
    "990105194912310025",
    "1101051949123100",
    "11010519491231002Y",
    "' '"
  })
  void theRuleOfAResidentIdProblemIsTheOneIdentifierRulesReports(String number) {
    List<String> reported = new ArrayList<>();
    IdentifierRules.residentIdNumber(
        number,
        LocalDate.of(2024, 1, 31),
        Location.unknown(),
        (rule, location, value, arguments) -> reported.add(rule.code()));

    Finding finding = only(new Person(number, null, null, null, null, true, List.of(), Map.of()));

    assertThat(reported).containsExactly(finding.rule().code());
  }

  @Test
  void theTestkitsCorruptedCheckCharacterIsAnIdChecksumIssue() {
    Member member = FieldHarness.member();
    String corrupted = Mutators.corruptCheckCharacter(member.idNumber().orElseThrow());

    Finding finding =
        only(new Person(corrupted, null, null, null, null, true, List.of(), Map.of()));

    assertThat(finding.rule().code()).isEqualTo(Defect.WRONG_ID_CHECKSUM.ruleId());
    assertThat(finding.value()).isEqualTo(corrupted.substring(0, 2) + "*".repeat(16));
  }

  @Test
  void mobileAndCreditCodeViolationsUseTheirIdentifierRules() {
    List<Finding> findings =
        findings(
            new Person(
                null, "12345678901", "91350100M000100Y44", null, null, true, List.of(), Map.of()));

    assertThat(findings)
        .extracting(f -> f.rule().code() + "@" + f.field() + "=" + f.value())
        .containsExactly(
            "PHONE-FORMAT@phone=123********", "USCC-CHECKSUM@unitCode=91****************");
    assertThat(findings.get(0).arguments()).containsEntry("problem", "号段无效");
  }

  @Test
  void patternEmailAndOtherConstraintsHaveTheirRules() {
    List<Finding> findings =
        findings(new Person(null, null, null, "ab12", "不是邮箱", false, List.of(), Map.of()));

    assertThat(findings)
        .extracting(f -> f.rule().code() + "@" + f.field())
        .containsExactly("FIELD-FORMAT@code", "FIELD-INVALID@consent", "FIELD-FORMAT@email");
    Finding pattern = findings.get(0);
    assertThat(pattern.rule().message().render(Locale.CHINA, pattern.arguments()))
        .isEqualTo("字段 code 的格式不正确：“ab12”，应为匹配 [A-Z]{2}[0-9]+ 的文本。");
    Finding other = findings.get(1);
    assertThat(other.rule().message().render(Locale.ENGLISH, other.arguments()))
        .isEqualTo("The field consent does not satisfy the constraint AssertTrue: \"false\".");
  }

  @Test
  void containerPathsKeepIndexesAndKeysButNotElementNodes() {
    Person person =
        new Person(
            null,
            null,
            null,
            null,
            null,
            true,
            List.of(new Address("苏州"), new Address("苏州工业园区")),
            Map.of("小名", "明明明"));

    assertThat(findings(person))
        .extracting(f -> f.rule().code() + "@" + f.field())
        .containsExactly("FIELD-LENGTH@addresses[1].city", "FIELD-LENGTH@aliases[小名]");
    assertThat(only(new Person(null, null, null, null, null, true, null, Map.of())).field())
        .isEqualTo("addresses");
  }

  @Test
  void rangeIssuesSayTheBoundInBothLanguages() {
    Member m = FieldHarness.member();
    Member member =
        ImmutableMember.copyOf(m)
            .withDevelopment(
                ImmutableDevelopment.copyOf(m.development())
                    .withTraining(
                        ImmutableTraining.copyOf(m.development().training().orElseThrow())
                            .withDays(366)));

    Issue issue = FieldHarness.issues(member).get(0);

    assertThat(issue.message(Locale.CHINA))
        .isEqualTo("字段 development.training.days 的值 366 超出允许范围：应不大于 365。");
    assertThat(issue.message(Locale.ENGLISH))
        .isEqualTo(
            "The field development.training.days has the value 366, out of range: it must be at"
                + " most 365.");
    assertThat(issue.arguments()).containsEntry("value", "366").containsEntry("limit", "365");
  }

  @Test
  void amountsArePlainAndDigitsAreExplained() {
    Member m = FieldHarness.member();
    List<DuesPayment> payments = new ArrayList<>(m.dues().orElseThrow().payments());
    payments.set(
        3, ImmutableDuesPayment.copyOf(payments.get(3)).withAmount(new BigDecimal("1E+10")));
    Member member =
        ImmutableMember.copyOf(m)
            .withDues(ImmutableDues.copyOf(m.dues().orElseThrow()).withPayments(payments));

    List<Issue> issues = FieldHarness.issues(member);

    assertThat(FieldHarness.codesAtFields(issues))
        .containsExactly("FIELD-RANGE@dues.payments[3].amount");
    assertThat(issues.get(0).value()).contains("10000000000");
    assertThat(issues.get(0).message(Locale.CHINA))
        .isEqualTo("字段 dues.payments[3].amount 的值 10000000000 超出允许范围：应整数部分最多 9 位、小数部分最多 2 位。");
    assertThat(issues.get(0).arguments())
        .containsEntry("integer", "9")
        .containsEntry("fraction", "2");
  }

  @Test
  void theFieldRulesAreInTheCatalogue() {
    assertThat(RuleCatalogue.defaults().rules())
        .extracting(r -> r.code())
        .contains("FIELD-REQUIRED", "FIELD-LENGTH", "FIELD-RANGE", "FIELD-FORMAT", "FIELD-INVALID");
    assertThat(new FieldRules().rules())
        .allSatisfy(
            r -> {
              assertThat(r.severity()).isEqualTo(Severity.ERROR);
              assertThat(r.scope()).isEqualTo(Scope.VALUE);
            });
  }
}
