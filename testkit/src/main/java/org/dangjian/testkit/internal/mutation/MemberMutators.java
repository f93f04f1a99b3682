package org.dangjian.testkit.internal.mutation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.member.Dues;
import org.dangjian.core.member.DuesPayment;
import org.dangjian.core.member.ImmutableDues;
import org.dangjian.core.member.ImmutableDuesPayment;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MobilePeriod;
import org.dangjian.core.member.PayerCategory;
import org.dangjian.core.member.Transfer;
import org.dangjian.core.member.TransferStatus;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.Mutation;

/**
 * The one-defect mutators of a single member's record: field constraints, identifiers, membership
 * (lost contact, mobile periods, transfers, other organizations) and dues. Each picks a member on
 * whom the defect shows alone ({@link Edits#plainMember}) and changes one field or adds one entry.
 * A transfer it adds names the member's own organization on both sides or is cancelled, so the
 * member's home organization on every date stays the same.
 */
public final class MemberMutators {

  private MemberMutators() {}

  /** Injects a member-level {@code defect}; null when it is not one of this class. */
  public static Mutation apply(Defect defect, Dataset d, LocalDate asOf) {
    Member m = Edits.member(d, Edits.plainMember(d, asOf), defect);
    ImmutableMember x = ImmutableMember.copyOf(m);
    return switch (defect) {
      case NAME_TOO_LONG -> {
        String name = (m.name() + "某").repeat(30).substring(0, 51);
        yield done(d, x.withName(name), defect, "name of " + m.id() + " made 51 characters long");
      }
      case BLANK_NAME -> done(d, x.withName(" "), defect, "name of " + m.id() + " made blank");
      case NEGATIVE_DUES_AMOUNT ->
          done(
              d,
              x.withDues(lastPayment(m, p -> p.withAmount(new BigDecimal("-1.00")))),
              defect,
              "last dues payment of " + m.id() + " set to -1.00");
      case ID_BIRTH_MISMATCH -> {
        ResidentIdNumber id =
            Edits.unusedIdNumber(d, m.idNumber().orElseThrow(), m.birthDate().minusDays(1));
        yield done(
            d,
            x.withIdNumber(id),
            defect,
            "ID number of " + m.id() + " re-issued as " + id.masked() + ", a day before the birth");
      }
      case LOST_CONTACT_SIX_MONTHS -> {
        LocalDate since = asOf.minusMonths(7);
        yield done(
            d, x.withLostContactSince(since), defect, m.id() + " out of contact since " + since);
      }
      case MOBILE_WITHOUT_TRANSFER -> {
        MobilePeriod away =
            MobilePeriod.builder().from(asOf.minusMonths(8)).destination("广东省深圳市").build();
        yield done(
            d,
            x.withMobilePeriods(away),
            defect,
            m.id() + " away in Shenzhen since " + away.from() + " without a transfer");
      }
      case TRANSFER_LETTER_EXPIRED -> {
        Transfer t =
            Transfer.builder()
                .toOrganizationId(m.organizationId())
                .issuedOn(asOf.minusMonths(3))
                .validUntil(asOf.minusMonths(2))
                .status(TransferStatus.ISSUED)
                .build();
        yield done(
            d,
            x.withTransfers(t),
            defect,
            "a transfer letter of "
                + m.id()
                + " valid until "
                + t.validUntil().orElseThrow()
                + " never received");
      }
      case TRANSFER_WITHOUT_TARGET ->
          done(
              d,
              x.withTransfers(
                  Transfer.builder()
                      .issuedOn(asOf.minusMonths(3))
                      .status(TransferStatus.CANCELLED)
                      .build()),
              defect,
              "a cancelled transfer of " + m.id() + " without a receiving organization");
      case TRANSFER_RECEIVED_BEFORE_ISSUED ->
          done(
              d,
              x.withTransfers(
                  Transfer.builder()
                      .toOrganizationId(m.organizationId())
                      .issuedOn(asOf.minusMonths(3))
                      .receivedOn(asOf.minusMonths(3).minusDays(2))
                      .status(TransferStatus.CANCELLED)
                      .build()),
              defect,
              "a cancelled transfer of " + m.id() + " received two days before it was issued");
      case UNKNOWN_OTHER_ORGANIZATION -> {
        String missing = Edits.unusedId(d, "org");
        yield done(
            d,
            x.withOtherOrganizationIds(missing),
            defect,
            m.id() + " also belongs to the missing organization " + missing);
      }
      case DUES_BASE_MISSING -> {
        Dues dues = m.dues().orElseThrow();
        yield done(
            d,
            x.withDues(
                ImmutableDues.copyOf(dues)
                    .withMonthlyBase(java.util.Optional.empty())
                    .withPayments(
                        dues.payments().stream()
                            .map(
                                p ->
                                    (DuesPayment)
                                        ImmutableDuesPayment.copyOf(p)
                                            .withBase(java.util.Optional.empty()))
                            .toList())),
            defect,
            "monthly base of " + m.id() + " removed, from the payments too");
      }
      case RETIRED_DUES_TOO_LOW -> {
        ImmutableDues dues =
            ImmutableDues.copyOf(lastPayment(m, p -> p.withAmount(quarter(p.amount()))))
                .withCategory(PayerCategory.RETIRED);
        yield done(
            d,
            x.withDues(dues),
            defect,
            m.id() + " made retired and the last payment cut to a quarter");
      }
      case FARMER_AMOUNT_OUT_OF_RANGE -> {
        ImmutableDues dues =
            ImmutableDues.copyOf(m.dues().orElseThrow())
                .withCategory(PayerCategory.FARMER)
                .withFixedAmount(new BigDecimal("2.00"));
        yield done(d, x.withDues(dues), defect, m.id() + " made a farmer paying 2.00 yuan a month");
      }
      case LARGE_VOLUNTARY_EXTRA ->
          done(
              d,
              x.withDues(lastPayment(m, p -> p.withAmount(p.amount().add(new BigDecimal("1000"))))),
              defect,
              "a voluntary extra of 1000 yuan added to the last payment of " + m.id());
      case DUES_PAID_BACK_LATE -> {
        Dues dues = m.dues().orElseThrow();
        List<DuesPayment> payments = new ArrayList<>(dues.payments());
        DuesPayment first = payments.get(0);
        LocalDate paid = first.month().plusMonths(7).atDay(10);
        if (paid.isAfter(asOf)) {
          throw new IllegalStateException("the first payment is too recent for " + defect);
        }
        payments.set(0, ImmutableDuesPayment.copyOf(first).withPaidOn(paid));
        yield done(
            d,
            x.withDues(ImmutableDues.copyOf(dues).withPayments(payments)),
            defect,
            "dues of " + m.id() + " for " + first.month() + " paid back on " + paid);
      }
      case DUES_MONTH_UNPAID -> unpaid(d, x, defect, lastElapsed(asOf).minusMonths(3), 1);
      case DUES_UNPAID_SIX_MONTHS -> unpaid(d, x, defect, lastElapsed(asOf).minusMonths(5), 6);
      default -> null;
    };
  }

  private static YearMonth lastElapsed(LocalDate asOf) {
    YearMonth month = YearMonth.from(asOf);
    return asOf.equals(month.atEndOfMonth()) ? month : month.minusMonths(1);
  }

  private static Mutation unpaid(
      Dataset d, ImmutableMember m, Defect defect, YearMonth from, int months) {
    Dues dues = m.dues().orElseThrow();
    YearMonth until = from.plusMonths(months - 1L);
    List<DuesPayment> kept =
        dues.payments().stream()
            .filter(p -> p.month().isBefore(from) || p.month().isAfter(until))
            .toList();
    return done(
        d,
        m.withDues(ImmutableDues.copyOf(dues).withPayments(kept)),
        defect,
        "dues of " + m.id() + " from " + from + " to " + until + " removed");
  }

  private static BigDecimal quarter(BigDecimal amount) {
    return amount.divide(BigDecimal.valueOf(4), 2, RoundingMode.DOWN);
  }

  private static Dues lastPayment(
      Member m, java.util.function.UnaryOperator<ImmutableDuesPayment> change) {
    Dues dues = m.dues().orElseThrow();
    List<DuesPayment> payments = new ArrayList<>(dues.payments());
    int last = payments.size() - 1;
    payments.set(last, change.apply(ImmutableDuesPayment.copyOf(payments.get(last))));
    return ImmutableDues.copyOf(dues).withPayments(payments);
  }

  private static Mutation done(Dataset d, Member changed, Defect defect, String description) {
    return new Mutation(Edits.replace(d, changed), changed.id(), defect, description);
  }
}
