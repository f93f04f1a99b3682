package org.dangjian.testkit.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dangjian.core.code.Gender;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.member.Departure;
import org.dangjian.core.member.DepartureKind;
import org.dangjian.core.member.Dues;
import org.dangjian.core.member.DuesPayment;
import org.dangjian.core.member.ImmutableDues;
import org.dangjian.core.member.ImmutableDuesPayment;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.ImmutableTransfer;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.member.MobilePeriod;
import org.dangjian.core.member.StepRecord;
import org.dangjian.core.member.Transfer;
import org.dangjian.core.member.TransferStatus;

/**
 * The movements of members in a widened group: relations transferred in from outside the dataset
 * (after the member's development was complete and before the generated year), former members whose
 * relation was transferred out during the year and former members who left in it, every {@link
 * DepartureKind} in turn (both are copies of a member of the same branch with a new id, name and ID
 * number, paying dues until the month they left), mobile members away for a few months, members out
 * of contact for a few weeks, and members who paid some months late within the six months the dues
 * rules allow. Members who hold a post are never moved.
 */
final class MobilityPlanner {

  private static final List<String> OUTSIDE =
      List.of(
          "中共苏州市吴中区城南街道工作委员会",
          "中共上海市浦东新区张江镇委员会",
          "中共南京市鼓楼区宁海路街道委员会",
          "中共杭州市西湖区文新街道委员会",
          "中共深圳市南山区粤海街道工作委员会");

  private static final List<String> DESTINATIONS =
      List.of("广东省深圳市", "上海市浦东新区", "四川省成都市", "湖北省武汉市", "新疆维吾尔自治区乌鲁木齐市");

  private final Draft d;
  private final People people;
  private int letters;

  MobilityPlanner(Draft draft, People people) {
    this.d = draft;
    this.people = people;
  }

  void plan() {
    LocalDate yearStart = d.yearStart();
    for (Member m :
        people.spread(
            people.ordinary(x -> lastStep(x).isBefore(yearStart.minusMonths(3))),
            d.breadth.transfersIn())) {
      LocalDate issued = d.randomDate(lastStep(m).plusDays(30), yearStart.minusDays(30));
      d.replace(
          ImmutableMember.copyOf(m)
              .withTransfers(
                  transfer(issued)
                      .fromOrganizationName(Names.pick(d.random, OUTSIDE))
                      .toOrganizationId(m.organizationId())
                      .build()));
    }
    for (Member m : people.spread(people.ordinary(x -> true), d.breadth.mobileMembers())) {
      LocalDate from = d.randomDate(d.asOf.minusMonths(4), d.asOf.minusMonths(1));
      d.replace(
          ImmutableMember.copyOf(m)
              .withMobilePeriods(
                  MobilePeriod.builder()
                      .from(from)
                      .destination(Names.pick(d.random, DESTINATIONS))
                      .activityCardNumber(
                          String.format(Locale.ROOT, "流动证%06d", d.random.nextInt(1_000_000)))
                      .build()));
    }
    for (Member m : people.spread(people.ordinary(x -> true), d.breadth.lostContact())) {
      d.replace(
          ImmutableMember.copyOf(m)
              .withLostContactSince(d.randomDate(d.asOf.minusDays(60), d.asOf.minusDays(20))));
    }
    for (Member m :
        people.spread(
            people.ordinary(x -> x.dues().map(du -> du.payments().size() >= 8).orElse(false)),
            d.breadth.arrears())) {
      d.replace(ImmutableMember.copyOf(m).withDues(late(m.dues().orElseThrow())));
    }
    List<Member> templates =
        people.ordinary(
            x -> Draft.isFullOn(x, yearStart) && lastStep(x).isBefore(yearStart.minusMonths(3)));
    for (Member t : people.spread(templates, d.breadth.transfersOut())) {
      LocalDate issued = d.randomDate(yearStart.plusDays(20), d.asOf.minusDays(40));
      Member copy = copyOf(t, issued);
      d.add(
          ImmutableMember.copyOf(copy)
              .withTransfers(
                  transfer(issued)
                      .fromOrganizationId(t.organizationId())
                      .toOrganizationName(Names.pick(d.random, OUTSIDE))
                      .build()));
    }
    departures(templates, yearStart);
  }

  private void departures(List<Member> fullTemplates, LocalDate yearStart) {
    DepartureKind[] kinds = DepartureKind.values();
    List<Member> probationary =
        people.ordinary(
            x ->
                x.stage() == MemberStage.PROBATIONARY
                    && lastStep(x).isBefore(d.asOf.minusDays(30)));
    int n = d.breadth.departures();
    List<Member> full = people.spread(fullTemplates, n);
    List<Member> cancelled = people.spread(probationary, (n + kinds.length - 1) / kinds.length);
    int f = 0;
    int c = 0;
    for (int k = 0; k < n; k++) {
      DepartureKind kind = kinds[k % kinds.length];
      Member template;
      LocalDate date;
      if (kind == DepartureKind.PROBATION_CANCELLED) {
        if (c >= cancelled.size()) {
          continue;
        }
        template = cancelled.get(c++);
        date = d.randomDate(lastStep(template).plusDays(10), d.asOf.minusDays(10));
      } else {
        if (f >= full.size()) {
          continue;
        }
        template = full.get(f++);
        date = d.randomDate(yearStart.plusDays(20), d.asOf.minusDays(20));
      }
      d.add(ImmutableMember.copyOf(copyOf(template, date)).withDeparture(Departure.of(kind, date)));
    }
  }

  /** The date of the last recorded development step of {@code m}. */
  static LocalDate lastStep(Member m) {
    return m.development().steps().stream()
        .map(StepRecord::date)
        .max(LocalDate::compareTo)
        .orElse(LocalDate.MIN);
  }

  private ImmutableTransfer.Builder transfer(LocalDate issued) {
    return Transfer.builder()
        .issuedOn(issued)
        .letterNumber(String.format(Locale.ROOT, "组转字〔%d〕%03d号", issued.getYear(), ++letters))
        .validUntil(issued.plusDays(90))
        .receivedOn(issued.plusDays(5 + d.random.nextInt(20)))
        .status(TransferStatus.RECEIVED);
  }

  /** Dues of which two months a few months back were paid together, two months late. */
  private Dues late(Dues dues) {
    List<DuesPayment> payments = new ArrayList<>(dues.payments());
    int at = payments.size() - 6;
    LocalDate paidOn = payments.get(at).month().plusMonths(2).atDay(10);
    if (paidOn.isAfter(d.asOf)) {
      return dues;
    }
    for (int i = at; i < at + 2; i++) {
      payments.set(i, ImmutableDuesPayment.copyOf(payments.get(i)).withPaidOn(paidOn));
    }
    return ImmutableDues.copyOf(dues).withPayments(payments);
  }

  /**
   * A former member of the same branch modelled on {@code template}: a new id, name and ID number
   * (same birth date and gender), no phone or honors, dues until the month of {@code left}.
   */
  private Member copyOf(Member template, LocalDate left) {
    Gender gender = template.gender();
    Member m =
        ImmutableMember.copyOf(template)
            .withId(d.nextMemberId())
            .withName(Names.personName(d.random, gender))
            .withIdNumber(idNumber(template.birthDate(), gender))
            .withPhone(Optional.empty())
            .withOtherOrganizationIds(List.of())
            .withHonors(List.of());
    if (m.dues().isPresent()) {
      Dues dues = m.dues().get();
      YearMonth last = YearMonth.from(left);
      List<DuesPayment> kept =
          dues.payments().stream().filter(p -> !p.month().isAfter(last)).toList();
      List<DuesPayment> paid = new ArrayList<>();
      for (DuesPayment p : kept) {
        paid.add(
            p.paidOn().filter(left::isBefore).isPresent()
                ? ImmutableDuesPayment.copyOf(p).withPaidOn(left)
                : p);
      }
      m = ImmutableMember.copyOf(m).withDues(ImmutableDues.copyOf(dues).withPayments(paid));
    }
    return m;
  }

  private ResidentIdNumber idNumber(LocalDate birth, Gender gender) {
    int parity = gender == Gender.MALE ? 1 : 0;
    for (int attempt = 0; ; attempt++) {
      String region = Names.REGIONS.get((attempt / 400) % Names.REGIONS.size());
      ResidentIdNumber id =
          ResidentIdNumber.of(region, birth, (d.random.nextInt(500) * 2 + parity) % 1000);
      if (!d.idNumberUsed(id.value())) {
        return id;
      }
    }
  }
}
