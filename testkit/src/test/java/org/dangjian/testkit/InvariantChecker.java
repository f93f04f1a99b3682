package org.dangjian.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.Attendance;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.id.MobileNumber;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.member.Development;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.Dues;
import org.dangjian.core.member.DuesPayment;
import org.dangjian.core.member.DuesRates;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.member.StepRecord;
import org.dangjian.core.organization.Committee;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.PostKind;

/**
 * A test-only checker of everything the generator promises, reporting violations as (rule id,
 * record id) so that a mutation can be checked to break exactly one rule at one record. It encodes
 * the rules of docs/regulations.md (Party Constitution, recruiting rules, branch regulations, dues,
 * identifiers) that the generator and the mutators deal with, directly.
 */
final class InvariantChecker {

  record Violation(String ruleId, String recordId, String detail) {
    String key() {
      return ruleId + "@" + recordId;
    }
  }

  private final Dataset d;
  private final LocalDate asOf;
  private final List<Violation> out = new ArrayList<>();
  private final DuesRates rates = DuesRates.defaults();

  private InvariantChecker(Dataset d, LocalDate asOf) {
    this.d = d;
    this.asOf = asOf;
  }

  static List<Violation> check(Dataset d, LocalDate asOf) {
    InvariantChecker c = new InvariantChecker(d, asOf);
    c.run();
    return c.out;
  }

  private void add(String rule, String id, String detail) {
    out.add(new Violation(rule, id, detail));
  }

  private void run() {
    Map<String, String> idHolders = new HashMap<>();
    Map<String, int[]> counts = new HashMap<>();
    for (Organization o : d.organizations()) {
      if (o.kind() == OrganizationKind.BRANCH) {
        counts.put(o.id(), new int[2]);
      }
    }
    for (Member m : d.members()) {
      checkPerson(m, idHolders);
      if (!m.stage().isPartyMember()) {
        continue;
      }
      int[] c = counts.get(m.organizationId());
      if (c == null) {
        add("CONST-008", m.id(), "home organization is not a branch");
      } else {
        c[m.stage() == MemberStage.FULL ? 0 : 1]++;
      }
      checkDevelopment(m);
      checkDues(m);
    }
    for (Organization o : d.organizations()) {
      checkOrganization(o, counts.get(o.id()));
    }
    for (Activity a : d.activities()) {
      Attendance att = a.attendance().orElseThrow();
      if (att.present() + att.absences().size() != att.due() || att.present() > att.due()) {
        add("LIFE-ATTENDANCE", a.id(), "present + absences != due");
      }
      if (a.date().isAfter(asOf) || !a.date().isAfter(asOf.minusYears(1))) {
        add("LIFE-DATE", a.id(), "outside the year before asOf");
      }
    }
  }

  private void checkPerson(Member m, Map<String, String> idHolders) {
    if (m.idNumber().isEmpty()) {
      add("ID-MISSING", m.id(), "no ID number");
    } else {
      ResidentIdNumber id = m.idNumber().get();
      if (!ResidentIdNumber.parse(id.value(), asOf).isValid()) {
        add("ID-CHECKSUM", m.id(), "invalid");
      }
      if (!id.birthDate().equals(m.birthDate())) {
        add("ID-BIRTH", m.id(), "birth date differs");
      }
      if (id.gender() != m.gender()) {
        add("ID-GENDER", m.id(), "gender differs");
      }
      if (idHolders.putIfAbsent(id.value(), m.id()) != null) {
        add("ID-DUPLICATE", m.id(), "same number as " + idHolders.get(id.value()));
      }
    }
    if (m.phone().isEmpty() || !MobileNumber.parse(m.phone().get().value()).isValid()) {
      add("PHONE", m.id(), "no valid phone");
    }
  }

  private void checkDevelopment(Member m) {
    Development dev = m.development();
    String id = m.id();
    LocalDate previous = null;
    for (StepRecord s :
        dev.steps().stream().sorted(Comparator.comparing(s -> s.step().number())).toList()) {
      if (previous != null && s.date().isBefore(previous)) {
        add("DEV-ORDER", id, s.step() + " before the previous step");
      }
      if (s.date().isAfter(asOf)) {
        add("DEV-FUTURE", id, s.step() + " after asOf");
      }
      previous = s.date();
    }
    LocalDate application = req(dev.applicationDate(), id, "application");
    LocalDate talk = req(dev.dateOf(DevelopmentStep.APPLICATION_TALK), id, "talk");
    LocalDate activist = req(dev.activistDate(), id, "activist");
    LocalDate target = req(dev.targetDate(), id, "target");
    LocalDate admission = req(dev.admissionDate(), id, "admission");
    LocalDate approval = req(dev.dateOf(DevelopmentStep.ADMISSION_APPROVAL), id, "approval");
    if (application == null
        || talk == null
        || activist == null
        || target == null
        || admission == null
        || approval == null) {
      return;
    }
    if (m.birthDate().plusYears(18).isAfter(application)) {
      add("CONST-001", id, "under 18 at application");
    }
    if (talk.isAfter(application.plusMonths(1)) || talk.isBefore(application)) {
      add("DEV-003", id, "talk not within a month");
    }
    if (!activist.isAfter(application)) {
      add("DEV-004", id, "activist not after application");
    }
    for (DevelopmentStep filing :
        List.of(DevelopmentStep.ACTIVIST_FILING, DevelopmentStep.TARGET_FILING)) {
      if (dev.dateOf(filing).isEmpty()) {
        add("DEV-FILING", id, filing + " missing");
      }
    }
    boolean mentorsRecorded = dev.dateOf(DevelopmentStep.MENTOR_ASSIGNMENT).isPresent();
    if (mentorsRecorded == dev.mentorIds().isEmpty()
        || dev.mentorIds().size() > 2
        || !allFullOn(dev.mentorIds(), activist)) {
      add("DEV-005", id, "mentors " + dev.mentorIds());
    }
    LocalDate last = activist;
    for (LocalDate a : dev.assessments().stream().sorted().toList()) {
      if (a.isAfter(last.plusMonths(6))) {
        add("DEV-006", id, "assessment gap");
      }
      last = a;
    }
    if (target.isAfter(last.plusMonths(6))) {
      add("DEV-006", id, "assessment gap before target");
    }
    if (activist.plusYears(1).isAfter(target)) {
      add("DEV-007", id, "target less than a year after activist");
    }
    boolean introducersRecorded = dev.dateOf(DevelopmentStep.INTRODUCER_ASSIGNMENT).isPresent();
    if (introducersRecorded
        ? dev.introducerIds().size() != 2
            || dev.introducerIds().get(0).equals(dev.introducerIds().get(1))
            || !allFullOn(dev.introducerIds(), target)
        : !dev.introducerIds().isEmpty()) {
      add("DEV-008", id, "introducers " + dev.introducerIds());
    }
    if (dev.politicalReview()
        .filter(r -> r.passed() && r.concludedOn().isBefore(admission))
        .isEmpty()) {
      add("DEV-009", id, "no passed political review");
    }
    if (dev.training().filter(t -> t.days() >= 3 && t.classHours() >= 24).isEmpty()) {
      add("DEV-010", id, "training too short");
    }
    for (DevelopmentStep s :
        List.of(
            DevelopmentStep.BRANCH_COMMITTEE_REVIEW,
            DevelopmentStep.PRE_REVIEW,
            DevelopmentStep.APPLICATION_FORM,
            DevelopmentStep.APPROVAL_TALK,
            DevelopmentStep.ADMISSION_FILING,
            DevelopmentStep.GROUP_ASSIGNMENT,
            DevelopmentStep.OATH)) {
      if (dev.dateOf(s).isEmpty()) {
        add("DEV-STEP", id, s + " missing");
      }
    }
    if (approval.isAfter(admission.plusMonths(3)) || approval.isBefore(admission)) {
      add("DEV-015", id, "approval not within 3 months");
    }
    LocalDate end = dev.probationEnd().orElseThrow();
    if (m.stage() == MemberStage.FULL) {
      LocalDate application2 = req(dev.dateOf(DevelopmentStep.CONVERSION_APPLICATION), id, "ca");
      LocalDate meeting = req(dev.dateOf(DevelopmentStep.CONVERSION_MEETING), id, "cm");
      LocalDate approved = req(dev.dateOf(DevelopmentStep.CONVERSION_APPROVAL), id, "cap");
      if (application2 == null || meeting == null || approved == null) {
        return;
      }
      if (!application2.isBefore(end)
          || meeting.isBefore(end)
          || approved.isAfter(end.plusMonths(3))
          || approved.isAfter(asOf)) {
        add("DEV-020", id, "conversion timing");
      }
      if (m.stageOn(asOf).orElseThrow() != MemberStage.FULL) {
        add("STAGE", id, "not full on asOf");
      }
    } else {
      if (!end.isAfter(asOf)) {
        add("CONST-006", id, "probation ended on " + end + " without a decision");
      }
      if (dev.dateOf(DevelopmentStep.CONVERSION_MEETING).isPresent()) {
        add("STAGE", id, "probationary member with a conversion meeting");
      }
      if (m.stageOn(asOf).orElseThrow() != MemberStage.PROBATIONARY) {
        add("STAGE", id, "not probationary on asOf");
      }
    }
  }

  /**
   * True when every member of {@code ids} is a full member now and was one on {@code date}; the
   * sponsors of the dataset's first members, who were members elsewhere, are not recorded at all.
   */
  private boolean allFullOn(List<String> ids, LocalDate date) {
    for (String id : ids) {
      Optional<Member> m = d.member(id);
      if (m.isEmpty()
          || m.get().stage() != MemberStage.FULL
          || !m.get().stageOn(date).equals(Optional.of(MemberStage.FULL))) {
        return false;
      }
    }
    return true;
  }

  private LocalDate req(Optional<LocalDate> date, String id, String what) {
    if (date.isEmpty()) {
      add("DEV-STEP", id, what + " missing");
      return null;
    }
    return date.get();
  }

  private void checkDues(Member m) {
    if (m.dues().isEmpty()) {
      add("DUES-MISSING", m.id(), "no dues");
      return;
    }
    Dues dues = m.dues().get();
    BigDecimal expected = rates.expected(dues).orElseThrow();
    YearMonth last = YearMonth.from(asOf);
    YearMonth first = last.minusMonths(11);
    YearMonth admitted = YearMonth.from(m.development().admissionDate().orElseThrow());
    if (admitted.isAfter(first)) {
      first = admitted;
    }
    List<YearMonth> months = new ArrayList<>();
    for (DuesPayment p : dues.payments()) {
      months.add(p.month());
      if (p.amount().compareTo(expected) != 0) {
        add("DUES-002", m.id(), "amount for " + p.month());
      }
    }
    List<YearMonth> wanted = new ArrayList<>();
    for (YearMonth ym = first; !ym.isAfter(last); ym = ym.plusMonths(1)) {
      wanted.add(ym);
    }
    if (!months.stream().sorted().toList().equals(wanted)) {
      add("DUES-011", m.id(), "months paid " + months);
    }
  }

  private void checkOrganization(Organization o, int[] counts) {
    if (o.parentId().isPresent() && d.organization(o.parentId().get()).isEmpty()) {
      add("REF-PARENT", o.id(), "missing parent");
    }
    if (o.foundedOn().isEmpty() || o.foundedOn().get().isAfter(asOf)) {
      add("ORG-FOUNDED", o.id(), "founded");
    }
    Optional<Committee> committee = o.committeeOn(asOf);
    if (committee.isEmpty() || !committee.get().dueOn().isAfter(asOf)) {
      add("ORG-011", o.id(), "no committee in term");
    } else {
      int term = committee.get().termYears();
      int expected = o.kind() == OrganizationKind.PARTY_COMMITTEE ? 5 : 3;
      if (term != expected) {
        add("ORG-010", o.id(), "term " + term);
      }
    }
    if (o.kind() != OrganizationKind.BRANCH) {
      boolean hasSecretary = o.postsOn(asOf).stream().anyMatch(p -> p.post() == PostKind.SECRETARY);
      if (!hasSecretary) {
        add("ORG-SECRETARY", o.id(), "no secretary");
      }
      return;
    }
    int full = counts[0];
    int total = counts[0] + counts[1];
    if (full < 3) {
      add("ORG-001", o.id(), full + " full members");
    }
    if (total > 50) {
      add("ORG-002", o.id(), total + " members");
    }
    int size = o.committeeSizeOn(asOf);
    if (full >= 7 && (size < 3 || size > 7)) {
      add("ORG-007", o.id(), "committee of " + size);
    }
    if (full < 7 && size > 1) {
      add("ORG-008", o.id(), "committee of " + size + " with " + full + " full members");
    }
    List<String> secretaries =
        o.postsOn(asOf).stream()
            .filter(p -> p.post() == PostKind.SECRETARY)
            .map(p -> p.memberId().orElse("?"))
            .toList();
    if (secretaries.size() != 1) {
      add("ORG-SECRETARY", o.id(), "secretaries " + secretaries);
      return;
    }
    Optional<Member> secretary = d.member(secretaries.get(0));
    if (secretary.isEmpty()
        || secretary.get().stage() != MemberStage.FULL
        || !secretary.get().organizationId().equals(o.id())) {
      add("ORG-SECRETARY", o.id(), "secretary not a full member of the branch");
    }
    for (var p : o.postsOn(asOf)) {
      Optional<Member> holder = p.memberId().flatMap(d::member);
      if (holder.isEmpty() || !holder.get().organizationId().equals(o.id())) {
        add("ORG-POST", o.id(), p.post() + " held by a non-member of the branch");
      }
    }
  }
}
