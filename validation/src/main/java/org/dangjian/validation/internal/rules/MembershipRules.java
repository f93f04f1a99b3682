package org.dangjian.validation.internal.rules;

import static org.dangjian.core.record.RecordKind.MEMBER;
import static org.dangjian.validation.rule.Confidence.SECONDARY;
import static org.dangjian.validation.rule.Scope.RECORD;
import static org.dangjian.validation.rule.Severity.ERROR;
import static org.dangjian.validation.rule.Severity.WARNING;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.dangjian.core.member.Departure;
import org.dangjian.core.member.DuesPayment;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MobilePeriod;
import org.dangjian.core.member.Transfer;
import org.dangjian.core.member.TransferStatus;
import org.dangjian.validation.internal.RecordContext;
import org.dangjian.validation.internal.RuleGroup;
import org.dangjian.validation.internal.Rules;
import org.dangjian.validation.rule.Rule;

/**
 * The membership of a member over time (RULES.md §1 and §6): lost contact for six months
 * (CONST-010, 自行脱党 for the branch to decide), a mobile period still running on the reference date
 * after more than six months without a transfer of the relation (MOB-004, the 应转尽转 principle of
 * MOB-002), transfer letters that expired in transit (MOB-002), and the consistency of transfer and
 * departure records (SDK codes). Only probationary and full members who have not departed on the
 * reference date are checked for lost contact and mobile periods.
 *
 * <p>Not encodable on this data: the definition of a mobile member (MOB-001, used by MOB-004), the
 * half-yearly contact with members abroad (MOB-003: no contact log), the registration in the
 * national information system (MOB-002), and six months without organizational life (CONST-010)
 * beyond lost contact, since attendance is recorded as counts and absences, not per member. Record
 * checks only: 0 bytes are kept per member.
 */
public final class MembershipRules implements RuleGroup {

  /** Months after which lost contact, a mobile stay or unpaid dues reach the 6-month limits. */
  static final int SIX_MONTHS = 6;

  /** 中组部《关于进一步加强和改进流动党员管理工作的意见》. */
  static final String MOBILE_OPINION = "中组部《关于进一步加强和改进流动党员管理工作的意见》";

  /** Unit rules on mobile members of the 2006 era. */
  static final String MOBILE_UNIT_RULES = "各地各单位流动党员管理规定（2006年前后）";

  static final Rule CONST_010 =
      Rules.rule("CONST-010", WARNING, SECONDARY, RECORD, MEMBER)
          .citation(Rules.CONSTITUTION, "第九条第三款")
          .statement(
              "党员没有正当理由，连续6个月不参加党的组织生活，或不交纳党费，或不做党所分配的工作，就被认为是自行脱党；"
                  + "支部大会应当决定把这样的党员除名，并报上级党组织批准。",
              "A member who, without good reason, takes no part in organizational life, pays no"
                  + " dues or does no assigned work for 6 consecutive months is regarded as having"
                  + " quit; the branch meeting removes the member and the higher organization"
                  + " approves.")
          .message(
              "自 {value} 起失去联系，已满6个月：支部应查找并了解原因，无正当理由的按自行脱党处理。",
              "Out of contact since {value}, 6 months or more: the branch should look for the"
                  + " member and, without good reason, treat the member as having quit.")
          .note(
              "以失联日期判断（失联即不参加组织生活）；连续6个月不交党费以 DUES-012 报告。原文措辞未直接读到。",
              "Judged on the lost-contact date (no contact, no organizational life); 6 months"
                  + " without dues are reported as DUES-012. The exact wording was not read.")
          .build();

  static final Rule MOB_002 =
      Rules.rule("MOB-002", WARNING, SECONDARY, RECORD, MEMBER)
          .citation(MOBILE_OPINION, "应转尽转")
          .statement(
              "党员组织关系应转尽转：开具的组织关系介绍信应在有效期内办理接收，过期未接收的应查明原因、退回或重新开具。",
              "Relations are transferred wherever possible: a transfer letter is received within"
                  + " its validity; one that expired in transit is followed up, returned or"
                  + " reissued.")
          .message(
              "组织关系介绍信有效期至 {value}，至今仍未接收。",
              "The transfer letter was valid until {value} and has still not been received.")
          .note(
              "只检查记录了有效期的介绍信；没有全国统一的在途时限可据以检查未记录有效期的介绍信。",
              "Only letters with a recorded validity are checked; no national limit applies to"
                  + " the others.")
          .build();

  static final Rule MOB_004 =
      Rules.rule("MOB-004", WARNING, SECONDARY, RECORD, MEMBER)
          .citation(MOBILE_UNIT_RULES, "外出6个月以上转移组织关系")
          .statement(
              "党员外出到固定地点6个月以上的，一般应开具组织关系介绍信转移组织关系；时间较短或地点不固定的，持《流动党员活动证》。",
              "A member who goes to a fixed place for more than 6 months generally transfers the"
                  + " relation with a letter; a shorter or unfixed stay uses the activity card.")
          .message(
              "自 {from} 起外出到{destination}已超过6个月，未转移组织关系：如地点固定，宜转移组织关系。",
              "Away in {destination} since {from}, more than 6 months, without a transfer: if the"
                  + " place is fixed, the relation should be transferred.")
          .note(
              "单位惯例（2006年前后的规定），与应转尽转原则（MOB-002）一致，故为警告；去向已记录即视为地点固定。",
              "Legacy unit practice in line with the 应转尽转 principle (MOB-002), so a warning; a"
                  + " recorded destination is taken as a fixed place.")
          .build();

  static final Rule TRANSFER_TARGET =
      Rules.rule("TRANSFER-TARGET", ERROR, SECONDARY, RECORD, MEMBER)
          .citation(Rules.SDK, "组织关系转接记录")
          .statement(
              "组织关系转接记录须写明接收的党组织（数据集内的编号或数据集外的名称）。",
              "A transfer record names the receiving organization, by id or by name.")
          .message(
              "第 {number} 条组织关系转接记录未写明接收的党组织。",
              "Transfer record {number} does not name the receiving organization.")
          .build();

  static final Rule TRANSFER_DATES =
      Rules.rule("TRANSFER-DATES", ERROR, SECONDARY, RECORD, MEMBER)
          .citation(Rules.SDK, "组织关系转接记录")
          .statement(
              "组织关系转接的接收日期和介绍信有效期不早于开具日期。",
              "A transfer is received, and its letter valid, no earlier than the letter was"
                  + " issued.")
          .message(
              "{what} {value} 早于介绍信开具日期 {issuedOn}。",
              "{whatEn} {value} is before the letter was issued on {issuedOn}.")
          .build();

  static final Rule DEPARTURE_DUES =
      Rules.rule("DEPARTURE-DUES", ERROR, SECONDARY, RECORD, MEMBER)
          .citation(Rules.SDK, "党员减少（出党）记录")
          .statement(
              "党籍终止后不再交纳党费：不得有出党当月之后月份的党费缴纳记录。",
              "No dues are paid for months after the month membership ended.")
          .message(
              "{value} 的党费缴纳记录晚于{kind}日期 {date}。",
              "A dues payment for {value} is after the departure ({kindEn}) on {date}.")
          .build();

  private static final List<Rule> RULES =
      List.of(CONST_010, MOB_002, MOB_004, TRANSFER_TARGET, TRANSFER_DATES, DEPARTURE_DUES);

  @Override
  public List<Rule> rules() {
    return RULES;
  }

  @Override
  public void member(Member member, RecordContext context) {
    checkTransfers(member, context);
    checkDeparture(member, context);
    LocalDate asOf = context.asOf();
    if (!member.stage().isPartyMember() || !member.activeOn(asOf)) {
      return;
    }
    checkLostContact(member, context);
    checkMobilePeriods(member, context);
  }

  /** CONST-010: out of contact for six months or more on the reference date. */
  private static void checkLostContact(Member member, RecordContext context) {
    if (member.lostContactSince().isEmpty()) {
      return;
    }
    LocalDate since = member.lostContactSince().get();
    if (!since.plusMonths(SIX_MONTHS).isAfter(context.asOf())) {
      context.report(CONST_010, "lostContactSince", since.toString(), "value", since);
    }
  }

  /** MOB-004: a mobile period of more than six months with no transfer issued since it began. */
  private static void checkMobilePeriods(Member member, RecordContext context) {
    LocalDate asOf = context.asOf();
    List<MobilePeriod> periods = member.mobilePeriods();
    for (int i = 0; i < periods.size(); i++) {
      MobilePeriod period = periods.get(i);
      if (!period.coversDate(asOf) || !asOf.isAfter(period.from().plusMonths(SIX_MONTHS))) {
        continue;
      }
      boolean transferred =
          member.transfers().stream()
              .anyMatch(
                  t ->
                      (t.status() == TransferStatus.ISSUED || t.status() == TransferStatus.RECEIVED)
                          && !t.issuedOn().isBefore(period.from()));
      if (!transferred) {
        context.report(
            MOB_004,
            "mobilePeriods[" + i + "]",
            period.from() + "/" + period.until().map(LocalDate::toString).orElse(""),
            "from",
            period.from(),
            "destination",
            period.destination());
      }
    }
  }

  /** MOB-002, TRANSFER-TARGET and TRANSFER-DATES on each transfer record. */
  private static void checkTransfers(Member member, RecordContext context) {
    List<Transfer> transfers = member.transfers();
    for (int i = 0; i < transfers.size(); i++) {
      Transfer t = transfers.get(i);
      String at = "transfers[" + i + "]";
      if (t.toOrganizationId().isEmpty() && t.toOrganizationName().isEmpty()) {
        context.report(TRANSFER_TARGET, at + ".toOrganizationId", null, "number", i + 1);
      }
      if (t.receivedOn().filter(r -> r.isBefore(t.issuedOn())).isPresent()) {
        dates(context, at + ".receivedOn", t.receivedOn().get(), t, "接收日期", "The receipt date");
      }
      if (t.validUntil().filter(v -> v.isBefore(t.issuedOn())).isPresent()) {
        dates(context, at + ".validUntil", t.validUntil().get(), t, "有效期", "The validity end");
      }
      if (t.status() == TransferStatus.ISSUED
          && t.receivedOn().isEmpty()
          && t.validUntil().filter(v -> v.isBefore(context.asOf())).isPresent()
          && !t.validUntil().get().isBefore(t.issuedOn())
          && member.activeOn(context.asOf())) {
        context.report(
            MOB_002,
            at + ".status",
            t.validUntil().get().toString(),
            "value",
            t.validUntil().get());
      }
    }
  }

  private static void dates(
      RecordContext context, String field, LocalDate value, Transfer t, String zh, String en) {
    context.report(
        TRANSFER_DATES,
        field,
        value.toString(),
        "value",
        value,
        "what",
        zh,
        "whatEn",
        en,
        "issuedOn",
        t.issuedOn());
  }

  /** DEPARTURE-DUES: payments for months after the month membership ended. */
  private static void checkDeparture(Member member, RecordContext context) {
    if (member.departure().isEmpty() || member.dues().isEmpty()) {
      return;
    }
    Departure departure = member.departure().get();
    YearMonth last = YearMonth.from(departure.date());
    List<DuesPayment> payments = member.dues().get().payments();
    for (int i = 0; i < payments.size(); i++) {
      YearMonth month = payments.get(i).month();
      if (month.isAfter(last)) {
        context.report(
            DEPARTURE_DUES,
            "dues.payments[" + i + "].month",
            month.toString(),
            "value",
            month,
            "kind",
            departure.kind().label(),
            "kindEn",
            departure.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
            "date",
            departure.date());
      }
    }
  }
}
