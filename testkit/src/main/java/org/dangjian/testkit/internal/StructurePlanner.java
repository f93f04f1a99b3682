package org.dangjian.testkit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangjian.core.code.Gender;
import org.dangjian.core.id.SocialCreditCode;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Committee;
import org.dangjian.core.organization.HostUnit;
import org.dangjian.core.organization.ImmutableOrganization;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.Ownership;
import org.dangjian.core.organization.PostHolding;
import org.dangjian.core.organization.PostKind;

/**
 * Widens the organization tree of a generated group (see {@code Breadth}): turns the first segment
 * committees into an organ party committee (机关党委) and a working committee (两新组织党工委), adds a
 * discipline commission (纪委) beside the root committee, the mass organizations (a trade union with
 * a committee sized by the union rules, a union federation, unions in the segment companies, a
 * youth league committee with league branches), makes some branches joint branches of two to four
 * units, adds temporary branches of a project whose members keep their home branch, and party
 * groups in the larger branches, each member of the branch in one of them.
 */
final class StructurePlanner {

  /** Branches of at least this many Party members get party groups. */
  static final int GROUP_BRANCH_SIZE = 20;

  private final Draft d;
  private final People people;

  StructurePlanner(Draft draft, People people) {
    this.d = draft;
    this.people = people;
  }

  void plan() {
    if (d.breadth.committeeKinds()) {
      committeeKinds();
    }
    if (d.breadth.disciplineCommission()) {
      disciplineCommission();
    }
    if (d.breadth.massOrganizations()) {
      massOrganizations();
    }
    jointBranches();
    temporaryBranches();
    if (d.breadth.partyGroups()) {
      partyGroups();
    }
  }

  private Organization root() {
    return d.organizations.get(0);
  }

  private String groupName() {
    String name = root().name();
    return name.substring(2, name.length() - "委员会".length());
  }

  private void committeeKinds() {
    List<Organization> segments =
        d.organizations.stream()
            .filter(
                o ->
                    o.kind() == OrganizationKind.PARTY_COMMITTEE
                        && o.parentId().filter(root().id()::equals).isPresent())
            .toList();
    if (segments.size() >= 1) {
      d.replace(
          ImmutableOrganization.copyOf(segments.get(0))
              .withKind(OrganizationKind.ORGAN_PARTY_COMMITTEE)
              .withName("中共" + groupName() + "机关委员会"));
    }
    if (segments.size() >= 2) {
      d.replace(
          ImmutableOrganization.copyOf(segments.get(1))
              .withKind(OrganizationKind.WORKING_COMMITTEE)
              .withName("中共" + groupName() + "非公有制企业和社会组织工作委员会"));
    }
  }

  private void disciplineCommission() {
    Organization root = root();
    Committee term = root.latestCommittee().orElseThrow();
    LocalDate from = term.electedOn();
    ImmutableOrganization.Builder b =
        Organization.builder()
            .id(d.nextOrgId())
            .name("中共" + groupName() + "纪律检查委员会")
            .kind(OrganizationKind.DISCIPLINE_COMMISSION)
            .parentId(root.id())
            .addCommittee(
                Committee.builder()
                    .electedOn(from)
                    .termYears(term.termYears())
                    .termNumber(term.termNumber().orElse(1))
                    .build());
    root.foundedOn().ifPresent(b::foundedOn);
    PostKind[] seats = {PostKind.SECRETARY, PostKind.DEPUTY_SECRETARY, PostKind.COMMITTEE_MEMBER};
    List<Member> holders = people.fullBelow(root.id(), from, seats.length);
    for (int i = 0; i < holders.size(); i++) {
      b.addPost(People.post(seats[i], holders.get(i), from, d.random));
    }
    d.add(b.build());
  }

  private void massOrganizations() {
    Organization root = root();
    LocalDate founded = root.foundedOn().orElse(d.asOf.minusYears(20)).plusMonths(2);
    int employees = root.hostUnit().map(u -> u.employeeCount().orElse(-1)).orElse(-1);
    Organization union =
        massCommittee(
            OrganizationKind.TRADE_UNION,
            groupName() + "工会委员会",
            root,
            founded,
            unionSeats(employees),
            true);
    d.add(union);
    d.add(
        massCommittee(
            OrganizationKind.UNION_FEDERATION, groupName() + "工会联合会", root, founded, 3, false));
    for (Organization o : new ArrayList<>(d.organizations)) {
      if (o.hostUnit().isPresent()
          && o != root
          && o.kind().isCommitteeLevel()
          && o.kind() != OrganizationKind.TRADE_UNION) {
        LocalDate f = o.foundedOn().orElse(founded).plusMonths(1);
        d.add(
            massCommittee(
                OrganizationKind.TRADE_UNION, o.hostUnit().get().name() + "工会委员会", o, f, 3, true));
      }
    }
    Organization league =
        massCommittee(
            OrganizationKind.LEAGUE_COMMITTEE,
            "共青团" + groupName() + "委员会",
            root,
            founded,
            3,
            false);
    d.add(league);
    int n = 0;
    for (Organization o : new ArrayList<>(d.organizations)) {
      if (o.kind() == OrganizationKind.PARTY_COMMITTEE
          || o.kind() == OrganizationKind.ORGAN_PARTY_COMMITTEE
          || o.kind() == OrganizationKind.WORKING_COMMITTEE) {
        String label = o.id().equals(root.id()) ? "集团机关" : "第" + Names.numeral(++n);
        ImmutableOrganization.Builder b =
            Organization.builder()
                .id(d.nextOrgId())
                .name("共青团" + groupName() + label + "支部")
                .kind(OrganizationKind.LEAGUE_BRANCH)
                .parentId(league.id())
                .foundedOn(founded.plusMonths(1))
                .addPost(namedPost(PostKind.SECRETARY, founded.plusMonths(1)));
        d.add(b.build());
      }
    }
  }

  /** The least odd committee size the union rules allow for {@code employees}, 3 when unknown. */
  static int unionSeats(int employees) {
    int[][] bands = {
      {10, 1},
      {25, 3},
      {100, 3},
      {200, 5},
      {500, 7},
      {1000, 9},
      {5000, 15},
      {10000, 21},
      {50000, 29},
      {Integer.MAX_VALUE, 37}
    };
    if (employees < 0) {
      return 3;
    }
    for (int[] band : bands) {
      if (employees <= band[0]) {
        return band[1];
      }
    }
    throw new AssertionError();
  }

  private Organization massCommittee(
      OrganizationKind kind,
      String name,
      Organization parent,
      LocalDate founded,
      int seats,
      boolean union) {
    LocalDate elected = d.randomDate(d.asOf.minusYears(4), d.asOf.minusMonths(3));
    if (elected.isBefore(founded)) {
      elected = founded;
    }
    ImmutableOrganization.Builder b =
        Organization.builder()
            .id(d.nextOrgId())
            .name(name)
            .kind(kind)
            .parentId(parent.id())
            .foundedOn(founded)
            .addCommittee(Committee.builder().electedOn(elected).termYears(5).build());
    PostKind[] first =
        union
            ? new PostKind[] {PostKind.CHAIR, PostKind.VICE_CHAIR, PostKind.WOMEN_MEMBER}
            : new PostKind[] {PostKind.SECRETARY, PostKind.DEPUTY_SECRETARY, PostKind.YOUTH_MEMBER};
    for (int i = 0; i < seats; i++) {
      b.addPost(namedPost(i < first.length ? first[i] : PostKind.COMMITTEE_MEMBER, elected));
    }
    return b.build();
  }

  /** A post held by someone outside the dataset, named only. */
  private PostHolding namedPost(PostKind kind, LocalDate from) {
    var b =
        PostHolding.builder()
            .post(kind)
            .holderName(
                Names.personName(d.random, d.random.nextBoolean() ? Gender.MALE : Gender.FEMALE))
            .from(from);
    if (kind == PostKind.SECRETARY || kind == PostKind.DEPUTY_SECRETARY) {
      b.approvedOn(from.plusDays(5 + d.random.nextInt(15)));
    }
    return b.build();
  }

  private void jointBranches() {
    List<Organization> branches = d.ofKind(OrganizationKind.BRANCH);
    int count = Math.min(d.breadth.jointBranches(), branches.size());
    for (int k = 0; k < count; k++) {
      Organization o = branches.get((int) ((long) k * branches.size() / count));
      ImmutableOrganization joint =
          ImmutableOrganization.copyOf(o)
              .withKind(OrganizationKind.JOINT_BRANCH)
              .withName(o.name().replace("党支部", "联合党支部"));
      int units = 2 + d.random.nextInt(3);
      List<HostUnit> hosts = new ArrayList<>();
      for (int u = 0; u < units; u++) {
        hosts.add(
            HostUnit.builder()
                .name(Names.pick(d.random, Names.GROUPS) + Names.cycled(JOINT_TRADES, k * 5 + u))
                .creditCode(creditCode())
                .ownership(Ownership.PRIVATE)
                .employeeCount(12 + d.random.nextInt(13))
                .build());
      }
      d.replace(joint.withJointUnits(hosts));
    }
  }

  static final List<String> JOINT_TRADES =
      List.of("科技有限公司", "物流有限公司", "设计有限公司", "贸易有限公司", "信息服务有限公司", "建材有限公司");

  private void temporaryBranches() {
    Organization root = root();
    Set<String> used = new HashSet<>();
    for (int t = 0; t < d.breadth.temporaryBranches(); t++) {
      LocalDate founded = d.randomDate(d.asOf.minusMonths(10), d.asOf.minusMonths(2));
      List<Member> crew = people.fullBelow(root.id(), founded, 5 + t % 3, used);
      if (crew.size() < 3) {
        return;
      }
      String id = d.nextOrgId();
      ImmutableOrganization.Builder b =
          Organization.builder()
              .id(id)
              .name(groupName() + Names.cycled(PROJECTS, t) + "项目临时党支部")
              .kind(OrganizationKind.TEMPORARY_BRANCH)
              .parentId(root.id())
              .foundedOn(founded)
              .addPost(People.post(PostKind.SECRETARY, crew.get(0), founded, d.random));
      d.add(b.build());
      for (Member m : crew) {
        used.add(m.id());
        d.replace(ImmutableMember.copyOf(m).withOtherOrganizationIds(List.of(id)));
      }
    }
  }

  static final List<String> PROJECTS = List.of("新厂区建设", "数字化改造", "海外工程", "抢险保供");

  private void partyGroups() {
    Map<String, List<Member>> byBranch = d.partyMembersByOrganization();
    for (Organization branch : d.branches()) {
      List<Member> own = byBranch.getOrDefault(branch.id(), List.of());
      if (own.size() < GROUP_BRANCH_SIZE) {
        continue;
      }
      int groups = own.size() >= 36 ? 3 : 2;
      LocalDate founded = branch.foundedOn().orElse(d.asOf.minusYears(6)).plusDays(7);
      List<String> ids = new ArrayList<>();
      for (int g = 0; g < groups; g++) {
        String id = d.nextOrgId();
        ids.add(id);
        Member leader = null;
        for (int i = g; i < own.size(); i += groups) {
          if (Draft.isFullOn(own.get(i), d.asOf)) {
            leader = own.get(i);
            break;
          }
        }
        ImmutableOrganization.Builder b =
            Organization.builder()
                .id(id)
                .name(branch.name() + "第" + Names.numeral(g + 1) + "党小组")
                .kind(OrganizationKind.PARTY_GROUP)
                .parentId(branch.id())
                .foundedOn(founded);
        if (leader != null) {
          LocalDate from = People.later(founded, leader.development().fullMembershipDate());
          b.addPost(People.post(PostKind.GROUP_LEADER, leader, from, d.random));
        }
        d.add(b.build());
      }
      for (int i = 0; i < own.size(); i++) {
        Member m = d.member(own.get(i).id());
        d.replace(ImmutableMember.copyOf(m).withPartyGroupId(ids.get(i % groups)));
      }
    }
  }

  private SocialCreditCode creditCode() {
    StringBuilder org = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      org.append((char) ('0' + d.random.nextInt(10)));
    }
    org.append(SocialCreditCode.organizationCodeCheckCharacter(org.toString()));
    String first17 = "91" + Names.pick(d.random, Names.REGIONS) + org;
    return SocialCreditCode.parse(first17 + SocialCreditCode.checkCharacter(first17)).orElseThrow();
  }
}
