package org.dangjian.validation.internal.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.dangjian.core.member.Departure;
import org.dangjian.core.member.DuesPayment;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MobilePeriod;
import org.dangjian.core.member.Transfer;
import org.dangjian.core.member.TransferStatus;
import org.dangjian.validation.internal.Catalogue;
import org.dangjian.validation.internal.RecordContext;
import org.dangjian.validation.internal.RuleCodes;
import org.dangjian.validation.internal.RuleGroup;
import org.dangjian.validation.rule.Rule;

/**
 * The membership of a member over time (docs/regulations.md: Party Constitution Art. 9 and mobile
 * members): lost contact for six months (CONST-010, 自行脱党 for the branch to decide), a mobile period
 * still running on the reference date after more than six months without a transfer of the relation
 * (MOB-004, the 应转尽转 principle of MOB-002), transfer letters that expired in transit (MOB-002), and
 * the consistency of transfer and departure records (SDK codes). Only probationary and full members
 * who have not departed on the reference date are checked for lost contact and mobile periods.
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

  static final Rule CONST_010 = Catalogue.rule(RuleCodes.CONST_010);
  static final Rule MOB_002 = Catalogue.rule(RuleCodes.MOB_002);
  static final Rule MOB_004 = Catalogue.rule(RuleCodes.MOB_004);
  static final Rule TRANSFER_TARGET = Catalogue.rule(RuleCodes.TRANSFER_TARGET);
  static final Rule TRANSFER_DATES = Catalogue.rule(RuleCodes.TRANSFER_DATES);
  static final Rule DEPARTURE_DUES = Catalogue.rule(RuleCodes.DEPARTURE_DUES);

  @Override
  public String topic() {
    return "membership";
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
