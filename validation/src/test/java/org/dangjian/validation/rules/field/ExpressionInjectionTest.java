package org.dangjian.validation.rules.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.validation.report.Issue;
import org.junit.jupiter.api.Test;

/**
 * A name carrying an expression (<code>${''.getClass()}</code>) and placeholders comes back
 * verbatim in the issue's message, in Chinese and in English: nothing in it is evaluated or
 * substituted.
 */
class ExpressionInjectionTest {

  private static final String PAYLOAD = "${''.getClass()}{field}#{1+1}${value}";

  @Test
  void aTooLongNameWithAnExpressionComesBackVerbatim() {
    String name = "张" + PAYLOAD + "伟".repeat(50 - 1 - PAYLOAD.length() + 1);
    assertThat(name).hasSize(51);
    Member member = ImmutableMember.copyOf(FieldHarness.member()).withName(name);

    List<Issue> issues = FieldHarness.issues(member);

    assertThat(FieldHarness.codesAtFields(issues)).containsExactly("FIELD-LENGTH@name");
    Issue issue = issues.get(0);
    assertThat(issue.value()).contains(name);
    assertThat(issue.message(Locale.CHINA))
        .isEqualTo("字段 name 的长度为 51，须在 0 至 50 之间：“" + name + "”。")
        .doesNotContain("java.lang");
    assertThat(issue.message(Locale.ENGLISH))
        .isEqualTo("The field name has length 51, not between 0 and 50: \"" + name + "\".")
        .doesNotContain("java.lang");
  }

  @Test
  void anExpressionInAnOptionalTextComesBackVerbatim() {
    String employer = PAYLOAD.repeat(2) + "有限公司".repeat(7);
    assertThat(employer).hasSize(102);
    Member member = ImmutableMember.copyOf(FieldHarness.member()).withEmployer(employer);

    List<Issue> issues = FieldHarness.issues(member);

    assertThat(FieldHarness.codesAtFields(issues)).containsExactly("FIELD-LENGTH@employer");
    assertThat(issues.get(0).message(Locale.CHINA)).contains("“" + employer + "”");
    assertThat(issues.get(0).message(Locale.ENGLISH)).contains("\"" + employer + "\"");
  }

  @Test
  void aTextLongerThan200CharactersIsCutInTheIssue() {
    String employer = PAYLOAD + "有".repeat(300);
    Member member = ImmutableMember.copyOf(FieldHarness.member()).withEmployer(employer);

    Issue issue = FieldHarness.issues(member).get(0);

    assertThat(issue.value()).contains(employer.substring(0, 200) + "…");
    assertThat(issue.arguments()).containsEntry("length", "337");
  }
}
