package org.dangjian.validation.internal.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dangjian.core.member.Dues;
import org.dangjian.core.member.DuesPayment;
import org.dangjian.core.member.DuesRates;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MobilePeriod;
import org.dangjian.core.member.PayerCategory;
import org.dangjian.validation.internal.Catalogue;
import org.dangjian.validation.internal.RecordContext;
import org.dangjian.validation.internal.RuleCodes;
import org.dangjian.validation.internal.RuleGroup;
import org.dangjian.validation.rule.Rule;

/**
 * Party dues (docs/regulations.md, 《关于中国共产党党费收缴、使用和管理的规定》 2008), checked on one member at a time
 * against the schedule of the run's {@code LocalPolicy.duesRates()} (the farmers' amount and the
 * rounding are configurable; the brackets are never repeated here).
 *
 * <p>Amounts: each payment is compared with the amount due for its month. The amount due of an
 * income-based category is the schedule applied to the payment's recorded base, else to the
 * member's current monthly base (so a base that changed during the year, DUES-008, is judged by the
 * base each payment records); farmers owe the recorded provincial amount, else the policy's;
 * students, the unemployed and members on relief owe 0.20 yuan. From the month of a recorded
 * reduction approval (DUES-010) the member owes the recorded fixed amount, or nothing when none is
 * recorded. A payment below the amount due is DUES-002 (salaried, annual-salary and self-employed
 * members), DUES-005 (retirees) or DUES-006 (fixed-amount categories); a higher one is a voluntary
 * extra payment (DUES-009), with a remark when the extra reaches 1000 yuan.
 *
 * <p>Months: only members whose recorded stage is probationary or full, who have a dues record and
 * have not departed on the reference date are checked for unpaid months. The checked period is the
 * twelve calendar months up to the reference date's month, as the testkit generator records them,
 * where the reference month itself counts only once it has ended (the reference date is its last
 * day: a month's dues are due within the month); it starts later, at the admission month (入党时间,
 * DUES-007), for members admitted during the period. A month counts as paid when a payment for it
 * is recorded, whatever its amount, and as excused from the month of an approved reduction. A month
 * is not required when its dues may have been paid outside the dataset: while an organization
 * outside it held the relation (before a transfer in or after a transfer out, for any part of the
 * month), or while the member was away the whole month with a 流动党员活动证 (DUES-011 lets such members
 * pay where they are). Six or more consecutive unpaid months are DUES-012 (自行脱党 for the branch to
 * decide); fewer are DUES-007. A payment for a month before the admission month is DUES-007 as
 * well; a payment made more than six calendar months after its month is a back-payment beyond what
 * DUES-011 allows.
 *
 * <p>Not encodable on this data: the composition of the base (DUES-001, -003, -004 beyond its
 * presence), the uses of dues (DUES-013), and whether a temporary branch collected a payment
 * (ORG-006: a payment does not record who collected it). The group has no dataset check and keeps
 * nothing between records: 0 bytes per member.
 */
public final class DuesRules implements RuleGroup {

  /** Months of the checked period. */
  static final int PERIOD_MONTHS = 12;

  /** Consecutive unpaid months that make a member regarded as having quit (DUES-012). */
  static final int QUIT_MONTHS = 6;

  /** Calendar months after its month by which a payment is at most paid back (DUES-011). */
  static final int BACK_PAYMENT_MONTHS = 6;

  /** A voluntary extra payment of at least this much goes to the Central Committee (DUES-009). */
  static final BigDecimal CENTRAL_THRESHOLD = new BigDecimal("1000");

  private static final BigDecimal FARMER_MIN = new BigDecimal("0.20");
  private static final BigDecimal FARMER_MAX = new BigDecimal("1.00");

  static final Rule DUES_001 = Catalogue.rule(RuleCodes.DUES_001);
  static final Rule DUES_002 = Catalogue.rule(RuleCodes.DUES_002);
  static final Rule DUES_005 = Catalogue.rule(RuleCodes.DUES_005);
  static final Rule DUES_006 = Catalogue.rule(RuleCodes.DUES_006);
  static final Rule DUES_007 = Catalogue.rule(RuleCodes.DUES_007);
  static final Rule DUES_009 = Catalogue.rule(RuleCodes.DUES_009);
  static final Rule DUES_011 = Catalogue.rule(RuleCodes.DUES_011);
  static final Rule DUES_012 = Catalogue.rule(RuleCodes.DUES_012);

  @Override
  public String topic() {
    return "dues";
  }

  @Override
  public void member(Member member, RecordContext context) {
    if (member.dues().isEmpty()) {
      return;
    }
    Dues dues = member.dues().get();
    DuesRates rates = context.settings().policy().duesRates();
    boolean farmerAmountValid = checkFarmerAmount(dues, context);
    checkBase(dues, context);
    List<DuesPayment> payments = dues.payments();
    for (int i = 0; i < payments.size(); i++) {
      if (farmerAmountValid) {
        checkAmount(dues, payments.get(i), i, rates, context);
      }
      checkBackPayment(payments.get(i), i, context);
    }
    checkMonths(member, dues, context);
  }

  /** DUES-006: a farmer's recorded monthly amount lies within 0.20 to 1.00 yuan. */
  private static boolean checkFarmerAmount(Dues dues, RecordContext context) {
    if (dues.category() != PayerCategory.FARMER || dues.fixedAmount().isEmpty()) {
      return true;
    }
    BigDecimal amount = dues.fixedAmount().get();
    if (amount.signum() < 0) {
      return false;
    }
    boolean reduced = dues.reductionApprovedOn().isPresent();
    boolean tooLow = amount.compareTo(FARMER_MIN) < 0 && !reduced;
    if (!tooLow && amount.compareTo(FARMER_MAX) <= 0) {
      return true;
    }
    report(
        context,
        DUES_006,
        "dues.fixedAmount",
        amount.toPlainString(),
        "subject",
        "农民党员每月交纳党费的金额",
        "subjectEn",
        "The farmer's monthly dues amount",
        "expected",
        "0.20 至 1.00",
        "expectedEn",
        "between 0.20 and 1.00");
    return false;
  }

  /** DUES-001: an income-based category has a usable base for every payment. */
  private static void checkBase(Dues dues, RecordContext context) {
    if (!dues.category().isIncomeBased()) {
      return;
    }
    if (dues.monthlyBase().isPresent()) {
      return;
    }
    boolean paymentsCarryBase =
        !dues.payments().isEmpty() && dues.payments().stream().allMatch(p -> p.base().isPresent());
    if (paymentsCarryBase) {
      return;
    }
    report(
        context,
        DUES_001,
        "dues.monthlyBase",
        null,
        "category",
        dues.category().label(),
        "categoryEn",
        english(dues.category()));
  }

  /**
   * DUES-002/005/006 for a payment below the amount due; DUES-009 for a large voluntary extra. The
   * texts of the message (how the amount due was found) are made only for a payment reported.
   */
  private static void checkAmount(
      Dues dues, DuesPayment payment, int index, DuesRates rates, RecordContext context) {
    BigDecimal expected = dueAmount(dues, payment, rates);
    if (expected == null || payment.amount().signum() < 0) {
      return;
    }
    int compared = payment.amount().compareTo(expected);
    if (compared == 0) {
      return;
    }
    String field = "dues.payments[" + index + "].amount";
    String actual = payment.amount().toPlainString();
    if (compared < 0) {
      Rule rule = amountRule(dues.category());
      if (rule == DUES_006) {
        report(
            context,
            rule,
            field,
            actual,
            "subject",
            monthZh(payment.month()) + "的党费",
            "subjectEn",
            "The dues for " + payment.month(),
            "expected",
            expected.toPlainString(),
            "expectedEn",
            expected.toPlainString());
      } else {
        Due due = due(dues, payment, rates).orElseThrow();
        report(
            context,
            rule,
            field,
            actual,
            "month",
            monthZh(payment.month()),
            "monthEn",
            payment.month(),
            "expected",
            expected.toPlainString(),
            "basis",
            due.basisZh(),
            "basisEn",
            due.basisEn());
      }
      return;
    }
    BigDecimal extra = payment.amount().subtract(expected);
    if (extra.compareTo(CENTRAL_THRESHOLD) >= 0) {
      report(
          context,
          DUES_009,
          field,
          actual,
          "month",
          monthZh(payment.month()),
          "monthEn",
          payment.month(),
          "expected",
          expected.toPlainString(),
          "extra",
          extra.toPlainString());
    }
  }

  /**
   * The amount {@link #due} finds, without the texts that say how: null when it cannot be told.
   * Runs for every payment of every member, so it makes no {@code Optional} and no text.
   */
  static BigDecimal dueAmount(Dues dues, DuesPayment payment, DuesRates rates) {
    if (reducedIn(dues, payment.month())) {
      return dues.fixedAmount().orElse(null);
    }
    PayerCategory category = dues.category();
    switch (category) {
      case FARMER -> {
        return dues.fixedAmount().orElse(rates.farmerAmount());
      }
      case STUDENT, UNEMPLOYED, RELIEF -> {
        return rates.monthlyDues(category, null);
      }
      default -> {
        BigDecimal base = payment.base().orElse(null);
        if (base == null) {
          base = dues.monthlyBase().orElse(null);
        }
        if (base == null || base.signum() < 0) {
          return null;
        }
        return rates.monthlyDues(category, base);
      }
    }
  }

  /** The amount due for a payment, with how it was found; empty when it cannot be told. */
  static Optional<Due> due(Dues dues, DuesPayment payment, DuesRates rates) {
    if (reducedIn(dues, payment.month())) {
      return dues.fixedAmount()
          .map(
              amount ->
                  new Due(
                      amount,
                      "经批准减交，批准日期 " + dues.reductionApprovedOn().get(),
                      "reduction approved on " + dues.reductionApprovedOn().get()));
    }
    PayerCategory category = dues.category();
    switch (category) {
      case FARMER -> {
        BigDecimal amount = dues.fixedAmount().orElse(rates.farmerAmount());
        return Optional.of(new Due(amount, "农民党员", "farmer"));
      }
      case STUDENT, UNEMPLOYED, RELIEF -> {
        BigDecimal amount = rates.monthlyDues(category, null);
        return Optional.of(new Due(amount, category.label(), english(category)));
      }
      default -> {
        Optional<BigDecimal> base =
            payment.base().or(dues::monthlyBase).filter(b -> b.signum() >= 0);
        if (base.isEmpty()) {
          return Optional.empty();
        }
        BigDecimal amount = rates.monthlyDues(category, base.get());
        String rate = percent(rates.rate(category, base.get()).orElseThrow());
        String b = base.get().toPlainString();
        return Optional.of(
            new Due(
                amount,
                category.label() + "，月基数 " + b + " 元 × " + rate,
                english(category) + ", monthly base " + b + " yuan × " + rate));
      }
    }
  }

  /** DUES-011: a payment made more than six calendar months after its month. */
  private static void checkBackPayment(DuesPayment payment, int index, RecordContext context) {
    if (payment.paidOn().isEmpty()) {
      return;
    }
    LocalDate paidOn = payment.paidOn().get();
    if (YearMonth.from(paidOn).isAfter(payment.month().plusMonths(BACK_PAYMENT_MONTHS))) {
      report(
          context,
          DUES_011,
          "dues.payments[" + index + "].paidOn",
          paidOn.toString(),
          "month",
          monthZh(payment.month()),
          "monthEn",
          payment.month());
    }
  }

  /** DUES-007 and DUES-012: payments before admission, and unpaid months of the period. */
  private static void checkMonths(Member member, Dues dues, RecordContext context) {
    LocalDate asOf = context.asOf();
    boolean wanted = context.isEnabled(DUES_007) || context.isEnabled(DUES_012);
    if (!wanted || !member.stage().isPartyMember() || !member.activeOn(asOf)) {
      return;
    }
    Optional<YearMonth> admitted = member.development().admissionDate().map(YearMonth::from);
    if (admitted.isPresent()) {
      List<DuesPayment> payments = dues.payments();
      for (int i = 0; i < payments.size(); i++) {
        YearMonth month = payments.get(i).month();
        if (month.isBefore(admitted.get())) {
          report(
              context,
              DUES_007,
              "dues.payments[" + i + "].month",
              month.toString(),
              "detail",
              monthZh(month) + "的缴费记录早于入党时间 " + member.development().admissionDate().get(),
              "detailEn",
              "the payment for "
                  + month
                  + " is for a month before the admission on "
                  + member.development().admissionDate().get());
        }
      }
    }
    // Months as numbers (year × 12 + month − 1) and the unpaid ones as bits of an int: no object
    // per month or per member unless an issue is reported.
    int last = number(lastElapsedMonth(asOf));
    int first = number(YearMonth.from(asOf)) - (PERIOD_MONTHS - 1);
    if (admitted.isPresent() && number(admitted.get()) > first) {
      first = number(admitted.get());
    }
    if (first > last) {
      return;
    }
    int paid = 0;
    for (DuesPayment p : dues.payments()) {
      int offset = number(p.month()) - first;
      if (offset >= 0 && offset < PERIOD_MONTHS) {
        paid |= 1 << offset;
      }
    }
    int reducedFrom =
        dues.reductionApprovedOn().isPresent()
            ? number(YearMonth.from(dues.reductionApprovedOn().get()))
            : Integer.MAX_VALUE;
    int unpaid = 0;
    int runStart = 0;
    int longestStart = 0;
    int run = 0;
    int longest = 0;
    for (int m = first, offset = 0; m <= last; m++, offset++) {
      if ((paid & (1 << offset)) != 0 || m >= reducedFrom || paidElsewhere(member, month(m))) {
        run = 0;
        continue;
      }
      unpaid |= 1 << offset;
      if (run == 0) {
        runStart = m;
      }
      run++;
      if (run > longest) {
        longest = run;
        longestStart = runStart;
      }
    }
    if (longest >= QUIT_MONTHS) {
      YearMonth from = month(longestStart);
      YearMonth to = month(longestStart + longest - 1);
      report(
          context,
          DUES_012,
          "dues.payments",
          from + "/" + to,
          "count",
          longest,
          "from",
          from,
          "to",
          to);
    } else if (unpaid != 0) {
      List<String> zh = new ArrayList<>();
      List<String> en = new ArrayList<>();
      for (int offset = 0; offset < PERIOD_MONTHS; offset++) {
        if ((unpaid & (1 << offset)) != 0) {
          YearMonth m = month(first + offset);
          zh.add(monthZh(m));
          en.add(m.toString());
        }
      }
      report(
          context,
          DUES_007,
          "dues.payments",
          String.join(",", en),
          "detail",
          String.join("、", zh) + "未交（共 " + zh.size() + " 个月）",
          "detailEn",
          zh.size() + " month(s) unpaid: " + String.join(", ", en));
    }
  }

  /** A month as a number: year × 12 + month − 1, so that the next month is one more. */
  private static int number(YearMonth month) {
    return month.getYear() * 12 + month.getMonthValue() - 1;
  }

  /** The month of a {@link #number}. */
  private static YearMonth month(int number) {
    return YearMonth.of(Math.floorDiv(number, 12), Math.floorMod(number, 12) + 1);
  }

  /**
   * True when the dues of {@code month} may have been paid outside the dataset: for part of the
   * month the member's relation was held by an organization outside it (before a transfer in, after
   * a transfer out), or the member was away as a mobile member with an activity card, who may pay
   * where they are (DUES-011).
   */
  private static boolean paidElsewhere(Member member, YearMonth month) {
    LocalDate start = month.atDay(1);
    LocalDate end = month.atEndOfMonth();
    if (!member.transfers().isEmpty()
        && (member.organizationOn(start).isEmpty() || member.organizationOn(end).isEmpty())) {
      return true;
    }
    for (MobilePeriod period : member.mobilePeriods()) {
      if (period.activityCardNumber().isPresent()
          && period.coversDate(start)
          && period.coversDate(end)) {
        return true;
      }
    }
    return false;
  }

  /** The last month fully elapsed on {@code asOf}: its own month on its last day. */
  static YearMonth lastElapsedMonth(LocalDate asOf) {
    YearMonth month = YearMonth.from(asOf);
    return asOf.equals(month.atEndOfMonth()) ? month : month.minusMonths(1);
  }

  /** Reports at the member with the offending value also available as {value} in the message. */
  private static void report(
      RecordContext context, Rule rule, String field, String value, Object... arguments) {
    Object[] all = new Object[arguments.length + 2];
    all[0] = "value";
    all[1] = value == null ? "—" : value;
    System.arraycopy(arguments, 0, all, 2, arguments.length);
    context.report(rule, field, value, all);
  }

  private static boolean reducedIn(Dues dues, YearMonth month) {
    if (dues.reductionApprovedOn().isEmpty()) {
      return false;
    }
    LocalDate approved = dues.reductionApprovedOn().get();
    return number(month) >= approved.getYear() * 12 + approved.getMonthValue() - 1;
  }

  private static Rule amountRule(PayerCategory category) {
    return switch (category) {
      case RETIRED -> DUES_005;
      case FARMER, STUDENT, UNEMPLOYED, RELIEF -> DUES_006;
      default -> DUES_002;
    };
  }

  private static String percent(BigDecimal fraction) {
    return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

  private static String monthZh(YearMonth month) {
    return month.getYear() + "年" + month.getMonthValue() + "月";
  }

  private static String english(PayerCategory category) {
    return category.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** An amount due and how it was found, in Chinese and English. */
  record Due(BigDecimal amount, String basisZh, String basisEn) {}
}
