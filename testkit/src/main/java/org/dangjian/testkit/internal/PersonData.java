package org.dangjian.testkit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.dangjian.core.code.Education;
import org.dangjian.core.code.Ethnicity;
import org.dangjian.core.code.Gender;
import org.dangjian.core.code.Occupation;
import org.dangjian.core.id.MobileNumber;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.member.Dues;
import org.dangjian.core.member.DuesPayment;
import org.dangjian.core.member.DuesRates;
import org.dangjian.core.member.ImmutableDues;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.member.PayerCategory;
import org.dangjian.core.recognition.Honor;
import org.dangjian.core.recognition.HonorLevel;

/**
 * Turns a planned {@link Person} into a {@link Member} record with person data: occupation and job
 * title, ethnicity, a unique valid resident ID number, education by age, a unique mobile number,
 * employer, the development record, and for Party members a year of dues payments at the standard
 * rates and the occasional honor.
 */
final class PersonData {

  private final GeneratorContext ctx;
  private final SplittableRandom random;
  private final DevelopmentRecord developmentRecord;
  private final DuesRates rates = DuesRates.defaults();
  private final Set<String> usedIdNumbers = new HashSet<>();
  private final Set<String> usedPhones = new HashSet<>();

  PersonData(GeneratorContext ctx) {
    this.ctx = ctx;
    this.random = ctx.random;
    this.developmentRecord = new DevelopmentRecord(ctx);
  }

  /** The member record of {@code p}, attached to {@code branch}. */
  Member toMember(OrgNode branch, Person p) {
    LocalDate asOf = ctx.asOf;
    boolean partyMember = p.stage.isPartyMember();
    int age = (int) ChronoUnit.YEARS.between(p.birth, asOf);
    boolean retired = partyMember && age >= 60;
    Occupation occupation;
    String jobTitle;
    if (retired) {
      occupation = Occupation.RETIRED;
      jobTitle = "退休职工";
    } else if (p.veteran || random.nextInt(100) < 20) {
      occupation = Occupation.MANAGER;
      jobTitle = Names.pick(random, Names.MANAGER_TITLES);
    } else if (random.nextInt(100) < 55) {
      occupation = Occupation.PROFESSIONAL;
      jobTitle = Names.pick(random, Names.PROFESSIONAL_TITLES);
    } else {
      occupation = Occupation.WORKER;
      jobTitle = Names.pick(random, Names.WORKER_TITLES);
    }
    ImmutableMember.Builder b =
        Member.builder()
            .id(p.id)
            .name(p.name)
            .gender(p.gender)
            .ethnicity(ethnicity())
            .birthDate(p.birth)
            .idNumber(idNumber(p.birth, p.gender))
            .education(education(age))
            .phone(phone())
            .employer(ctx.org(branch.committee).company)
            .jobTitle(jobTitle)
            .occupation(occupation)
            .stage(p.stage)
            .organizationId(branch.id)
            .development(developmentRecord.of(branch, p));
    if (partyMember) {
      b.dues(dues(p, retired));
      if (p.stage == MemberStage.FULL && random.nextInt(100) < 3) {
        b.addHonor(Honor.of("优秀共产党员", HonorLevel.ENTERPRISE, asOf.getYear() - 1));
      }
    }
    return b.build();
  }

  private Ethnicity ethnicity() {
    if (random.nextInt(100) < 92) {
      return Ethnicity.HAN;
    }
    Ethnicity[] minorities = {
      Ethnicity.ZHUANG, Ethnicity.HUI, Ethnicity.MAN, Ethnicity.MIAO, Ethnicity.TUJIA,
      Ethnicity.YI, Ethnicity.MONGOL, Ethnicity.UYGUR, Ethnicity.DONG, Ethnicity.CHOSEN
    };
    return minorities[random.nextInt(minorities.length)];
  }

  private Education education(int age) {
    int r = random.nextInt(100);
    if (age >= 55) {
      r = Math.min(99, r + 35);
    }
    if (r < 10) {
      return Education.MASTER_GRADUATED;
    } else if (r < 55) {
      return Education.UNDERGRADUATE_GRADUATED;
    } else if (r < 80) {
      return Education.JUNIOR_COLLEGE_GRADUATED;
    } else if (r < 88) {
      return Education.SECONDARY_SPECIALIZED_GRADUATED;
    } else if (r < 95) {
      return Education.HIGH_SCHOOL_GRADUATED;
    }
    return Education.JUNIOR_HIGH_GRADUATED;
  }

  private ResidentIdNumber idNumber(LocalDate birth, Gender gender) {
    int parity = gender == Gender.MALE ? 1 : 0;
    String region = Names.pick(random, Names.REGIONS);
    int sequence = random.nextInt(500) * 2 + parity;
    for (int attempt = 0; ; attempt++) {
      ResidentIdNumber id = ResidentIdNumber.of(region, birth, sequence);
      if (usedIdNumbers.add(id.value())) {
        return id;
      }
      sequence = (sequence + 2) % 1000;
      if (attempt % 500 == 499) {
        region = Names.REGIONS.get((Names.REGIONS.indexOf(region) + 1) % Names.REGIONS.size());
      }
    }
  }

  private MobileNumber phone() {
    while (true) {
      String text =
          "1"
              + "3456789".charAt(random.nextInt(7))
              + String.format(Locale.ROOT, "%09d", random.nextInt(1_000_000_000));
      if (usedPhones.add(text)) {
        return MobileNumber.parse(text).orElseThrow();
      }
    }
  }

  private Dues dues(Person p, boolean retired) {
    LocalDate asOf = ctx.asOf;
    PayerCategory category = retired ? PayerCategory.RETIRED : PayerCategory.SALARIED;
    int yuan = retired ? 2000 + random.nextInt(6001) : 2500 + random.nextInt(22501);
    BigDecimal base = BigDecimal.valueOf(yuan / 10 * 10L).setScale(2, RoundingMode.UNNECESSARY);
    BigDecimal amount = rates.monthlyDues(category, base);
    ImmutableDues.Builder b = Dues.builder().category(category).monthlyBase(base);
    YearMonth last = YearMonth.from(asOf);
    YearMonth first = last.minusMonths(11);
    YearMonth admitted = YearMonth.from(p.admission);
    if (admitted.isAfter(first)) {
      first = admitted;
    }
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      LocalDate paid = m.atDay(Math.min(5 + random.nextInt(21), m.lengthOfMonth()));
      if (paid.isAfter(asOf)) {
        paid = asOf;
      }
      if (paid.isBefore(p.admission)) {
        paid = p.admission;
      }
      b.addPayment(DuesPayment.builder().month(m).amount(amount).paidOn(paid).base(base).build());
    }
    return b.build();
  }
}
