package org.dangjian.validation.rules.dues;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dangjian.core.code.Gender;
import org.dangjian.core.member.Development;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.Dues;
import org.dangjian.core.member.DuesPayment;
import org.dangjian.core.member.ImmutableDues;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.member.PayerCategory;
import org.dangjian.core.member.StepRecord;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.report.Issue;

/** Members with dues for the dues and membership rule tests, judged as of 2024-01-31. */
public final class DuesFixtures {

  /** The reference date of the tests: the last day of a month. */
  public static final LocalDate AS_OF = LocalDate.of(2024, 1, 31);

  /** The codes of the dues and membership groups. */
  public static final Set<String> CODES =
      Set.of(
          "DUES-001",
          "DUES-002",
          "DUES-005",
          "DUES-006",
          "DUES-007",
          "DUES-009",
          "DUES-011",
          "DUES-012",
          "CONST-010",
          "MOB-002",
          "MOB-004",
          "TRANSFER-TARGET",
          "TRANSFER-DATES",
          "DEPARTURE-DUES");

  private DuesFixtures() {}

  /** A full member admitted in 2010 with no dues record. */
  public static ImmutableMember member() {
    return member(MemberStage.FULL, LocalDate.of(2010, 6, 18));
  }

  /** A member of {@code stage} admitted on {@code admission}, with no dues record. */
  public static ImmutableMember member(MemberStage stage, LocalDate admission) {
    Development development =
        Development.builder()
            .addSteps(StepRecord.of(DevelopmentStep.ADMISSION_MEETING, admission, "org-0002"))
            .build();
    return Member.builder()
        .id("mem-000001")
        .name("张晓明")
        .gender(Gender.MALE)
        .birthDate(LocalDate.of(1985, 3, 12))
        .stage(stage)
        .organizationId("org-0002")
        .development(development)
        .build();
  }

  /** Dues of {@code category} on {@code base} (null for none) with no payments. */
  public static ImmutableDues dues(PayerCategory category, String base) {
    ImmutableDues.Builder b = Dues.builder().category(category);
    if (base != null) {
      b.monthlyBase(new BigDecimal(base));
    }
    return b.build();
  }

  /** A payment of {@code amount} for {@code month}, paid on the 10th of that month. */
  public static DuesPayment paid(YearMonth month, String amount) {
    return DuesPayment.builder()
        .month(month)
        .amount(new BigDecimal(amount))
        .paidOn(month.atDay(10))
        .build();
  }

  /** Payments of {@code amount} for every month from {@code first} to {@code last}. */
  public static List<DuesPayment> monthly(YearMonth first, YearMonth last, String amount) {
    List<DuesPayment> payments = new java.util.ArrayList<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      payments.add(paid(m, amount));
    }
    return payments;
  }

  /** The whole checked year up to January 2024, paying {@code amount} each month. */
  public static List<DuesPayment> year(String amount) {
    return monthly(YearMonth.of(2023, 2), YearMonth.of(2024, 1), amount);
  }

  /** The issues of the dues and membership groups for {@code member} as of {@link #AS_OF}. */
  public static List<Issue> issues(Member member) {
    return issues(DangjianValidator.defaults(), member, AS_OF);
  }

  /** The issues of the dues and membership groups for {@code member}. */
  public static List<Issue> issues(DangjianValidator validator, Member member, LocalDate asOf) {
    List<Issue> issues =
        validator.checkMember(member, asOf).stream().filter(i -> CODES.contains(i.code())).toList();
    for (Issue issue : issues) {
      for (Locale locale : List.of(Locale.CHINA, Locale.ENGLISH)) {
        String message = issue.message(locale);
        if (message.contains("{") || message.contains("}")) {
          throw new AssertionError("unfilled placeholder in " + issue.code() + ": " + message);
        }
      }
    }
    return issues;
  }

  /** "CODE field" for each issue, for exact assertions. */
  public static List<String> codes(List<Issue> issues) {
    return issues.stream().map(i -> i.code() + " " + i.location().fieldPath().orElse("")).toList();
  }
}
