package org.dangjian.testkit.internal.mutation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.member.Development;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.Dues;
import org.dangjian.core.member.DuesPayment;
import org.dangjian.core.member.ImmutableDevelopment;
import org.dangjian.core.member.ImmutableDues;
import org.dangjian.core.member.ImmutableDuesPayment;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.ImmutablePoliticalReview;
import org.dangjian.core.member.ImmutableStepRecord;
import org.dangjian.core.member.ImmutableTraining;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.member.StepRecord;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.Mutation;

/**
 * The first one-defect mutators of a member's development record (发展党员): the applicant's age, the
 * year of activist training, the probation never concluded, the application talk, the introducers,
 * the concentrated training and the approval of the admission. A date it moves takes the dependent
 * dates with it (assessments, later steps, dues for a longer membership), so that no second rule
 * breaks.
 */
public final class AdmissionMutators {

  private AdmissionMutators() {}

  /** Injects {@code defect}; null when it is not one of this class. */
  public static Mutation apply(Defect defect, Dataset d, LocalDate asOf) {
    return switch (defect) {
      case APPLICANT_UNDER_18 -> applicantUnder18(d);
      case ACTIVIST_PROMOTED_EARLY -> activistPromotedEarly(d);
      case PROBATION_OVER_TWO_YEARS -> probationOverTwoYears(d, asOf);
      case APPLICATION_TALK_LATE -> applicationTalkLate(d);
      case ONE_INTRODUCER -> oneIntroducer(d);
      case TRAINING_TOO_SHORT -> trainingTooShort(d);
      case APPROVAL_AFTER_SIX_MONTHS -> approvalAfter(d, 6, defect);
      case APPROVAL_AFTER_FOUR_MONTHS -> approvalAfter(d, 4, defect);
      default -> null;
    };
  }

  private static Mutation applicantUnder18(Dataset d) {
    Set<String> ids = Edits.idNumbers(d);
    Member m =
        Edits.member(
            d,
            x ->
                x.stage() == MemberStage.FULL
                    && Edits.salaried(x)
                    && x.idNumber().isPresent()
                    && x.development().applicationDate().isPresent()
                    && under18Birth(x.development().applicationDate().get()).isPresent(),
            Defect.APPLICANT_UNDER_18);
    LocalDate application = m.development().applicationDate().orElseThrow();
    LocalDate birth = under18Birth(application).orElseThrow();
    ResidentIdNumber id = Edits.uniqueId(ids, m.idNumber().orElseThrow(), birth, false);
    Member changed = ImmutableMember.copyOf(m).withBirthDate(birth).withIdNumber(id);
    return new Mutation(
        Edits.replace(d, changed),
        m.id(),
        Defect.APPLICANT_UNDER_18,
        "birth date of "
            + m.id()
            + " moved to "
            + birth
            + " so that the application on "
            + application
            + " is one day before the 18th birthday; ID number re-issued as "
            + id.masked());
  }

  private static Optional<LocalDate> under18Birth(LocalDate application) {
    LocalDate birth = application.plusDays(1).minusYears(18);
    return birth.plusYears(18).equals(application.plusDays(1))
        ? Optional.of(birth)
        : Optional.empty();
  }

  private static Mutation activistPromotedEarly(Dataset d) {
    Member m =
        Edits.member(
            d,
            x -> {
              Development dev = x.development();
              if (!x.stage().isPartyMember()
                  || dev.activistDate().isEmpty()
                  || dev.targetDate().isEmpty()) {
                return false;
              }
              LocalDate target = dev.targetDate().get();
              LocalDate activist = target.minusYears(1).plusDays(1);
              return activist.plusYears(1).equals(target.plusDays(1))
                  && activist.isAfter(dev.activistDate().get());
            },
            Defect.ACTIVIST_PROMOTED_EARLY);
    Development dev = m.development();
    LocalDate target = dev.targetDate().orElseThrow();
    LocalDate activist = target.minusYears(1).plusDays(1);
    long delta = ChronoUnit.DAYS.between(dev.activistDate().orElseThrow(), activist);
    List<LocalDate> assessments = new ArrayList<>();
    for (LocalDate next = activist.plusMonths(6);
        !next.isAfter(target);
        next = next.plusMonths(6)) {
      assessments.add(next);
    }
    List<StepRecord> steps = new ArrayList<>();
    for (StepRecord s : dev.steps()) {
      switch (s.step()) {
        case ACTIVIST_DESIGNATION, ACTIVIST_FILING, MENTOR_ASSIGNMENT ->
            steps.add(Edits.shifted(s, delta));
        case ACTIVIST_ASSESSMENT -> {
          if (!assessments.isEmpty()) {
            steps.add(
                ImmutableStepRecord.copyOf(s).withDate(assessments.get(assessments.size() - 1)));
          }
        }
        default -> steps.add(s);
      }
    }
    Development changed =
        ImmutableDevelopment.copyOf(dev).withSteps(steps).withAssessments(assessments);
    return new Mutation(
        Edits.replace(d, ImmutableMember.copyOf(m).withDevelopment(changed)),
        m.id(),
        Defect.ACTIVIST_PROMOTED_EARLY,
        "activist designation of "
            + m.id()
            + " moved to "
            + activist
            + ", one day less than a year before the target designation on "
            + target);
  }

  private static Mutation probationOverTwoYears(Dataset d, LocalDate asOf) {
    LocalDate admission = asOf.minusYears(2).minusDays(30);
    Member m =
        Edits.member(
            d,
            x -> {
              if (x.stage() != MemberStage.PROBATIONARY
                  || x.development().admissionDate().isEmpty()
                  || x.development().activistDate().isEmpty()
                  || x.development().targetDate().isEmpty()
                  || x.development().applicationDate().isEmpty()
                  || x.dues().isEmpty()) {
                return false;
              }
              long delta =
                  ChronoUnit.DAYS.between(x.development().admissionDate().get(), admission);
              LocalDate application = x.development().applicationDate().get().plusDays(delta);
              LocalDate activist = x.development().activistDate().get().plusDays(delta);
              LocalDate target = x.development().targetDate().get().plusDays(delta);
              return !x.birthDate().plusYears(18).isAfter(application)
                  && x.development().mentorIds().stream()
                      .allMatch(s -> Edits.fullOn(d, s, activist))
                  && x.development().introducerIds().stream()
                      .allMatch(s -> Edits.fullOn(d, s, target));
            },
            Defect.PROBATION_OVER_TWO_YEARS);
    Development dev = m.development();
    long delta = ChronoUnit.DAYS.between(dev.admissionDate().orElseThrow(), admission);
    List<LocalDate> assessments = new ArrayList<>();
    LocalDate activist = dev.activistDate().orElseThrow().plusDays(delta);
    LocalDate target = dev.targetDate().orElseThrow().plusDays(delta);
    for (LocalDate next = activist.plusMonths(6);
        !next.isAfter(target);
        next = next.plusMonths(6)) {
      assessments.add(next);
    }
    List<StepRecord> steps = new ArrayList<>();
    for (StepRecord s : dev.steps()) {
      if (s.step() != DevelopmentStep.ACTIVIST_ASSESSMENT) {
        steps.add(Edits.shifted(s, delta));
      } else if (!assessments.isEmpty()) {
        steps.add(ImmutableStepRecord.copyOf(s).withDate(assessments.get(assessments.size() - 1)));
      }
    }
    ImmutableDevelopment.Builder changed =
        Development.builder()
            .addAllSteps(steps)
            .addAllAssessments(assessments)
            .addAllMentorIds(dev.mentorIds())
            .addAllIntroducerIds(dev.introducerIds());
    dev.politicalReview()
        .ifPresent(
            r ->
                changed.politicalReview(
                    ImmutablePoliticalReview.copyOf(r)
                        .withConcludedOn(r.concludedOn().plusDays(delta))));
    dev.training()
        .ifPresent(
            t ->
                changed.training(
                    ImmutableTraining.copyOf(t).withCompletedOn(t.completedOn().plusDays(delta))));
    Dues dues = m.dues().orElseThrow();
    Map<YearMonth, DuesPayment> byMonth = new LinkedHashMap<>();
    YearMonth last = YearMonth.from(asOf);
    DuesPayment template = dues.payments().get(0);
    for (YearMonth month = last.minusMonths(11);
        !month.isAfter(last);
        month = month.plusMonths(1)) {
      LocalDate paid = month.atDay(Math.min(15, month.lengthOfMonth()));
      byMonth.put(
          month,
          ImmutableDuesPayment.copyOf(template)
              .withMonth(month)
              .withPaidOn(paid.isAfter(asOf) ? asOf : paid));
    }
    for (DuesPayment p : dues.payments()) {
      byMonth.put(p.month(), p);
    }
    Dues fullYear = ImmutableDues.copyOf(dues).withPayments(byMonth.values());
    Member changedMember =
        ImmutableMember.copyOf(m).withDevelopment(changed.build()).withDues(fullYear);
    return new Mutation(
        Edits.replace(d, changedMember),
        m.id(),
        Defect.PROBATION_OVER_TWO_YEARS,
        "development of probationary member "
            + m.id()
            + " moved back so that the admission meeting was on "
            + admission
            + ", more than two years before "
            + asOf
            + ", with no conversion; dues paid for the whole year");
  }

  private static Mutation applicationTalkLate(Dataset d) {
    Member m =
        Edits.member(
            d,
            x -> {
              Development dev = x.development();
              return x.stage().isPartyMember()
                  && dev.applicationDate().isPresent()
                  && dev.dateOf(DevelopmentStep.APPLICATION_TALK).isPresent()
                  && dev.activistDate()
                      .filter(a -> lateTalk(dev.applicationDate().get()).isBefore(a))
                      .isPresent();
            },
            Defect.APPLICATION_TALK_LATE);
    LocalDate talk = lateTalk(m.development().applicationDate().orElseThrow());
    Member changed = Edits.withStepDate(m, DevelopmentStep.APPLICATION_TALK, talk);
    return new Mutation(
        Edits.replace(d, changed),
        m.id(),
        Defect.APPLICATION_TALK_LATE,
        "application talk of " + m.id() + " moved to " + talk + ", one month and a day late");
  }

  private static LocalDate lateTalk(LocalDate application) {
    return application.plusMonths(1).plusDays(1);
  }

  private static Mutation oneIntroducer(Dataset d) {
    Member m =
        Edits.member(
            d,
            x -> x.stage().isPartyMember() && x.development().introducerIds().size() == 2,
            Defect.ONE_INTRODUCER);
    Development dev =
        ImmutableDevelopment.copyOf(m.development())
            .withIntroducerIds(m.development().introducerIds().get(0));
    return new Mutation(
        Edits.replace(d, ImmutableMember.copyOf(m).withDevelopment(dev)),
        m.id(),
        Defect.ONE_INTRODUCER,
        "second introducer of " + m.id() + " removed");
  }

  private static Mutation trainingTooShort(Dataset d) {
    Member m =
        Edits.member(
            d,
            x -> x.stage().isPartyMember() && x.development().training().isPresent(),
            Defect.TRAINING_TOO_SHORT);
    Development dev =
        ImmutableDevelopment.copyOf(m.development())
            .withTraining(
                ImmutableTraining.copyOf(m.development().training().orElseThrow())
                    .withDays(2)
                    .withClassHours(16));
    return new Mutation(
        Edits.replace(d, ImmutableMember.copyOf(m).withDevelopment(dev)),
        m.id(),
        Defect.TRAINING_TOO_SHORT,
        "concentrated training of " + m.id() + " cut to 2 days and 16 class hours");
  }

  private static Mutation approvalAfter(Dataset d, int months, Defect defect) {
    Set<DevelopmentStep> moved =
        EnumSet.of(
            DevelopmentStep.ADMISSION_APPROVAL,
            DevelopmentStep.ADMISSION_FILING,
            DevelopmentStep.GROUP_ASSIGNMENT,
            DevelopmentStep.OATH);
    Member m =
        Edits.member(
            d,
            x -> {
              Development dev = x.development();
              if (x.stage() != MemberStage.FULL
                  || dev.admissionDate().isEmpty()
                  || dev.dateOf(DevelopmentStep.ADMISSION_APPROVAL).isEmpty()) {
                return false;
              }
              long delta = approvalDelta(dev, months);
              LocalDate latestMoved =
                  dev.steps().stream()
                      .filter(s -> moved.contains(s.step()))
                      .map(s -> s.date().plusDays(delta))
                      .max(LocalDate::compareTo)
                      .orElseThrow();
              return dev.steps().stream()
                  .filter(s -> s.step().number() > DevelopmentStep.OATH.number())
                  .allMatch(s -> s.date().isAfter(latestMoved));
            },
            defect);
    Development dev = m.development();
    long delta = approvalDelta(dev, months);
    List<StepRecord> steps = new ArrayList<>();
    for (StepRecord s : dev.steps()) {
      steps.add(moved.contains(s.step()) ? Edits.shifted(s, delta) : s);
    }
    LocalDate approval = dev.admissionDate().orElseThrow().plusMonths(months).plusDays(1);
    return new Mutation(
        Edits.replace(
            d,
            ImmutableMember.copyOf(m)
                .withDevelopment(ImmutableDevelopment.copyOf(dev).withSteps(steps))),
        m.id(),
        defect,
        "admission approval of "
            + m.id()
            + " moved to "
            + approval
            + ", "
            + months
            + " months and a day after the admission meeting; filing, group assignment and"
            + " oath moved with it");
  }

  private static long approvalDelta(Development dev, int months) {
    LocalDate approval = dev.admissionDate().orElseThrow().plusMonths(months).plusDays(1);
    return ChronoUnit.DAYS.between(
        dev.dateOf(DevelopmentStep.ADMISSION_APPROVAL).orElseThrow(), approval);
  }
}
