package org.dangjian.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.dangjian.core.activity.Absence;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityKind;
import org.dangjian.core.activity.Attendance;
import org.dangjian.core.activity.ImmutableActivity;
import org.dangjian.core.activity.ImmutableAttendance;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.member.Development;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.Dues;
import org.dangjian.core.member.DuesPayment;
import org.dangjian.core.member.DuesRates;
import org.dangjian.core.member.ImmutableDevelopment;
import org.dangjian.core.member.ImmutableDues;
import org.dangjian.core.member.ImmutableDuesPayment;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.ImmutablePoliticalReview;
import org.dangjian.core.member.ImmutableStepRecord;
import org.dangjian.core.member.ImmutableTraining;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.member.PayerCategory;
import org.dangjian.core.member.StepRecord;
import org.dangjian.core.organization.ImmutableOrganization;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.PostHolding;
import org.dangjian.core.organization.PostKind;
import org.dangjian.testkit.internal.mutation.BulletinMutators;
import org.dangjian.testkit.internal.mutation.CommitteeMutators;
import org.dangjian.testkit.internal.mutation.DevelopmentMutators;
import org.dangjian.testkit.internal.mutation.MeetingMutators;
import org.dangjian.testkit.internal.mutation.MemberMutators;
import org.dangjian.testkit.internal.mutation.OrganizationMutators;
import org.dangjian.testkit.internal.mutation.RecognitionMutators;
import org.dangjian.testkit.internal.mutation.StructureMutators;

/**
 * Injects exactly one {@link Defect} into a valid dataset, such as one made by {@link
 * DatasetGenerator}, and reports where. Each mutator is deterministic (it picks its record by a
 * fixed scan of the dataset), changes as little as possible, and adjusts the dependent data so that
 * no second rule breaks: a changed ID number stays unique, a moved date keeps the other time limits
 * and the step order, moved members keep every other branch valid (moving to sibling branches
 * first, so that general branches and committees keep their size) and leave the attendance of the
 * meetings of the organization they left (so that its voting counts stay within its full members).
 *
 * <pre>{@code
 * Mutation m = Mutators.apply(Defect.ONE_INTRODUCER, dataset, LocalDate.of(2024, 1, 31));
 * // validate m.dataset(), expect exactly DEV-008 at m.recordId()
 * }</pre>
 */
public final class Mutators {

  private static final int BRANCH_CAP = DatasetGenerator.BRANCH_SOFT_CAP;
  private static final int COMMITTEE_THRESHOLD = DatasetGenerator.COMMITTEE_THRESHOLD;

  private Mutators() {}

  /**
   * Injects {@code defect} into {@code valid}.
   *
   * @param defect the defect
   * @param valid a dataset valid on {@code asOf}
   * @param asOf the reference date of the dataset
   * @return the mutated dataset and the record carrying the defect
   * @throws UnsupportedOperationException for {@link Defect#WRONG_ID_CHECKSUM}, which a dataset
   *     cannot hold
   * @throws IllegalStateException when the dataset has no record the defect can be injected into
   */
  public static Mutation apply(Defect defect, Dataset valid, LocalDate asOf) {
    Objects.requireNonNull(defect, "defect");
    Objects.requireNonNull(valid, "valid");
    Objects.requireNonNull(asOf, "asOf");
    return switch (defect) {
      case WRONG_ID_CHECKSUM ->
          throw new UnsupportedOperationException(
              "a Dataset cannot hold a resident ID number with a wrong check character; use"
                  + " Mutators.corruptCheckCharacter on raw text instead");
      case APPLICANT_UNDER_18 -> applicantUnder18(valid);
      case ACTIVIST_PROMOTED_EARLY -> activistPromotedEarly(valid);
      case PROBATION_OVER_TWO_YEARS -> probationOverTwoYears(valid, asOf);
      case BRANCH_WITH_TWO_FULL_MEMBERS -> branchWithTwoFullMembers(valid);
      case MEMBER_ATTACHED_TO_COMMITTEE -> memberAttachedToCommittee(valid);
      case DUPLICATE_ID_NUMBER -> duplicateIdNumber(valid);
      case APPLICATION_TALK_LATE -> applicationTalkLate(valid);
      case ONE_INTRODUCER -> oneIntroducer(valid);
      case TRAINING_TOO_SHORT -> trainingTooShort(valid);
      case APPROVAL_AFTER_SIX_MONTHS -> approvalAfter(valid, 6, defect);
      case APPROVAL_AFTER_FOUR_MONTHS -> approvalAfter(valid, 4, defect);
      case WRONG_DUES_AMOUNT -> wrongDuesAmount(valid);
      case DANGLING_PARENT -> danglingParent(valid);
      case ID_GENDER_MISMATCH -> idGenderMismatch(valid);
      default -> added(defect, valid, asOf);
    };
  }

  /**
   * The text of {@code id} with its check character replaced by a wrong one, for tests of readers
   * and parsers ({@link Defect#WRONG_ID_CHECKSUM}); the result fails {@link
   * ResidentIdNumber#parse(String)} with a checksum mismatch and nothing else.
   */
  public static String corruptCheckCharacter(ResidentIdNumber id) {
    String value = id.value();
    String cycle = "0123456789X";
    char wrong = cycle.charAt((cycle.indexOf(value.charAt(17)) + 1) % cycle.length());
    return value.substring(0, 17) + wrong;
  }

  // ------------------------------------------------------------ mutators

  private static Mutation applicantUnder18(Dataset d) {
    Set<String> ids = idNumbers(d);
    Member m =
        findMember(
            d,
            x ->
                x.stage() == MemberStage.FULL
                    && salaried(x)
                    && x.idNumber().isPresent()
                    && x.development().applicationDate().isPresent()
                    && under18Birth(x.development().applicationDate().get()).isPresent(),
            Defect.APPLICANT_UNDER_18);
    LocalDate application = m.development().applicationDate().orElseThrow();
    LocalDate birth = under18Birth(application).orElseThrow();
    ResidentIdNumber id = uniqueId(ids, m.idNumber().orElseThrow(), birth, false);
    Member changed = ImmutableMember.copyOf(m).withBirthDate(birth).withIdNumber(id);
    return mutation(
        replace(d, changed),
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
        findMember(
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
            steps.add(shifted(s, delta));
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
    return mutation(
        replace(d, ImmutableMember.copyOf(m).withDevelopment(changed)),
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
        findMember(
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
                  && x.development().mentorIds().stream().allMatch(s -> fullOn(d, s, activist))
                  && x.development().introducerIds().stream().allMatch(s -> fullOn(d, s, target));
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
        steps.add(shifted(s, delta));
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
    return mutation(
        replace(d, changedMember),
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

  private static Mutation branchWithTwoFullMembers(Dataset d) {
    Map<String, int[]> counts = branchCounts(d);
    Organization target = null;
    for (boolean small : new boolean[] {true, false}) {
      for (Organization o : d.organizations()) {
        int[] c = counts.get(o.id());
        if (c == null || (small && c[0] >= COMMITTEE_THRESHOLD)) {
          continue;
        }
        if (target == null || c[0] < counts.get(target.id())[0]) {
          target = o;
        }
      }
      if (target != null) {
        break;
      }
    }
    if (target == null) {
      throw new IllegalStateException(
          "the dataset has no branch for " + Defect.BRANCH_WITH_TWO_FULL_MEMBERS);
    }
    String targetId = target.id();
    Optional<String> secretary =
        target.posts().stream()
            .filter(p -> p.post() == PostKind.SECRETARY)
            .map(PostHolding::memberId)
            .flatMap(Optional::stream)
            .findFirst();
    List<String> keep = new ArrayList<>();
    secretary.ifPresent(keep::add);
    for (Member m : d.membersOf(targetId)) {
      if (keep.size() < 2 && m.stage() == MemberStage.FULL && !keep.contains(m.id())) {
        keep.add(m.id());
      }
    }
    List<Organization> receivers = new ArrayList<>();
    for (boolean sibling : new boolean[] {true, false}) {
      for (Organization o : d.organizations()) {
        if (counts.containsKey(o.id())
            && !o.id().equals(targetId)
            && o.parentId().equals(target.parentId()) == sibling) {
          receivers.add(o);
        }
      }
    }
    Map<String, String> moves = new LinkedHashMap<>();
    int next = 0;
    for (Member m : d.membersOf(targetId)) {
      if (!m.stage().isPartyMember() || keep.contains(m.id())) {
        continue;
      }
      boolean full = m.stage() == MemberStage.FULL;
      boolean placed = false;
      for (int probe = 0; probe < receivers.size() && !placed; probe++) {
        Organization r = receivers.get((next + probe) % receivers.size());
        int[] c = counts.get(r.id());
        boolean fits = c[0] + c[1] < BRANCH_CAP;
        boolean keepsCommitteeSide =
            !full || c[0] >= COMMITTEE_THRESHOLD || c[0] + 1 < COMMITTEE_THRESHOLD;
        if (fits && keepsCommitteeSide) {
          moves.put(m.id(), r.id());
          c[full ? 0 : 1]++;
          next = (next + probe + 1) % receivers.size();
          placed = true;
        }
      }
      if (!placed) {
        throw new IllegalStateException(
            "no other branch can take member " + m.id() + " without breaking a rule");
      }
    }
    List<Member> members = new ArrayList<>(d.members().size());
    for (Member m : d.members()) {
      String to = moves.get(m.id());
      members.add(to == null ? m : ImmutableMember.copyOf(m).withOrganizationId(to));
    }
    List<PostHolding> posts = new ArrayList<>();
    for (PostHolding p : target.posts()) {
      if (p.post() == PostKind.SECRETARY) {
        posts.add(p);
      }
    }
    Organization changedTarget = ImmutableOrganization.copyOf(target).withPosts(posts);
    List<Organization> organizations = new ArrayList<>(d.organizations());
    organizations.set(organizations.indexOf(target), changedTarget);
    List<Member> leaving = new ArrayList<>();
    for (Member m : d.members()) {
      if (moves.containsKey(m.id())) {
        leaving.add(m);
      }
    }
    Dataset changed = rebuild(d, organizations, members, withoutAttendees(d, targetId, leaving));
    return mutation(
        changed,
        targetId,
        Defect.BRANCH_WITH_TWO_FULL_MEMBERS,
        "moved "
            + moves.size()
            + " members out of branch "
            + targetId
            + " so that it keeps the 2 full members "
            + keep
            + "; committee seats other than the secretary dropped; the moved members taken out of"
            + " the attendance of the branch's meetings");
  }

  private static Mutation memberAttachedToCommittee(Dataset d) {
    Map<String, int[]> counts = branchCounts(d);
    Set<String> holders = postHolders(d);
    Predicate<Member> hasCommittee =
        x -> !DatasetGenerator.nearestCommittee(d, x.organizationId()).equals(x.organizationId());
    Predicate<Member> directlyUnder =
        x ->
            d.organization(x.organizationId())
                .flatMap(Organization::parentId)
                .filter(p -> p.equals(DatasetGenerator.nearestCommittee(d, x.organizationId())))
                .isPresent();
    Predicate<Member> probationary =
        x -> x.stage() == MemberStage.PROBATIONARY && hasCommittee.test(x);
    Predicate<Member> spareFull =
        x -> {
          int[] c = counts.get(x.organizationId());
          return x.stage() == MemberStage.FULL
              && c != null
              && !holders.contains(x.id())
              && (c[0] > COMMITTEE_THRESHOLD || (c[0] > 3 && c[0] < COMMITTEE_THRESHOLD))
              && hasCommittee.test(x);
        };
    // A member of a branch directly under the committee first: the member moves within the
    // committee's subtree without leaving a general branch one member short (ORG-014).
    Member m = null;
    for (Predicate<Member> test :
        List.of(
            probationary.and(directlyUnder),
            spareFull.and(directlyUnder),
            probationary,
            spareFull)) {
      m = findMemberOrNull(d, test);
      if (m != null) {
        break;
      }
    }
    if (m == null) {
      throw new IllegalStateException(
          "the dataset has no member suitable for " + Defect.MEMBER_ATTACHED_TO_COMMITTEE);
    }
    String committee = DatasetGenerator.nearestCommittee(d, m.organizationId());
    Dataset moved = replace(d, ImmutableMember.copyOf(m).withOrganizationId(committee));
    return mutation(
        rebuild(
            moved,
            moved.organizations(),
            moved.members(),
            withoutAttendees(d, m.organizationId(), List.of(m))),
        m.id(),
        Defect.MEMBER_ATTACHED_TO_COMMITTEE,
        "member "
            + m.id()
            + " attached to party committee "
            + committee
            + " instead of a branch and taken out of the attendance of the branch's meetings");
  }

  private static Mutation duplicateIdNumber(Dataset d) {
    Member original =
        findMember(
            d,
            x -> x.stage().isPartyMember() && x.idNumber().isPresent(),
            Defect.DUPLICATE_ID_NUMBER);
    Member copy =
        findMember(
            d,
            x ->
                !x.id().equals(original.id())
                    && x.stage().isPartyMember()
                    && x.gender() == original.gender()
                    && x.dues().map(Dues::category).equals(original.dues().map(Dues::category))
                    && x.development()
                        .applicationDate()
                        .filter(a -> !original.birthDate().plusYears(18).isAfter(a))
                        .isPresent(),
            Defect.DUPLICATE_ID_NUMBER);
    Member changed =
        ImmutableMember.copyOf(copy)
            .withBirthDate(original.birthDate())
            .withIdNumber(original.idNumber().orElseThrow());
    return mutation(
        replace(d, changed),
        copy.id(),
        Defect.DUPLICATE_ID_NUMBER,
        "member "
            + copy.id()
            + " given the ID number "
            + original.idNumber().orElseThrow().masked()
            + " and birth date of member "
            + original.id());
  }

  private static Mutation applicationTalkLate(Dataset d) {
    Member m =
        findMember(
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
    Member changed = withStepDate(m, DevelopmentStep.APPLICATION_TALK, talk);
    return mutation(
        replace(d, changed),
        m.id(),
        Defect.APPLICATION_TALK_LATE,
        "application talk of " + m.id() + " moved to " + talk + ", one month and a day late");
  }

  private static LocalDate lateTalk(LocalDate application) {
    return application.plusMonths(1).plusDays(1);
  }

  private static Mutation oneIntroducer(Dataset d) {
    Member m =
        findMember(
            d,
            x -> x.stage().isPartyMember() && x.development().introducerIds().size() == 2,
            Defect.ONE_INTRODUCER);
    Development dev =
        ImmutableDevelopment.copyOf(m.development())
            .withIntroducerIds(m.development().introducerIds().get(0));
    return mutation(
        replace(d, ImmutableMember.copyOf(m).withDevelopment(dev)),
        m.id(),
        Defect.ONE_INTRODUCER,
        "second introducer of " + m.id() + " removed");
  }

  private static Mutation trainingTooShort(Dataset d) {
    Member m =
        findMember(
            d,
            x -> x.stage().isPartyMember() && x.development().training().isPresent(),
            Defect.TRAINING_TOO_SHORT);
    Development dev =
        ImmutableDevelopment.copyOf(m.development())
            .withTraining(
                ImmutableTraining.copyOf(m.development().training().orElseThrow())
                    .withDays(2)
                    .withClassHours(16));
    return mutation(
        replace(d, ImmutableMember.copyOf(m).withDevelopment(dev)),
        m.id(),
        Defect.TRAINING_TOO_SHORT,
        "concentrated training of " + m.id() + " cut to 2 days and 16 class hours");
  }

  /** The defects of the topic classes in {@code internal.mutation}. */
  private static Mutation added(Defect defect, Dataset d, LocalDate asOf) {
    Mutation m = MemberMutators.apply(defect, d, asOf);
    if (m == null) {
      m = OrganizationMutators.apply(defect, d, asOf);
    }
    if (m == null) {
      m = MeetingMutators.apply(defect, d, asOf);
    }
    if (m == null) {
      m = CommitteeMutators.apply(defect, d, asOf);
    }
    if (m == null) {
      m = DevelopmentMutators.apply(defect, d, asOf);
    }
    if (m == null) {
      m = StructureMutators.apply(defect, d, asOf);
    }
    if (m == null) {
      m = BulletinMutators.apply(defect, d, asOf);
    }
    if (m == null) {
      m = RecognitionMutators.apply(defect, d, asOf);
    }
    if (m == null) {
      throw new UnsupportedOperationException("no mutator for " + defect);
    }
    return m;
  }

  private static Mutation approvalAfter(Dataset d, int months, Defect defect) {
    Set<DevelopmentStep> moved =
        EnumSet.of(
            DevelopmentStep.ADMISSION_APPROVAL,
            DevelopmentStep.ADMISSION_FILING,
            DevelopmentStep.GROUP_ASSIGNMENT,
            DevelopmentStep.OATH);
    Member m =
        findMember(
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
      steps.add(moved.contains(s.step()) ? shifted(s, delta) : s);
    }
    LocalDate approval = dev.admissionDate().orElseThrow().plusMonths(months).plusDays(1);
    return mutation(
        replace(
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

  private static Mutation wrongDuesAmount(Dataset d) {
    Member m =
        findMember(
            d,
            x ->
                x.stage().isPartyMember()
                    && salaried(x)
                    && x.dues().get().monthlyBase().isPresent()
                    && !x.dues().get().payments().isEmpty(),
            Defect.WRONG_DUES_AMOUNT);
    Dues dues = m.dues().orElseThrow();
    BigDecimal expected = DuesRates.defaults().expected(dues).orElseThrow();
    BigDecimal wrong = expected.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
    List<DuesPayment> payments = new ArrayList<>(dues.payments());
    int last = payments.size() - 1;
    DuesPayment changed = ImmutableDuesPayment.copyOf(payments.get(last)).withAmount(wrong);
    payments.set(last, changed);
    return mutation(
        replace(
            d,
            ImmutableMember.copyOf(m).withDues(ImmutableDues.copyOf(dues).withPayments(payments))),
        m.id(),
        Defect.WRONG_DUES_AMOUNT,
        "dues of "
            + m.id()
            + " for "
            + changed.month()
            + " set to "
            + wrong.toPlainString()
            + " instead of "
            + expected.toPlainString());
  }

  private static Mutation danglingParent(Dataset d) {
    List<Organization> branches =
        d.organizations().stream()
            .filter(o -> o.kind() == OrganizationKind.BRANCH && o.parentId().isPresent())
            .toList();
    if (branches.isEmpty()) {
      throw new IllegalStateException("the dataset has no branch for " + Defect.DANGLING_PARENT);
    }
    Organization branch = branches.get(branches.size() / 2);
    int n = d.organizations().size() + 1;
    String missing = String.format(Locale.ROOT, "org-%04d", n);
    while (d.organization(missing).isPresent()) {
      missing = String.format(Locale.ROOT, "org-%04d", ++n);
    }
    List<Organization> organizations = new ArrayList<>(d.organizations());
    organizations.set(
        organizations.indexOf(branch), ImmutableOrganization.copyOf(branch).withParentId(missing));
    return mutation(
        rebuild(d, organizations, d.members()),
        branch.id(),
        Defect.DANGLING_PARENT,
        "parent of branch " + branch.id() + " set to the missing organization " + missing);
  }

  private static Mutation idGenderMismatch(Dataset d) {
    Set<String> ids = idNumbers(d);
    Member m =
        findMember(
            d,
            x -> x.stage().isPartyMember() && x.idNumber().isPresent(),
            Defect.ID_GENDER_MISMATCH);
    ResidentIdNumber id = uniqueId(ids, m.idNumber().orElseThrow(), m.birthDate(), true);
    return mutation(
        replace(d, ImmutableMember.copyOf(m).withIdNumber(id)),
        m.id(),
        Defect.ID_GENDER_MISMATCH,
        "ID number of " + m.id() + " re-issued as " + id.masked() + " with the other gender digit");
  }

  // ------------------------------------------------------------- helpers

  private static Mutation mutation(Dataset d, String id, Defect defect, String description) {
    return new Mutation(d, id, defect, description);
  }

  /** The first member matching, scanning from a third of the list so as to avoid edge records. */
  private static Member findMember(Dataset d, Predicate<Member> test, Defect defect) {
    Member m = findMemberOrNull(d, test);
    if (m == null) {
      throw new IllegalStateException("the dataset has no member suitable for " + defect);
    }
    return m;
  }

  /** The first member matching as {@link #findMember} scans, or null. */
  private static Member findMemberOrNull(Dataset d, Predicate<Member> test) {
    List<Member> members = d.members();
    int n = members.size();
    int start = n / 3;
    for (int i = 0; i < n; i++) {
      Member m = members.get((start + i) % n);
      if (test.test(m)) {
        return m;
      }
    }
    return null;
  }

  /** True when member {@code id} of {@code d} was a full member on {@code date}. */
  private static boolean fullOn(Dataset d, String id, LocalDate date) {
    return d.member(id).flatMap(s -> s.stageOn(date)).filter(MemberStage.FULL::equals).isPresent();
  }

  private static boolean salaried(Member m) {
    return m.dues().filter(x -> x.category() == PayerCategory.SALARIED).isPresent();
  }

  private static Dataset replace(Dataset d, Member changed) {
    List<Member> members = new ArrayList<>(d.members());
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i).id().equals(changed.id())) {
        members.set(i, changed);
        return rebuild(d, d.organizations(), members);
      }
    }
    throw new IllegalArgumentException("no member " + changed.id());
  }

  private static Dataset rebuild(
      Dataset d, List<Organization> organizations, List<Member> members) {
    return rebuild(d, organizations, members, d.activities());
  }

  private static Dataset rebuild(
      Dataset d,
      List<Organization> organizations,
      List<Member> members,
      List<Activity> activities) {
    return Dataset.builder()
        .addAllOrganizations(organizations)
        .addAllMembers(members)
        .addAllActivities(activities)
        .addAllPairings(d.pairings())
        .build();
  }

  /**
   * The activities of {@code d} with {@code leaving} taken out of the attendance of the meetings of
   * organization {@code orgId}, committee meetings aside (their due count is the committee): a
   * member moved to another organization without a transfer was never in this one, so it is neither
   * due, present nor absent at its meetings, and the full members due to vote (CONST-005) stay
   * within the organization's full members. A general or election meeting that would lose its
   * quorum of voting members (LIFE-003, ELEC-005) gets absent full members back as present.
   * Unchanged activities are the same objects.
   */
  private static List<Activity> withoutAttendees(
      Dataset d, String orgId, Collection<Member> leaving) {
    List<Activity> out = new ArrayList<>(d.activities().size());
    for (Activity a : d.activities()) {
      boolean affected =
          a.organizationId().equals(orgId)
              && a.attendance().isPresent()
              && a.kind() != ActivityKind.COMMITTEE_MEETING;
      out.add(affected ? withoutAttendees(d, a, leaving) : a);
    }
    return out;
  }

  private static Activity withoutAttendees(Dataset d, Activity a, Collection<Member> leaving) {
    Attendance att = a.attendance().orElseThrow();
    LocalDate date = a.date();
    int due = att.due();
    int present = att.present();
    int votingDue = att.votingDue();
    int votingPresent = att.votingPresent();
    List<Absence> absences = new ArrayList<>(att.absences());
    boolean changed = false;
    for (Member m : leaving) {
      Optional<MemberStage> stage = m.stageOn(date);
      if (stage.isEmpty() || !stage.get().isPartyMember()) {
        continue;
      }
      changed = true;
      boolean full = stage.get() == MemberStage.FULL;
      int absent = absenceOf(absences, m.id());
      due--;
      votingDue -= full ? 1 : 0;
      if (absent >= 0) {
        absences.remove(absent);
      } else {
        present--;
        votingPresent -= full ? 1 : 0;
      }
    }
    if (!changed) {
      return a;
    }
    while (lacksQuorum(a.kind(), votingDue, votingPresent)) {
      int back = -1;
      for (int k = 0; k < absences.size() && back < 0; k++) {
        Optional<Member> m = absences.get(k).memberId().flatMap(d::member);
        if (m.isPresent() && m.get().stageOn(date).filter(MemberStage.FULL::equals).isPresent()) {
          back = k;
        }
      }
      if (back < 0) {
        break;
      }
      absences.remove(back);
      present++;
      votingPresent++;
    }
    Attendance changedAttendance =
        ImmutableAttendance.copyOf(att)
            .withDue(due)
            .withPresent(present)
            .withVotingDue(votingDue)
            .withVotingPresent(votingPresent)
            .withAbsences(absences);
    return ImmutableActivity.copyOf(a).withAttendance(changedAttendance);
  }

  private static int absenceOf(List<Absence> absences, String memberId) {
    for (int k = 0; k < absences.size(); k++) {
      if (absences.get(k).memberId().filter(memberId::equals).isPresent()) {
        return k;
      }
    }
    return -1;
  }

  private static boolean lacksQuorum(ActivityKind kind, int votingDue, int votingPresent) {
    if (votingDue <= 0) {
      return false;
    }
    return switch (kind) {
      case GENERAL_MEETING -> (long) votingPresent * 2 <= votingDue;
      case ELECTION -> (long) votingPresent * 5 <= (long) votingDue * 4;
      default -> false;
    };
  }

  private static StepRecord shifted(StepRecord s, long days) {
    return ImmutableStepRecord.copyOf(s).withDate(s.date().plusDays(days));
  }

  private static Member withStepDate(Member m, DevelopmentStep step, LocalDate date) {
    List<StepRecord> steps = new ArrayList<>();
    for (StepRecord s : m.development().steps()) {
      steps.add(s.step() == step ? ImmutableStepRecord.copyOf(s).withDate(date) : s);
    }
    return ImmutableMember.copyOf(m)
        .withDevelopment(ImmutableDevelopment.copyOf(m.development()).withSteps(steps));
  }

  private static Set<String> idNumbers(Dataset d) {
    Set<String> ids = new HashSet<>();
    for (Member m : d.members()) {
      m.idNumber().ifPresent(id -> ids.add(id.value()));
    }
    return ids;
  }

  /**
   * A number with the region of {@code like}, the given birth date and a sequence of the same
   * gender as {@code like} (or the other one when {@code flipGender}), not in {@code used}.
   */
  private static ResidentIdNumber uniqueId(
      Set<String> used, ResidentIdNumber like, LocalDate birth, boolean flipGender) {
    int sequence = Integer.parseInt(like.value().substring(14, 17));
    if (flipGender) {
      sequence ^= 1;
    }
    for (int attempt = 0; attempt < 500; attempt++) {
      ResidentIdNumber id = ResidentIdNumber.of(like.regionCode(), birth, sequence);
      if (!used.contains(id.value())) {
        return id;
      }
      sequence = (sequence + 2) % 1000;
    }
    throw new IllegalStateException("no free sequence number for the region and birth date");
  }

  /** Full and probationary counts by branch id, for branch-level organizations only. */
  private static Map<String, int[]> branchCounts(Dataset d) {
    Map<String, int[]> counts = new HashMap<>();
    for (Organization o : d.organizations()) {
      if (o.kind().isBranchLevel()) {
        counts.put(o.id(), new int[2]);
      }
    }
    for (Member m : d.members()) {
      int[] c = counts.get(m.organizationId());
      if (c != null && m.stage() == MemberStage.FULL) {
        c[0]++;
      } else if (c != null && m.stage() == MemberStage.PROBATIONARY) {
        c[1]++;
      }
    }
    return counts;
  }

  private static Set<String> postHolders(Dataset d) {
    Set<String> holders = new HashSet<>();
    for (Organization o : d.organizations()) {
      for (PostHolding p : o.posts()) {
        p.memberId().ifPresent(holders::add);
      }
    }
    return holders;
  }
}
