package org.dangjian.testkit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dangjian.core.code.Gender;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.HostUnit;
import org.dangjian.core.organization.ImmutableOrganization;
import org.dangjian.core.organization.ImmutableUnit;
import org.dangjian.core.organization.InstructorAppointment;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.PairingAgreement;
import org.dangjian.core.organization.Unit;
import org.dangjian.core.organization.UnitCoverage;
import org.dangjian.core.vanguard.ImmutableTeam;
import org.dangjian.core.vanguard.ImmutableTeamPerson;
import org.dangjian.core.vanguard.PersonStatus;
import org.dangjian.core.vanguard.Team;
import org.dangjian.core.vanguard.TeamKind;
import org.dangjian.core.vanguard.TeamPerson;

/**
 * The units, instructors, pairings and vanguard teams of a widened group: a unit (单位) for every
 * host company, covered by its own committee (单建) and named as the work place of the members it
 * employs; a unit for every unit of a joint branch (联建); further units covered by a branch of the
 * area (统建), by an instructor only, or not at all, with fewer than three full members so that none
 * needs an organization of its own; party-building instructors appointed to branches; pairing
 * agreements between two branches and an outside party; and vanguard posts and teams of every kind,
 * held by or listing full members of the branch that set them up.
 */
final class UnitPlanner {

  private static final List<String> OUTSIDE_PARTNERS =
      List.of("中共城南社区委员会", "中共科技园区第一联合党支部", "中共市第一人民医院委员会", "中共实验小学支部委员会");

  private final Draft d;
  private final People people;
  private int unitCounter;

  UnitPlanner(Draft draft, People people) {
    this.d = draft;
    this.people = people;
  }

  void plan() {
    if (d.breadth.units() > 0) {
      hostUnits();
      jointUnits();
      otherUnits();
    }
    instructors();
    pairings();
    teams();
  }

  private String nextUnitId() {
    return String.format(Locale.ROOT, "unit-%04d", ++unitCounter);
  }

  private void hostUnits() {
    Map<String, String> unitOfEmployer = new HashMap<>();
    Map<String, int[]> counts = new HashMap<>();
    List<Organization> hosts =
        d.organizations.stream().filter(o -> o.hostUnit().isPresent()).toList();
    for (Organization o : hosts) {
      unitOfEmployer.put(o.hostUnit().get().name(), nextUnitId());
    }
    for (Member m : new ArrayList<>(d.members)) {
      String unit = m.employer().map(unitOfEmployer::get).orElse(null);
      if (unit == null) {
        continue;
      }
      d.replace(ImmutableMember.copyOf(m).withUnitId(unit));
      int[] c = counts.computeIfAbsent(unit, k -> new int[2]);
      if (Draft.isPartyMemberOn(m, d.asOf)) {
        c[0]++;
        c[1] += Draft.isFullOn(m, d.asOf) ? 1 : 0;
      }
    }
    for (Organization o : hosts) {
      HostUnit host = o.hostUnit().get();
      String id = unitOfEmployer.get(host.name());
      int[] c = counts.getOrDefault(id, new int[2]);
      ImmutableUnit.Builder b =
          Unit.builder()
              .id(id)
              .name(host.name())
              .employeeCount(host.employeeCount().orElse(Math.max(c[0] * 8, 20)))
              .memberCount(c[0])
              .fullMemberCount(c[1])
              .membersElsewhere(c[0] / 40)
              .coverage(UnitCoverage.OWN)
              .organizationId(o.id());
      host.creditCode().ifPresent(b::creditCode);
      o.parentId().ifPresent(b::supervisorId);
      d.units.add(b.build());
    }
  }

  private void jointUnits() {
    for (Organization o : d.ofKind(OrganizationKind.JOINT_BRANCH)) {
      for (HostUnit host : o.jointUnits()) {
        int members = 1 + d.random.nextInt(2);
        ImmutableUnit.Builder b =
            Unit.builder()
                .id(nextUnitId())
                .name(host.name())
                .employeeCount(host.employeeCount().orElse(20))
                .memberCount(members)
                .fullMemberCount(members)
                .membersElsewhere(0)
                .coverage(UnitCoverage.JOINT)
                .organizationId(o.id());
        host.creditCode().ifPresent(b::creditCode);
        o.parentId().ifPresent(b::supervisorId);
        d.units.add(b.build());
      }
    }
  }

  private void otherUnits() {
    Organization supervisor =
        d.ofKind(OrganizationKind.WORKING_COMMITTEE).stream().findFirst().orElse(people.root());
    List<Organization> branches = d.branches();
    UnitCoverage[] coverages = {UnitCoverage.AREA, UnitCoverage.INSTRUCTOR, UnitCoverage.NONE};
    for (int k = 0; k < d.breadth.units(); k++) {
      UnitCoverage coverage = coverages[k % coverages.length];
      int members = coverage == UnitCoverage.NONE ? 0 : 1 + d.random.nextInt(2);
      ImmutableUnit.Builder b =
          Unit.builder()
              .id(nextUnitId())
              .name(
                  Names.pick(d.random, Names.GROUPS)
                      + Names.cycled(StructurePlanner.JOINT_TRADES, k))
              .employeeCount(8 + d.random.nextInt(40))
              .memberCount(members)
              .fullMemberCount(members)
              .membersElsewhere(members == 0 ? 0 : d.random.nextInt(members + 1))
              .coverage(coverage)
              .supervisorId(supervisor.id());
      if (coverage == UnitCoverage.AREA) {
        b.organizationId(branches.get(d.random.nextInt(branches.size())).id());
      } else if (coverage == UnitCoverage.INSTRUCTOR) {
        List<Member> instructor = people.fullBelow(people.root().id(), d.asOf.minusYears(1), 1);
        if (instructor.isEmpty()) {
          continue;
        }
        b.addInstructor(appointment(instructor.get(0), supervisor));
      }
      d.units.add(b.build());
    }
  }

  private InstructorAppointment appointment(Member m, Organization by) {
    LocalDate from = d.randomDate(d.asOf.minusYears(1), d.asOf.minusMonths(1));
    return InstructorAppointment.builder()
        .instructorName(m.name())
        .memberId(m.id())
        .appointedBy(by.id())
        .from(from)
        .until(from.plusYears(2))
        .build();
  }

  private void instructors() {
    Organization by =
        d.ofKind(OrganizationKind.WORKING_COMMITTEE).stream().findFirst().orElse(people.root());
    List<Organization> targets = new ArrayList<>(d.ofKind(OrganizationKind.JOINT_BRANCH));
    targets.addAll(d.ofKind(OrganizationKind.BRANCH));
    int n = Math.min(d.breadth.instructors(), targets.size());
    for (int k = 0; k < n; k++) {
      List<Member> who = people.fullBelow(people.root().id(), d.asOf.minusYears(1), 1);
      if (who.isEmpty()) {
        return;
      }
      Organization o = d.org(targets.get(k).id());
      d.replace(ImmutableOrganization.copyOf(o).withInstructors(appointment(who.get(0), by)));
    }
  }

  private void pairings() {
    List<Organization> branches = d.branches();
    for (int k = 0; k < d.breadth.pairings() && branches.size() >= 2; k++) {
      Organization a = branches.get((2 * k) % branches.size());
      Organization b = branches.get((2 * k + 1) % branches.size());
      if (a.id().equals(b.id())) {
        continue;
      }
      LocalDate signed = d.randomDate(d.asOf.minusYears(2), d.asOf.minusMonths(2));
      d.pairings.add(
          PairingAgreement.builder()
              .id(String.format(Locale.ROOT, "pair-%04d", k + 1))
              .addOrganizationIds(a.id(), b.id())
              .addExternalParties(Names.pick(d.random, OUTSIDE_PARTNERS))
              .signedOn(signed)
              .until(signed.plusYears(3))
              .build());
    }
  }

  private void teams() {
    TeamKind[] kinds = TeamKind.values();
    List<Organization> branches = d.branches();
    Map<String, List<Member>> byBranch = d.partyMembersByOrganization();
    LocalDate on = d.asOf.minusMonths(10);
    for (int k = 0; k < d.breadth.teams(); k++) {
      TeamKind kind = kinds[k % kinds.length];
      Organization o = branches.get((k * 7) % branches.size());
      List<Member> full =
          byBranch.getOrDefault(o.id(), List.of()).stream()
              .filter(m -> Draft.isFullOn(m, on) && m.departure().isEmpty())
              .toList();
      if (full.isEmpty()) {
        continue;
      }
      ImmutableTeam.Builder b =
          Team.builder()
              .id(String.format(Locale.ROOT, "team-%04d", k + 1))
              .name(Names.cycled(TEAM_NAMES, k) + kind.label())
              .kind(kind)
              .organizationId(o.id())
              .establishedOn(on.plusDays(d.random.nextInt(60)));
      if (kind.isPost()) {
        Member holder = full.get(d.random.nextInt(full.size()));
        b.holderId(holder.id()).post(Names.cycled(TEAM_NAMES, k) + "岗");
      } else {
        int party = Math.min(full.size(), 3 + d.random.nextInt(4));
        int activists = d.random.nextInt(3);
        int others = d.random.nextInt(4);
        b.statedSize(party + activists + others)
            .statedPartyMembers(party)
            .statedActivists(activists);
        for (int i = 0; i < party; i++) {
          Member m = full.get(i);
          b.addPeople(TeamPerson.of(m.name(), m.id(), PersonStatus.PARTY_MEMBER));
        }
        for (int i = 0; i < activists + others; i++) {
          b.addPeople(
              ImmutableTeamPerson.builder()
                  .name(
                      Names.personName(
                          d.random, d.random.nextBoolean() ? Gender.MALE : Gender.FEMALE))
                  .status(i < activists ? PersonStatus.ACTIVIST : PersonStatus.OTHER)
                  .build());
        }
      }
      d.teams.add(b.build());
    }
  }

  static final List<String> TEAM_NAMES = List.of("安全生产", "技术攻关", "服务群众", "青年突击", "绿色发展", "质量提升");
}
