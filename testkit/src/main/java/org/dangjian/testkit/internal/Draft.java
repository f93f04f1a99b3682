package org.dangjian.testkit.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.PairingAgreement;
import org.dangjian.core.organization.Unit;
import org.dangjian.core.vanguard.Team;
import org.dangjian.testkit.Breadth;
import org.dangjian.testkit.GeneratorSettings;

/**
 * The dataset being widened by {@link BreadthRun}: mutable lists of the records of every kind, with
 * lookups by id, a random generator of its own (seeded from the settings' seed, so the basic group
 * draws exactly as without breadth), and the helpers the breadth planners share: fresh ids, the
 * Party members of a branch on a date, the committee an organization reports to.
 */
final class Draft {

  final GeneratorSettings settings;
  final Breadth breadth;
  final LocalDate asOf;
  final SplittableRandom random;
  final List<Organization> organizations;
  final List<Member> members;
  final List<Activity> activities;
  final List<PairingAgreement> pairings = new ArrayList<>();
  final List<Unit> units = new ArrayList<>();
  final List<Team> teams = new ArrayList<>();
  private final Map<String, Integer> orgIndex = new HashMap<>();
  private final Map<String, Integer> memberIndex = new HashMap<>();
  private final Set<String> usedIds = new HashSet<>();
  private int orgCounter;
  private int memberCounter;
  private int activityCounter;

  Draft(GeneratorSettings settings, Dataset basic) {
    this.settings = settings;
    this.breadth = settings.breadth();
    this.asOf = settings.asOf();
    this.random = new SplittableRandom(settings.seed() * 0x9E3779B97F4A7C15L + 19);
    this.organizations = new ArrayList<>(basic.organizations());
    this.members = new ArrayList<>(basic.members());
    this.activities = new ArrayList<>(basic.activities());
    for (int i = 0; i < organizations.size(); i++) {
      orgIndex.put(organizations.get(i).id(), i);
    }
    for (int i = 0; i < members.size(); i++) {
      memberIndex.put(members.get(i).id(), i);
    }
    members.forEach(m -> m.idNumber().ifPresent(id -> usedIds.add(id.value())));
    orgCounter = organizations.size();
    memberCounter = members.size();
    activityCounter = activities.size();
  }

  Organization org(String id) {
    return organizations.get(orgIndex.get(id));
  }

  void replace(Organization o) {
    organizations.set(orgIndex.get(o.id()), o);
  }

  void add(Organization o) {
    orgIndex.put(o.id(), organizations.size());
    organizations.add(o);
  }

  Member member(String id) {
    return members.get(memberIndex.get(id));
  }

  void replace(Member m) {
    members.set(memberIndex.get(m.id()), m);
  }

  void add(Member m) {
    memberIndex.put(m.id(), members.size());
    members.add(m);
    m.idNumber().ifPresent(id -> usedIds.add(id.value()));
  }

  /** True when {@code value} is the resident ID number of a person of the draft. */
  boolean idNumberUsed(String value) {
    return usedIds.contains(value);
  }

  String nextOrgId() {
    return String.format(Locale.ROOT, "org-%04d", ++orgCounter);
  }

  String nextMemberId() {
    return String.format(Locale.ROOT, "mem-%06d", ++memberCounter);
  }

  String nextActivityId() {
    return String.format(Locale.ROOT, "act-%06d", ++activityCounter);
  }

  /** Organizations of {@code kind}, in dataset order. */
  List<Organization> ofKind(OrganizationKind kind) {
    return organizations.stream().filter(o -> o.kind() == kind).toList();
  }

  /** The branch-level organizations, in dataset order. */
  List<Organization> branches() {
    return organizations.stream().filter(o -> o.kind().isBranchLevel()).toList();
  }

  /** The Party members (full or probationary on the as-of date) of each organization. */
  Map<String, List<Member>> partyMembersByOrganization() {
    Map<String, List<Member>> out = new LinkedHashMap<>();
    for (Member m : members) {
      if (m.departure().isEmpty() && isPartyMemberOn(m, asOf)) {
        out.computeIfAbsent(m.organizationId(), k -> new ArrayList<>()).add(m);
      }
    }
    return out;
  }

  static boolean isPartyMemberOn(Member m, LocalDate date) {
    return m.stageOn(date).map(MemberStage::isPartyMember).orElse(false) && m.activeOn(date);
  }

  static boolean isFullOn(Member m, LocalDate date) {
    return m.stageOn(date).filter(MemberStage.FULL::equals).isPresent() && m.activeOn(date);
  }

  /** The ids of the members holding a post in any organization, on any date. */
  Set<String> postHolders() {
    Set<String> out = new HashSet<>();
    for (Organization o : organizations) {
      o.posts().forEach(p -> p.memberId().ifPresent(out::add));
      o.instructors().forEach(p -> p.memberId().ifPresent(out::add));
    }
    return out;
  }

  /** A uniformly random date between {@code from} and {@code to}, both inclusive. */
  LocalDate randomDate(LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(from, to);
    return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
  }

  /** The date the activities and dues of the generated year start: the first of 11 months ago. */
  LocalDate yearStart() {
    return YearMonth.from(asOf).minusMonths(11).atDay(1);
  }
}
