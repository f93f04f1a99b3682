package org.dangjian.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import org.dangjian.core.activity.Absence;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityKind;
import org.dangjian.core.activity.Attendance;
import org.dangjian.core.activity.ImmutableActivity;
import org.dangjian.core.activity.ImmutableAttendance;
import org.dangjian.core.code.Education;
import org.dangjian.core.code.Ethnicity;
import org.dangjian.core.code.Gender;
import org.dangjian.core.code.Occupation;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.id.MobileNumber;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.id.SocialCreditCode;
import org.dangjian.core.member.Development;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.Dues;
import org.dangjian.core.member.DuesPayment;
import org.dangjian.core.member.DuesRates;
import org.dangjian.core.member.ImmutableDevelopment;
import org.dangjian.core.member.ImmutableDues;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.member.PayerCategory;
import org.dangjian.core.member.PoliticalReview;
import org.dangjian.core.member.StepRecord;
import org.dangjian.core.member.Training;
import org.dangjian.core.organization.Committee;
import org.dangjian.core.organization.HostUnit;
import org.dangjian.core.organization.ImmutableHostUnit;
import org.dangjian.core.organization.ImmutableOrganization;
import org.dangjian.core.organization.ImmutablePostHolding;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.Ownership;
import org.dangjian.core.organization.PostHolding;
import org.dangjian.core.organization.PostKind;
import org.dangjian.core.recognition.Honor;
import org.dangjian.core.recognition.HonorLevel;
import org.dangjian.core.recognition.Rating;
import org.dangjian.core.recognition.StarLevel;

/**
 * Generates a realistic {@link Dataset} of an enterprise group from {@link GeneratorSettings}: a
 * root group committee over segment committees, general branches and branches with Chinese names,
 * host unit, founding dates, committee terms and post holders; Party members attached to branches
 * only, each with person data, a unique valid resident ID number and mobile number, a complete
 * development record obeying the timing rules of RULES.md §1 and §3 (2014 edition), and a year of
 * dues payments at the standard rates; optionally people in the development pipeline and a year of
 * organizational-life activities. The result is deterministic (the same settings give an equal
 * dataset) and valid by construction on {@link GeneratorSettings#asOf()}; generation is linear in
 * the number of members apart from per-branch sorting.
 *
 * <pre>{@code
 * Dataset d = DatasetGenerator.generate(GeneratorSettings.builder().seed(62).build());
 * }</pre>
 */
public final class DatasetGenerator {

  /** Branches hold at most this many members when the settings allow it (ORG-002). */
  static final int BRANCH_SOFT_CAP = 50;

  /** A branch with at least this many full members has a committee (ORG-007). */
  static final int COMMITTEE_THRESHOLD = 7;

  private DatasetGenerator() {}

  /**
   * Generates a dataset.
   *
   * @param settings the settings
   * @return a dataset valid on {@code settings.asOf()}
   */
  public static Dataset generate(GeneratorSettings settings) {
    Objects.requireNonNull(settings, "settings");
    return new Run(settings).generate();
  }

  /** The nearest PARTY_COMMITTEE at or above {@code orgId}, or {@code orgId} itself if none. */
  static String nearestCommittee(Dataset dataset, String orgId) {
    String current = orgId;
    for (int guard = 0; guard < 1000 && current != null; guard++) {
      Organization org = dataset.organization(current).orElse(null);
      if (org == null) {
        return orgId;
      }
      if (org.kind() == OrganizationKind.PARTY_COMMITTEE) {
        return org.id();
      }
      current = org.parentId().orElse(null);
    }
    return orgId;
  }

  /** An organization being generated. */
  private static final class OrgNode {
    final int index;
    final String id;
    final OrganizationKind kind;
    final int parent;
    String name;
    String label;
    String company;
    int committee;
    LocalDate founded;
    final List<Integer> children = new ArrayList<>();
    final List<Person> people = new ArrayList<>();
    final List<Person> pipeline = new ArrayList<>();
    int fullCount;
    int probationaryCount;
    int seats;

    OrgNode(int index, OrganizationKind kind, int parent) {
      this.index = index;
      this.id = String.format(Locale.ROOT, "org-%04d", index + 1);
      this.kind = kind;
      this.parent = parent;
    }
  }

  /** A person being generated, with the dates of the development steps. */
  private static final class Person {
    final MemberStage stage;
    final boolean veteran;
    final int order;
    String id;
    String name;
    Gender gender;
    LocalDate birth;
    LocalDate application;
    LocalDate talk;
    LocalDate activist;
    LocalDate activistFiling;
    LocalDate mentorAssignment;
    final List<LocalDate> assessments = new ArrayList<>();
    LocalDate target;
    LocalDate targetFiling;
    LocalDate introducerAssignment;
    LocalDate review;
    LocalDate training;
    int trainingDays;
    int trainingHours;
    LocalDate branchReview;
    LocalDate preReview;
    LocalDate form;
    LocalDate admission;
    LocalDate approvalTalk;
    LocalDate approval;
    LocalDate admissionFiling;
    LocalDate groupAssignment;
    LocalDate oath;
    LocalDate probationAssessment;
    LocalDate conversionApplication;
    LocalDate conversionMeeting;
    LocalDate conversionApproval;
    LocalDate archiving;
    List<String> mentors = List.of();
    List<String> introducers = List.of();

    Person(MemberStage stage, boolean veteran, int order) {
      this.stage = stage;
      this.veteran = veteran;
      this.order = order;
    }

    /** The first day the person counts as full member, or null. */
    LocalDate fullFrom() {
      return conversionApproval;
    }
  }

  private static final class Run {
    private final GeneratorSettings settings;
    private final LocalDate asOf;
    private final SplittableRandom random;
    private final DuesRates rates = DuesRates.standard();
    private final Set<String> usedIdNumbers = new HashSet<>();
    private final Set<String> usedPhones = new HashSet<>();
    private final List<OrgNode> orgs = new ArrayList<>();
    private final List<Integer> branchIndexes = new ArrayList<>();
    private String groupName;
    private int memberCounter;
    private int activityCounter;

    Run(GeneratorSettings settings) {
      this.settings = settings;
      this.asOf = settings.asOf();
      this.random = new SplittableRandom(settings.seed());
    }

    Dataset generate() {
      buildTree();
      distributeMembers();
      List<Member> members = new ArrayList<>(settings.members() + settings.pipeline());
      for (int b : branchIndexes) {
        planBranch(orgs.get(b));
      }
      addPipeline();
      for (int b : branchIndexes) {
        OrgNode branch = orgs.get(b);
        for (Person p : branch.people) {
          members.add(toMember(branch, p));
        }
      }
      for (int b : branchIndexes) {
        OrgNode branch = orgs.get(b);
        for (Person p : branch.pipeline) {
          members.add(toMember(branch, p));
        }
      }
      List<Organization> organizations = new ArrayList<>(orgs.size());
      for (OrgNode node : orgs) {
        organizations.add(toOrganization(node));
      }
      List<Activity> activities = new ArrayList<>();
      if (settings.activities()) {
        for (int b : branchIndexes) {
          addActivities(orgs.get(b), activities);
        }
      }
      return Dataset.builder()
          .addAllOrganizations(organizations)
          .addAllMembers(members)
          .addAllActivities(activities)
          .build();
    }

    // ---------------------------------------------------------------- tree

    private void buildTree() {
      groupName = Names.pick(random, Names.GROUPS);
      OrgNode root = new OrgNode(0, OrganizationKind.PARTY_COMMITTEE, -1);
      root.name = "中共" + groupName + "集团委员会";
      root.label = "集团机关";
      root.company = groupName + "集团有限公司";
      root.committee = 0;
      root.founded = randomDate(asOf.minusYears(26), asOf.minusYears(20));
      orgs.add(root);
      List<Integer> segments = new ArrayList<>();
      for (int c = 1; c < settings.committees(); c++) {
        OrgNode seg = add(OrganizationKind.PARTY_COMMITTEE, 0);
        String segment = Names.cycled(Names.SEGMENTS, c - 1);
        seg.name = "中共" + groupName + "集团" + segment + "板块委员会";
        seg.label = segment + "板块";
        seg.company = groupName + segment + "有限公司";
        seg.committee = seg.index;
        seg.founded = randomDate(root.founded.plusDays(30), root.founded.plusYears(4));
        segments.add(seg.index);
      }
      List<Integer> generalBranches = new ArrayList<>();
      for (int g = 0; g < settings.generalBranches(); g++) {
        int parent = segments.isEmpty() ? 0 : segments.get(g % segments.size());
        OrgNode gb = add(OrganizationKind.GENERAL_BRANCH, parent);
        OrgNode p = orgs.get(parent);
        String dept = Names.cycled(Names.DEPARTMENTS, p.children.size() - 1);
        gb.label = p.label + dept;
        gb.name = gb.label + "党总支";
        gb.company = p.company;
        gb.committee = p.committee;
        gb.founded = childFounded(p);
        generalBranches.add(gb.index);
      }
      List<Integer> hosts = new ArrayList<>();
      hosts.add(0);
      hosts.addAll(segments);
      hosts.addAll(generalBranches);
      for (int b = 0; b < settings.branches(); b++) {
        int parent = hosts.get(b % hosts.size());
        OrgNode p = orgs.get(parent);
        OrgNode br = add(OrganizationKind.BRANCH, parent);
        int number =
            (int)
                p.children.stream()
                    .filter(i -> orgs.get(i).kind == OrganizationKind.BRANCH)
                    .count();
        br.label = p.label + "第" + Names.numeral(number) + "党支部";
        br.name = br.label;
        br.company = p.company;
        br.committee = p.committee;
        br.founded = childFounded(p);
        branchIndexes.add(br.index);
      }
    }

    private OrgNode add(OrganizationKind kind, int parent) {
      OrgNode node = new OrgNode(orgs.size(), kind, parent);
      orgs.add(node);
      orgs.get(parent).children.add(node.index);
      return node;
    }

    private LocalDate childFounded(OrgNode parent) {
      LocalDate latest = asOf.minusYears(6).minusDays(1);
      LocalDate earliest = parent.founded.plusDays(1);
      if (!earliest.isBefore(latest)) {
        return earliest;
      }
      return randomDate(
          earliest, earliest.plusYears(6).isBefore(latest) ? earliest.plusYears(6) : latest);
    }

    // ------------------------------------------------------------- members

    private void distributeMembers() {
      int branches = branchIndexes.size();
      int cap = Math.max(BRANCH_SOFT_CAP, (settings.members() + branches - 1) / branches);
      double[] cumulative = new double[branches];
      double sum = 0;
      for (int i = 0; i < branches; i++) {
        sum += 0.2 + random.nextDouble() * 1.8;
        cumulative[i] = sum;
      }
      for (int b : branchIndexes) {
        orgs.get(b).fullCount = GeneratorSettings.MIN_FULL_MEMBERS_PER_BRANCH;
      }
      int restFull =
          settings.fullMembers() - GeneratorSettings.MIN_FULL_MEMBERS_PER_BRANCH * branches;
      for (int i = 0; i < restFull + settings.probationary(); i++) {
        double x = random.nextDouble() * sum;
        int at = Arrays.binarySearch(cumulative, x);
        int slot = at >= 0 ? at : Math.min(-at - 1, branches - 1);
        for (int probe = 0; probe < branches; probe++) {
          OrgNode node = orgs.get(branchIndexes.get((slot + probe) % branches));
          if (node.fullCount + node.probationaryCount < cap) {
            if (i < restFull) {
              node.fullCount++;
            } else {
              node.probationaryCount++;
            }
            break;
          }
        }
      }
    }

    private void planBranch(OrgNode branch) {
      int veterans = Math.min(5, branch.fullCount);
      int order = 0;
      for (int i = 0; i < branch.fullCount; i++) {
        Person p = new Person(MemberStage.FULL, i < veterans, order++);
        planAdmitted(p);
        branch.people.add(p);
      }
      for (int i = 0; i < branch.probationaryCount; i++) {
        Person p = new Person(MemberStage.PROBATIONARY, false, order++);
        planAdmitted(p);
        branch.people.add(p);
      }
      branch.people.sort(
          Comparator.comparing((Person p) -> p.admission).thenComparingInt(p -> p.order));
      for (Person p : branch.people) {
        p.id = String.format(Locale.ROOT, "mem-%06d", ++memberCounter);
        p.name = Names.personName(random, p.gender);
      }
      branch.seats = branch.fullCount >= COMMITTEE_THRESHOLD ? 3 + random.nextInt(3) : 1;
      List<Person> fullByDate = fullMembersByDate(branch);
      for (Person p : branch.people) {
        assignSponsors(p, fullByDate);
      }
    }

    private static List<Person> fullMembersByDate(OrgNode branch) {
      List<Person> full = new ArrayList<>();
      for (Person p : branch.people) {
        if (p.stage == MemberStage.FULL) {
          full.add(p);
        }
      }
      full.sort(Comparator.comparing(Person::fullFrom).thenComparing(p -> p.id));
      return full;
    }

    /** Mentors full on the activist date, introducers full on the target date, when possible. */
    private void assignSponsors(Person p, List<Person> fullByDate) {
      int forMentor = countFullOn(fullByDate, p.activist);
      int forIntroducer = countFullOn(fullByDate, p.target);
      List<String> mentors = new ArrayList<>();
      int wanted = 1 + random.nextInt(2);
      if (forMentor >= 1) {
        for (int idx : distinct(forMentor, Math.min(wanted, forMentor))) {
          mentors.add(fullByDate.get(idx).id);
        }
      }
      List<String> introducers = new ArrayList<>(mentors);
      if (forIntroducer >= 2) {
        while (introducers.size() < 2) {
          String id = fullByDate.get(random.nextInt(forIntroducer)).id;
          if (!introducers.contains(id)) {
            introducers.add(id);
          }
        }
      } else {
        for (Person other : fullByDate) {
          if (introducers.size() == 2) {
            break;
          }
          if (other != p && !introducers.contains(other.id)) {
            introducers.add(other.id);
          }
        }
      }
      if (mentors.isEmpty()) {
        mentors.add(introducers.get(0));
      }
      p.mentors = List.copyOf(mentors);
      p.introducers = List.copyOf(introducers.subList(0, 2));
    }

    /**
     * How many of the date-sorted full members were full on {@code date}; a person is never among
     * the full members on its own activist or target date.
     */
    private static int countFullOn(List<Person> fullByDate, LocalDate date) {
      int lo = 0;
      int hi = fullByDate.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (!fullByDate.get(mid).fullFrom().isAfter(date)) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    private int[] distinct(int bound, int count) {
      int[] out = new int[count];
      int n = 0;
      while (n < count) {
        int candidate = random.nextInt(bound);
        boolean seen = false;
        for (int i = 0; i < n; i++) {
          seen |= out[i] == candidate;
        }
        if (!seen) {
          out[n++] = candidate;
        }
      }
      return out;
    }

    /** Plans a full or probationary member, backwards from the admission meeting. */
    private void planAdmitted(Person p) {
      p.gender = random.nextInt(100) < 30 ? Gender.FEMALE : Gender.MALE;
      int ageYears;
      if (p.stage == MemberStage.PROBATIONARY) {
        p.admission = randomDate(asOf.minusYears(1).plusDays(1), asOf.minusDays(100));
        ageYears = 21 + random.nextInt(18);
      } else if (p.veteran) {
        p.admission = randomDate(asOf.minusYears(30), asOf.minusYears(8));
        ageYears = 24 + random.nextInt(17);
      } else if (random.nextInt(100) < 6) {
        LocalDate birth = randomDate(LocalDate.of(1950, 1, 1), LocalDate.of(1969, 12, 31));
        LocalDate admitted = birth.plusYears(22 + random.nextInt(14)).plusDays(random.nextInt(365));
        LocalDate latest = asOf.minusMonths(16);
        p.admission = admitted.isAfter(latest) ? latest.minusDays(random.nextInt(400)) : admitted;
        ageYears = -1;
        p.birth = birth;
      } else {
        p.admission = randomDate(asOf.minusYears(25), asOf.minusMonths(16));
        ageYears = 22 + random.nextInt(19);
      }
      LocalDate a = p.admission;
      p.form = a.minusDays(3 + random.nextInt(18));
      p.preReview = p.form.minusDays(1 + random.nextInt(7));
      p.branchReview = p.preReview.minusDays(3 + random.nextInt(13));
      p.training = p.branchReview.minusDays(3 + random.nextInt(13));
      p.trainingDays = 3 + random.nextInt(3);
      p.trainingHours = 24 + random.nextInt(17);
      p.review = p.training.minusDays(1 + random.nextInt(10));
      p.introducerAssignment = p.review.minusDays(5 + random.nextInt(11));
      p.targetFiling = p.introducerAssignment.minusDays(random.nextInt(11));
      p.target = p.targetFiling.minusDays(1 + random.nextInt(10) + random.nextInt(61));
      planActivistPhase(p, p.target.minusYears(1).minusDays(random.nextInt(301)));
      if (p.birth == null) {
        p.birth = a.minusYears(ageYears).minusDays(random.nextInt(365));
      }
      ensureAdultApplicant(p);
      p.approvalTalk = a.plusDays(3 + random.nextInt(18));
      p.approval = p.approvalTalk.plusDays(1 + random.nextInt(20));
      p.admissionFiling = p.approval.plusDays(1 + random.nextInt(15));
      p.groupAssignment = p.admissionFiling.plusDays(random.nextInt(8));
      p.oath = p.groupAssignment.plusDays(random.nextInt(21));
      LocalDate assessment = a.plusMonths(9);
      p.probationAssessment = assessment.isAfter(asOf) ? null : assessment;
      if (p.stage == MemberStage.FULL) {
        LocalDate end = a.plusYears(1);
        p.conversionApplication = end.minusDays(10 + random.nextInt(21));
        p.conversionMeeting = end.plusDays(random.nextInt(21));
        p.conversionApproval = p.conversionMeeting.plusDays(1 + random.nextInt(40));
        p.archiving = p.conversionApproval.plusDays(5 + random.nextInt(26));
      }
    }

    /** Plans application and activist steps for an activist designated on {@code activist}. */
    private void planActivistPhase(Person p, LocalDate activist) {
      p.activist = activist;
      p.activistFiling = activist.plusDays(1 + random.nextInt(10));
      p.mentorAssignment = p.activistFiling.plusDays(random.nextInt(11));
      p.application = activist.minusDays(30 + random.nextInt(336));
      p.talk = p.application.plusDays(3 + random.nextInt(23));
      LocalDate end = p.target != null ? p.target : asOf;
      for (LocalDate next = activist.plusMonths(6); !next.isAfter(end); next = next.plusMonths(6)) {
        p.assessments.add(next);
      }
    }

    private void ensureAdultApplicant(Person p) {
      if (p.birth.plusYears(18).isAfter(p.application)) {
        p.birth = p.application.minusYears(18).minusDays(1 + random.nextInt(700));
      }
    }

    private void addPipeline() {
      int total = settings.pipeline();
      int branches = branchIndexes.size();
      for (int i = 0; i < total; i++) {
        MemberStage stage =
            i < settings.applicants()
                ? MemberStage.APPLICANT
                : i < settings.applicants() + settings.activists()
                    ? MemberStage.ACTIVIST
                    : MemberStage.DEVELOPMENT_TARGET;
        OrgNode branch = orgs.get(branchIndexes.get(i % branches));
        Person p = new Person(stage, false, i);
        p.gender = random.nextInt(100) < 40 ? Gender.FEMALE : Gender.MALE;
        switch (stage) {
          case APPLICANT -> {
            p.application = randomDate(asOf.minusDays(200), asOf.minusDays(40));
            p.talk = p.application.plusDays(3 + random.nextInt(23));
          }
          case ACTIVIST ->
              planActivistPhase(p, randomDate(asOf.minusDays(330), asOf.minusDays(30)));
          default -> {
            p.target = randomDate(asOf.minusDays(80), asOf.minusDays(25));
            p.targetFiling = p.target.plusDays(1 + random.nextInt(10));
            p.introducerAssignment = p.targetFiling.plusDays(random.nextInt(11));
            planActivistPhase(p, p.target.minusYears(1).minusDays(random.nextInt(301)));
          }
        }
        p.birth = p.application.minusYears(19 + random.nextInt(15)).minusDays(random.nextInt(365));
        ensureAdultApplicant(p);
        p.id = String.format(Locale.ROOT, "mem-%06d", ++memberCounter);
        p.name = Names.personName(random, p.gender);
        List<Person> fullByDate = fullMembersByDate(branch);
        if (stage != MemberStage.APPLICANT) {
          LocalDate target = p.target;
          if (target == null) {
            p.target = asOf;
          }
          assignSponsors(p, fullByDate);
          p.target = target;
          if (stage == MemberStage.ACTIVIST) {
            p.introducers = List.of();
          }
        }
        branch.pipeline.add(p);
      }
    }

    private Member toMember(OrgNode branch, Person p) {
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
              .employer(orgs.get(branch.committee).company)
              .jobTitle(jobTitle)
              .occupation(occupation)
              .stage(p.stage)
              .organizationId(branch.id)
              .development(development(branch, p));
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

    private Development development(OrgNode branch, Person p) {
      String branchId = branch.id;
      String committeeId = orgs.get(branch.committee).id;
      ImmutableDevelopment.Builder d = Development.builder();
      step(d, DevelopmentStep.APPLICATION, p.application, branchId);
      step(d, DevelopmentStep.APPLICATION_TALK, p.talk, branchId);
      step(d, DevelopmentStep.ACTIVIST_DESIGNATION, p.activist, branchId);
      step(d, DevelopmentStep.ACTIVIST_FILING, p.activistFiling, committeeId);
      step(d, DevelopmentStep.MENTOR_ASSIGNMENT, p.mentorAssignment, branchId);
      if (!p.assessments.isEmpty()) {
        step(
            d,
            DevelopmentStep.ACTIVIST_ASSESSMENT,
            p.assessments.get(p.assessments.size() - 1),
            branchId);
      }
      step(d, DevelopmentStep.TARGET_DESIGNATION, p.target, branchId);
      step(d, DevelopmentStep.TARGET_FILING, p.targetFiling, committeeId);
      step(d, DevelopmentStep.INTRODUCER_ASSIGNMENT, p.introducerAssignment, branchId);
      step(d, DevelopmentStep.POLITICAL_REVIEW, p.review, committeeId);
      step(d, DevelopmentStep.CONCENTRATED_TRAINING, p.training, committeeId);
      step(d, DevelopmentStep.BRANCH_COMMITTEE_REVIEW, p.branchReview, branchId);
      step(d, DevelopmentStep.PRE_REVIEW, p.preReview, committeeId);
      step(d, DevelopmentStep.APPLICATION_FORM, p.form, branchId);
      step(d, DevelopmentStep.ADMISSION_MEETING, p.admission, branchId);
      step(d, DevelopmentStep.APPROVAL_TALK, p.approvalTalk, committeeId);
      step(d, DevelopmentStep.ADMISSION_APPROVAL, p.approval, committeeId);
      step(d, DevelopmentStep.ADMISSION_FILING, p.admissionFiling, "上级党委组织部");
      step(d, DevelopmentStep.GROUP_ASSIGNMENT, p.groupAssignment, branchId);
      step(d, DevelopmentStep.OATH, p.oath, branchId);
      step(d, DevelopmentStep.PROBATION_ASSESSMENT, p.probationAssessment, branchId);
      step(d, DevelopmentStep.CONVERSION_APPLICATION, p.conversionApplication, branchId);
      step(d, DevelopmentStep.CONVERSION_MEETING, p.conversionMeeting, branchId);
      step(d, DevelopmentStep.CONVERSION_APPROVAL, p.conversionApproval, committeeId);
      step(d, DevelopmentStep.ARCHIVING, p.archiving, committeeId);
      d.addAllMentorIds(p.mentors);
      d.addAllIntroducerIds(p.introducers);
      d.addAllAssessments(p.assessments);
      if (p.review != null) {
        d.politicalReview(PoliticalReview.of(p.review, true));
      }
      if (p.training != null) {
        d.training(
            Training.builder()
                .days(p.trainingDays)
                .classHours(p.trainingHours)
                .completedOn(p.training)
                .organizedBy(committeeId)
                .build());
      }
      return d.build();
    }

    private static void step(
        ImmutableDevelopment.Builder d, DevelopmentStep step, LocalDate date, String body) {
      if (date != null) {
        d.addStep(StepRecord.of(step, date, body));
      }
    }

    // ------------------------------------------------------- organizations

    private Organization toOrganization(OrgNode node) {
      ImmutableOrganization.Builder b =
          Organization.builder()
              .id(node.id)
              .name(node.name)
              .kind(node.kind)
              .foundedOn(node.founded);
      if (node.parent >= 0) {
        b.parentId(orgs.get(node.parent).id);
      }
      if (node.index == 0 || node.index == node.committee) {
        ImmutableHostUnit.Builder unit =
            HostUnit.builder()
                .name(node.company)
                .creditCode(creditCode())
                .ownership(Ownership.PRIVATE);
        if (node.index == 0) {
          settings.employees().ifPresent(unit::employeeCount);
        }
        b.hostUnit(unit.build());
      }
      int term = node.kind == OrganizationKind.PARTY_COMMITTEE ? 5 : 3;
      LocalDate elected = randomDate(asOf.minusYears(term).plusDays(30), asOf.minusDays(30));
      LocalDate previous = elected.minusYears(term);
      int termNumber = 1;
      if (!previous.isBefore(node.founded)) {
        termNumber = 1 + (int) (ChronoUnit.YEARS.between(node.founded, previous) / term) + 1;
        b.addCommittee(
            Committee.builder()
                .electedOn(previous)
                .termYears(term)
                .termNumber(termNumber - 1)
                .endedOn(elected)
                .build());
      }
      b.addCommittee(
          Committee.builder().electedOn(elected).termYears(term).termNumber(termNumber).build());
      if (node.kind == OrganizationKind.BRANCH) {
        addBranchPosts(b, node, previous.isBefore(node.founded) ? elected : previous);
        if (random.nextInt(100) < 30) {
          StarLevel[] levels = {StarLevel.FIVE_STAR, StarLevel.FOUR_STAR, StarLevel.THREE_STAR};
          b.addRating(Rating.of(asOf.getYear() - 1, levels[random.nextInt(levels.length)]));
        }
      } else {
        addCommitteePosts(b, node, elected);
      }
      if (node.index == 0) {
        b.addHonor(Honor.of("先进基层党组织", HonorLevel.CITY, asOf.getYear() - 1));
      }
      return b.build();
    }

    private void addBranchPosts(ImmutableOrganization.Builder b, OrgNode node, LocalDate from) {
      List<Person> veterans = veterans(node);
      PostKind[] seats = {
        PostKind.SECRETARY,
        PostKind.ORGANIZATION_MEMBER,
        PostKind.PUBLICITY_MEMBER,
        PostKind.DISCIPLINE_MEMBER,
        PostKind.COMMITTEE_MEMBER
      };
      for (int i = 0; i < node.seats; i++) {
        b.addPost(post(seats[i], veterans.get(i), from));
      }
    }

    private void addCommitteePosts(ImmutableOrganization.Builder b, OrgNode node, LocalDate from) {
      List<Person> pool = new ArrayList<>();
      collectVeterans(node, pool);
      if (pool.size() < 5) {
        for (int br : branchIndexes) {
          for (Person v : veterans(orgs.get(br))) {
            if (!pool.contains(v)) {
              pool.add(v);
            }
          }
          if (pool.size() >= 5) {
            break;
          }
        }
      }
      PostKind[] seats =
          node.kind == OrganizationKind.PARTY_COMMITTEE
              ? new PostKind[] {
                PostKind.SECRETARY,
                PostKind.DEPUTY_SECRETARY,
                PostKind.ORGANIZATION_MEMBER,
                PostKind.PUBLICITY_MEMBER,
                PostKind.DISCIPLINE_MEMBER
              }
              : new PostKind[] {
                PostKind.SECRETARY, PostKind.DEPUTY_SECRETARY, PostKind.ORGANIZATION_MEMBER
              };
      int n = Math.min(seats.length, pool.size());
      int[] picks = distinct(pool.size(), n);
      for (int i = 0; i < n; i++) {
        b.addPost(post(seats[i], pool.get(picks[i]), from));
      }
    }

    private void collectVeterans(OrgNode node, List<Person> out) {
      if (out.size() >= 50) {
        return;
      }
      if (node.kind == OrganizationKind.BRANCH) {
        out.addAll(veterans(node));
      }
      for (int child : node.children) {
        collectVeterans(orgs.get(child), out);
      }
    }

    private static List<Person> veterans(OrgNode branch) {
      List<Person> out = new ArrayList<>();
      for (Person p : branch.people) {
        if (p.veteran) {
          out.add(p);
        }
      }
      return out;
    }

    private PostHolding post(PostKind kind, Person holder, LocalDate from) {
      ImmutablePostHolding.Builder b =
          PostHolding.builder().post(kind).memberId(holder.id).holderName(holder.name).from(from);
      if (kind == PostKind.SECRETARY || kind == PostKind.DEPUTY_SECRETARY) {
        b.approvedOn(from.plusDays(3 + random.nextInt(18)));
      }
      return b.build();
    }

    private SocialCreditCode creditCode() {
      StringBuilder org = new StringBuilder();
      for (int i = 0; i < 8; i++) {
        org.append((char) ('0' + random.nextInt(10)));
      }
      org.append(SocialCreditCode.organizationCodeCheckCharacter(org.toString()));
      String first17 = "91" + Names.pick(random, Names.REGIONS) + org;
      return SocialCreditCode.parse(first17 + SocialCreditCode.checkCharacter(first17))
          .orElseThrow();
    }

    // ---------------------------------------------------------- activities

    private void addActivities(OrgNode branch, List<Activity> out) {
      List<Person> byAdmission = branch.people;
      List<Person> fullByDate = fullMembersByDate(branch);
      boolean committee = branch.fullCount >= COMMITTEE_THRESHOLD;
      List<Activity> own = new ArrayList<>();
      YearMonth last = YearMonth.from(asOf);
      YearMonth first = last.minusMonths(11);
      int lastQuarterSeen = -1;
      Person secretary = veterans(branch).get(0);
      for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
        own.add(meeting(branch, ActivityKind.THEMED_PARTY_DAY, m, byAdmission, fullByDate, null));
        if (committee) {
          own.add(committeeMeeting(branch, m));
        }
        int quarter = m.getYear() * 4 + (m.getMonthValue() - 1) / 3;
        if (quarter != lastQuarterSeen) {
          lastQuarterSeen = quarter;
          own.add(meeting(branch, ActivityKind.GENERAL_MEETING, m, byAdmission, fullByDate, null));
          own.add(
              meeting(branch, ActivityKind.PARTY_LECTURE, m, byAdmission, fullByDate, secretary));
        }
      }
      YearMonth december = asOf.getMonthValue() == 12 ? last : YearMonth.of(asOf.getYear() - 1, 12);
      own.add(
          meeting(
              branch,
              ActivityKind.ORGANIZATIONAL_LIFE_MEETING,
              december,
              byAdmission,
              fullByDate,
              null));
      own.add(
          meeting(
              branch, ActivityKind.DEMOCRATIC_APPRAISAL, december, byAdmission, fullByDate, null));
      own.sort(Comparator.comparing(Activity::date).thenComparing(a -> a.kind().code()));
      for (Activity a : own) {
        out.add(
            ImmutableActivity.copyOf(a)
                .withId(String.format(Locale.ROOT, "act-%06d", ++activityCounter)));
      }
    }

    private LocalDate dayIn(YearMonth m) {
      int maxDay = Math.min(28, m.lengthOfMonth());
      if (m.equals(YearMonth.from(asOf))) {
        maxDay = Math.min(maxDay, asOf.getDayOfMonth());
      }
      return m.atDay(1 + random.nextInt(maxDay));
    }

    private Activity meeting(
        OrgNode branch,
        ActivityKind kind,
        YearMonth month,
        List<Person> byAdmission,
        List<Person> fullByDate,
        Person lecturer) {
      LocalDate date = dayIn(month);
      int due = 0;
      while (due < byAdmission.size() && !byAdmission.get(due).admission.isAfter(date)) {
        due++;
      }
      int votingDue = countFullOn(fullByDate, date);
      int maxAbsent = Math.min(due / 5, 4);
      int absent = maxAbsent == 0 ? 0 : random.nextInt(maxAbsent + 1);
      ImmutableAttendance.Builder att = Attendance.builder().due(due).present(due - absent);
      int absentFull = 0;
      for (int idx : distinct(Math.max(due, 1), absent)) {
        Person p = byAdmission.get(idx);
        if (p.fullFrom() != null && !p.fullFrom().isAfter(date)) {
          absentFull++;
        }
        att.addAbsence(
            Absence.builder()
                .memberId(p.id)
                .name(p.name)
                .reason(Names.pick(random, Names.ABSENCE_REASONS))
                .build());
      }
      att.votingDue(votingDue).votingPresent(votingDue - absentFull);
      ImmutableActivity.Builder a =
          Activity.builder()
              .id("pending")
              .organizationId(branch.id)
              .kind(kind)
              .date(date)
              .topic(Names.pick(random, Names.TOPICS))
              .place(Names.pick(random, Names.PLACES))
              .attendance(att.build());
      if (lecturer != null) {
        a.lecturerId(lecturer.id);
      }
      return a.build();
    }

    private Activity committeeMeeting(OrgNode branch, YearMonth month) {
      LocalDate date = dayIn(month);
      List<Person> seats = veterans(branch).subList(0, branch.seats);
      ImmutableAttendance.Builder att = Attendance.builder().due(branch.seats);
      if (random.nextInt(4) == 0) {
        Person away = seats.get(1 + random.nextInt(seats.size() - 1));
        att.present(branch.seats - 1)
            .addAbsence(
                Absence.builder()
                    .memberId(away.id)
                    .name(away.name)
                    .reason(Names.pick(random, Names.ABSENCE_REASONS))
                    .build());
      } else {
        att.present(branch.seats);
      }
      return Activity.builder()
          .id("pending")
          .organizationId(branch.id)
          .kind(ActivityKind.COMMITTEE_MEETING)
          .date(date)
          .topic("研究部署" + month.getMonthValue() + "月份党建工作")
          .place("党员活动室")
          .attendance(att.build())
          .build();
    }

    // --------------------------------------------------------------- misc

    private LocalDate randomDate(LocalDate from, LocalDate to) {
      long days = ChronoUnit.DAYS.between(from, to);
      if (days <= 0) {
        return from;
      }
      return from.plusDays(random.nextLong(days + 1));
    }
  }
}
