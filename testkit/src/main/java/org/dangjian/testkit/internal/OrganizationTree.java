package org.dangjian.testkit.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.dangjian.core.id.SocialCreditCode;
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
 * Builds the organization tree of the enterprise group (a root group committee over segment
 * committees, general branches and branches, with Chinese names, host companies and founding dates)
 * and later turns each node into an {@link Organization} record with host unit and social credit
 * code, committee terms, post holders chosen among the veteran members, ratings and honors.
 */
final class OrganizationTree {

  private final GeneratorContext ctx;
  private final SplittableRandom random;

  OrganizationTree(GeneratorContext ctx) {
    this.ctx = ctx;
    this.random = ctx.random;
  }

  /** Creates all organization nodes in {@code ctx.orgs} and records the branch indexes. */
  void build() {
    LocalDate asOf = ctx.asOf;
    List<OrgNode> orgs = ctx.orgs;
    String groupName = Names.pick(random, Names.GROUPS);
    OrgNode root = new OrgNode(0, OrganizationKind.PARTY_COMMITTEE, -1);
    root.name = "中共" + groupName + "集团委员会";
    root.label = "集团机关";
    root.company = groupName + "集团有限公司";
    root.committee = 0;
    root.founded = ctx.randomDate(asOf.minusYears(26), asOf.minusYears(20));
    orgs.add(root);
    List<Integer> segments = new ArrayList<>();
    for (int c = 1; c < ctx.settings.committees(); c++) {
      OrgNode seg = add(OrganizationKind.PARTY_COMMITTEE, 0);
      String segment = Names.cycled(Names.SEGMENTS, c - 1);
      seg.name = "中共" + groupName + "集团" + segment + "板块委员会";
      seg.label = segment + "板块";
      seg.company = groupName + segment + "有限公司";
      seg.committee = seg.index;
      seg.founded = ctx.randomDate(root.founded.plusDays(30), root.founded.plusYears(4));
      segments.add(seg.index);
    }
    List<Integer> generalBranches = new ArrayList<>();
    for (int g = 0; g < ctx.settings.generalBranches(); g++) {
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
    for (int b = 0; b < ctx.settings.branches(); b++) {
      int parent = hosts.get(b % hosts.size());
      OrgNode p = orgs.get(parent);
      OrgNode br = add(OrganizationKind.BRANCH, parent);
      int number =
          (int)
              p.children.stream().filter(i -> orgs.get(i).kind == OrganizationKind.BRANCH).count();
      br.label = p.label + "第" + Names.numeral(number) + "党支部";
      br.name = br.label;
      br.company = p.company;
      br.committee = p.committee;
      br.founded = childFounded(p);
      ctx.branchIndexes.add(br.index);
    }
  }

  private OrgNode add(OrganizationKind kind, int parent) {
    OrgNode node = new OrgNode(ctx.orgs.size(), kind, parent);
    ctx.orgs.add(node);
    ctx.org(parent).children.add(node.index);
    return node;
  }

  private LocalDate childFounded(OrgNode parent) {
    LocalDate latest = ctx.asOf.minusYears(6).minusDays(1);
    LocalDate earliest = parent.founded.plusDays(1);
    if (!earliest.isBefore(latest)) {
      return earliest;
    }
    return ctx.randomDate(
        earliest, earliest.plusYears(6).isBefore(latest) ? earliest.plusYears(6) : latest);
  }

  /** The organization record of {@code node}; call after the members have been planned. */
  Organization toOrganization(OrgNode node) {
    LocalDate asOf = ctx.asOf;
    ImmutableOrganization.Builder b =
        Organization.builder().id(node.id).name(node.name).kind(node.kind).foundedOn(node.founded);
    if (node.parent >= 0) {
      b.parentId(ctx.org(node.parent).id);
    }
    if (node.index == 0 || node.index == node.committee) {
      ImmutableHostUnit.Builder unit =
          HostUnit.builder()
              .name(node.company)
              .creditCode(creditCode())
              .ownership(Ownership.PRIVATE);
      if (node.index == 0) {
        ctx.settings.employees().ifPresent(unit::employeeCount);
      }
      b.hostUnit(unit.build());
    }
    int term = node.kind == OrganizationKind.PARTY_COMMITTEE ? 5 : 3;
    LocalDate elected = ctx.randomDate(asOf.minusYears(term).plusDays(30), asOf.minusDays(30));
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
    List<Person> veterans = node.veterans();
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
      for (int br : ctx.branchIndexes) {
        for (Person v : ctx.org(br).veterans()) {
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
    int[] picks = ctx.distinct(pool.size(), n);
    for (int i = 0; i < n; i++) {
      b.addPost(post(seats[i], pool.get(picks[i]), from));
    }
    if (n > 0) {
      node.secretary = pool.get(picks[0]);
    }
  }

  private void collectVeterans(OrgNode node, List<Person> out) {
    if (out.size() >= 50) {
      return;
    }
    if (node.kind == OrganizationKind.BRANCH) {
      out.addAll(node.veterans());
    }
    for (int child : node.children) {
      collectVeterans(ctx.org(child), out);
    }
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
    return SocialCreditCode.parse(first17 + SocialCreditCode.checkCharacter(first17)).orElseThrow();
  }
}
