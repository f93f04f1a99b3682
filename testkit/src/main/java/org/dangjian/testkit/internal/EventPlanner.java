package org.dangjian.testkit.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.core.activity.Absence;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityKind;
import org.dangjian.core.activity.Attendance;
import org.dangjian.core.activity.ImmutableActivity;
import org.dangjian.core.activity.ImmutableAttendance;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Committee;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.PairingAgreement;

/**
 * The activities of a widened group beyond the routine six kinds: a monthly meeting of every party
 * group; the election meeting of every branch whose committee was elected in the generated year
 * (else of the branch elected last), with more than four fifths of the voters present; an oath
 * ceremony in every branch that admitted someone; a co-building activity for every pairing; the
 * democratic life meeting and the work-report appraisal of every party committee; and talks,
 * trainings, study sessions, visits and other activities spread over the branches, so that every
 * {@link ActivityKind} is held. Attendance counts the Party members of the organization on the day
 * (and lists those present when a points ledger is generated).
 */
final class EventPlanner {

  private static final ActivityKind[] SPREAD = {
    ActivityKind.COLLECTIVE_TALK,
    ActivityKind.HEART_TO_HEART_TALK,
    ActivityKind.TRAINING,
    ActivityKind.STUDY_SESSION,
    ActivityKind.VISIT,
    ActivityKind.OTHER
  };

  private final Draft d;
  private final Map<String, List<Member>> byOrganization = new LinkedHashMap<>();
  private final List<Activity> added = new ArrayList<>();

  EventPlanner(Draft draft) {
    this.d = draft;
    for (Member m : d.members) {
      if (m.stage().isPartyMember()) {
        byOrganization.computeIfAbsent(m.organizationId(), k -> new ArrayList<>()).add(m);
        m.partyGroupId()
            .ifPresent(g -> byOrganization.computeIfAbsent(g, k -> new ArrayList<>()).add(m));
      }
    }
  }

  void plan() {
    YearMonth last = YearMonth.from(d.asOf);
    YearMonth first = last.minusMonths(11);
    for (Organization g : d.ofKind(OrganizationKind.PARTY_GROUP)) {
      for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
        add(g, ActivityKind.GROUP_MEETING, dayIn(m), "党小组学习讨论", false);
      }
    }
    if (d.breadth.everyActivityKind()) {
      everyKind(first, last);
    }
    added.sort(
        Comparator.comparing(Activity::date)
            .thenComparing(Activity::organizationId)
            .thenComparing(a -> a.kind().code()));
    for (Activity a : added) {
      d.activities.add(ImmutableActivity.copyOf(a).withId(d.nextActivityId()));
    }
  }

  private void everyKind(YearMonth first, YearMonth last) {
    LocalDate start = first.atDay(1);
    List<Organization> branches = d.branches();
    Organization lastElected = null;
    for (Organization b : branches) {
      LocalDate elected = b.latestCommittee().map(Committee::electedOn).orElse(LocalDate.MIN);
      if (!elected.isBefore(start) && !elected.isAfter(d.asOf)) {
        add(b, ActivityKind.ELECTION, elected, "支部委员会换届选举", true);
      } else if (lastElected == null || elected.isAfter(electedOn(lastElected))) {
        lastElected = b;
      }
    }
    if (added.stream().noneMatch(a -> a.kind() == ActivityKind.ELECTION) && lastElected != null) {
      add(lastElected, ActivityKind.ELECTION, electedOn(lastElected), "支部委员会换届选举", true);
    }
    for (Organization b : branches) {
      LocalDate admitted =
          byOrganization.getOrDefault(b.id(), List.of()).stream()
              .map(m -> m.development().admissionDate().orElse(LocalDate.MIN))
              .filter(a -> !a.isBefore(start) && a.isBefore(d.asOf.minusDays(20)))
              .max(LocalDate::compareTo)
              .orElse(null);
      if (admitted != null) {
        add(b, ActivityKind.OATH, admitted.plusDays(7 + d.random.nextInt(10)), "新党员入党宣誓", false);
      }
    }
    for (int k = 0; k < Math.max(branches.size(), SPREAD.length); k++) {
      ActivityKind kind = SPREAD[k % SPREAD.length];
      YearMonth month = first.plusMonths(d.random.nextInt(12));
      add(branches.get(k % branches.size()), kind, dayIn(month), kind.label(), false);
    }
    for (PairingAgreement p : d.pairings) {
      Organization host = d.org(p.organizationIds().get(0));
      LocalDate date = d.randomDate(later(p.signedOn().plusDays(7), start), d.asOf);
      Activity a = meeting(host, ActivityKind.CO_BUILDING, date, "结对共建主题活动", false);
      if (a != null) {
        added.add(
            ImmutableActivity.copyOf(a)
                .withPartnerOrganizationIds(
                    p.organizationIds().subList(1, p.organizationIds().size())));
      }
    }
    YearMonth december = last.getMonthValue() == 12 ? last : YearMonth.of(d.asOf.getYear() - 1, 12);
    for (Organization c : d.organizations) {
      if (c.kind() == OrganizationKind.PARTY_COMMITTEE && c.parentId().isEmpty()) {
        add(c, ActivityKind.DEMOCRATIC_LIFE_MEETING, dayIn(december), "年度民主生活会", false);
        add(c, ActivityKind.WORK_REPORT_APPRAISAL, dayIn(december), "基层党组织书记抓党建述职评议", false);
      }
    }
  }

  private static LocalDate electedOn(Organization o) {
    return o.latestCommittee().map(Committee::electedOn).orElse(LocalDate.MIN);
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private LocalDate dayIn(YearMonth m) {
    int maxDay = Math.min(28, m.lengthOfMonth());
    if (m.equals(YearMonth.from(d.asOf))) {
      maxDay = Math.min(maxDay, d.asOf.getDayOfMonth());
    }
    return m.atDay(1 + d.random.nextInt(maxDay));
  }

  private void add(
      Organization o, ActivityKind kind, LocalDate date, String topic, boolean voting) {
    Activity a = meeting(o, kind, date, topic, voting);
    if (a != null) {
      added.add(a);
    }
  }

  /**
   * An activity of {@code o} on {@code date} attended by the Party members of {@code o} on that day
   * (for a committee, by its own members: those of its branches are not due); null when {@code o}
   * did not exist on the day.
   */
  private Activity meeting(
      Organization o, ActivityKind kind, LocalDate date, String topic, boolean voting) {
    if (!o.existsOn(date) || date.isAfter(d.asOf)) {
      return null;
    }
    List<Member> due = new ArrayList<>();
    for (Member m : byOrganization.getOrDefault(o.id(), List.of())) {
      if (Draft.isPartyMemberOn(m, date)
          && (o.kind() == OrganizationKind.PARTY_GROUP
              || m.organizationOn(date).filter(o.id()::equals).isPresent())) {
        due.add(m);
      }
    }
    int maxAbsent = voting ? due.size() / 10 : Math.min(due.size() / 5, 3);
    int absent = maxAbsent == 0 ? 0 : d.random.nextInt(maxAbsent + 1);
    ImmutableAttendance.Builder att =
        Attendance.builder().due(due.size()).present(due.size() - absent);
    boolean[] away = new boolean[due.size()];
    int absentFull = 0;
    for (int k = 0; k < absent; k++) {
      int i = (int) ((2L * k + 1) * due.size() / (2L * absent));
      away[i] = true;
      Member m = due.get(i);
      absentFull += Draft.isFullOn(m, date) ? 1 : 0;
      att.addAbsence(
          Absence.builder()
              .memberId(m.id())
              .name(m.name())
              .reason(Names.pick(d.random, Names.ABSENCE_REASONS))
              .build());
    }
    if (voting) {
      int full = (int) due.stream().filter(m -> Draft.isFullOn(m, date)).count();
      att.votingDue(full).votingPresent(full - absentFull);
    }
    if (d.settings.pointsPolicy().isPresent()) {
      for (int i = 0; i < due.size(); i++) {
        if (!away[i]) {
          att.addPresentMemberIds(due.get(i).id());
        }
      }
    }
    return Activity.builder()
        .id("pending")
        .organizationId(o.id())
        .kind(kind)
        .date(date)
        .topic(topic)
        .place(Names.pick(d.random, Names.PLACES))
        .attendance(att.build())
        .build();
  }
}
