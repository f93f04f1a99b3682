package org.dangjian.validation.internal.rules;

import static org.dangjian.core.record.RecordKind.ORGANIZATION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Committee;
import org.dangjian.core.organization.ElectionMethod;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.PostHolding;
import org.dangjian.core.organization.PostKind;
import org.dangjian.validation.TermEdition;
import org.dangjian.validation.internal.Catalogue;
import org.dangjian.validation.internal.DatasetCheck;
import org.dangjian.validation.internal.RecordContext;
import org.dangjian.validation.internal.RuleCodes;
import org.dangjian.validation.internal.RuleGroup;
import org.dangjian.validation.internal.RunContext;
import org.dangjian.validation.internal.rules.StructureIndex.Slot;
import org.dangjian.validation.rule.Rule;

/**
 * Committees, terms and posts of the Party organizations that elect a committee (党委, 机关党委, 党总支,
 * 党支部, 联合党支部, 纪委): how the committee came into office (CONST-013), its term against the allowed
 * range (CONST-014) and the usual length (ORG-010, ORG-009), re-elections on time with the
 * postponement limit (ORG-011, ELEC-002), approval of secretaries and deputies (CONST-015), and
 * committee seats held only by full members (ELEC-004). Terms follow the {@link TermEdition} in
 * force on the election date. Memory: a few values per organization and per post holder; the shared
 * {@link StructureIndex} for the members' first day as full member.
 */
public final class CommitteeRules implements RuleGroup {

  static final Rule CONST_013 = Catalogue.rule(RuleCodes.CONST_013);
  static final Rule CONST_014 = Catalogue.rule(RuleCodes.CONST_014);
  static final Rule ORG_010 = Catalogue.rule(RuleCodes.ORG_010);
  static final Rule ORG_011 = Catalogue.rule(RuleCodes.ORG_011);
  static final Rule ORG_011_DUE = Catalogue.rule(RuleCodes.ORG_011_DUE);
  static final Rule CONST_015 = Catalogue.rule(RuleCodes.CONST_015);
  static final Rule ELEC_004 = Catalogue.rule(RuleCodes.ELEC_004);

  /** True for the kinds whose committee is elected and re-elected. */
  static boolean elects(OrganizationKind kind) {
    return switch (kind) {
      case PARTY_COMMITTEE,
          ORGAN_PARTY_COMMITTEE,
          GENERAL_BRANCH,
          BRANCH,
          JOINT_BRANCH,
          DISCIPLINE_COMMISSION ->
          true;
      default -> false;
    };
  }

  @Override
  public String topic() {
    return "committees";
  }

  @Override
  public void organization(Organization o, RecordContext context) {
    LocalDate asOf = context.asOf();
    if (!elects(o.kind()) || !o.existsOn(asOf)) {
      return;
    }
    Optional<Committee> latest = OrganizationRules.latestBy(o, asOf);
    if (latest.isPresent()) {
      Committee c = latest.get();
      String field = "committees[" + o.committees().indexOf(c) + "]";
      TermEdition edition = context.settings().termEdition(c.electedOn());
      if (c.termYears() < edition.minimumYears() || c.termYears() > edition.maximumYears()) {
        context.report(
            CONST_014,
            field + ".termYears",
            String.valueOf(c.termYears()),
            "years",
            c.termYears(),
            "min",
            edition.minimumYears(),
            "max",
            edition.maximumYears(),
            "edition",
            edition.name());
      }
      LocalDate limit = c.dueOn().plusMonths(edition.postponementMonths());
      if (asOf.isAfter(limit)) {
        context.report(
            ORG_011,
            field + ".electedOn",
            c.electedOn().toString(),
            "dueOn",
            c.dueOn(),
            "limit",
            limit);
      } else if (asOf.isAfter(c.dueOn())) {
        context.report(
            ORG_011_DUE,
            field + ".electedOn",
            c.electedOn().toString(),
            "dueOn",
            c.dueOn(),
            "limit",
            limit);
      }
      method(context, o.kind(), c, field);
    }
    List<PostHolding> posts = o.posts();
    for (int i = 0; i < posts.size(); i++) {
      PostHolding p = posts.get(i);
      boolean leader = p.post() == PostKind.SECRETARY || p.post() == PostKind.DEPUTY_SECRETARY;
      if (leader && p.heldOn(asOf) && p.approvedOn().filter(d -> !d.isAfter(asOf)).isEmpty()) {
        context.report(
            CONST_015,
            "posts[" + i + "].approvedOn",
            null,
            "post",
            p.post().label(),
            "postEn",
            ReferenceRules.english(p.post().name()),
            "holder",
            p.holderName());
      }
    }
  }

  private static void method(
      RecordContext context, OrganizationKind kind, Committee c, String field) {
    boolean congressAllowed =
        kind == OrganizationKind.PARTY_COMMITTEE
            || kind == OrganizationKind.ORGAN_PARTY_COMMITTEE
            || kind == OrganizationKind.DISCIPLINE_COMMISSION;
    ElectionMethod method = c.method();
    if (method == ElectionMethod.MEMBERS_MEETING
        || (method == ElectionMethod.CONGRESS && congressAllowed)) {
      return;
    }
    String expected = congressAllowed ? "党员大会或党员代表大会" : "党员大会";
    String expectedEn = congressAllowed ? "a members' meeting or congress" : "a members' meeting";
    context.report(
        CONST_013,
        field + ".method",
        method.label(),
        "kind",
        kind.label(),
        "kindEn",
        ReferenceRules.english(kind),
        "method",
        method.label(),
        "methodEn",
        ReferenceRules.english(method.name()),
        "expected",
        expected,
        "expectedEn",
        expectedEn);
  }

  @Override
  public DatasetCheck newDatasetCheck(RunContext run) {
    return new Terms(run);
  }

  /** The dataset check of one run. */
  private static final class Terms implements DatasetCheck {
    private final RunContext run;
    private final StructureIndex index;
    private final IntList termYears = new IntList();
    private final IntList electedOn = new IntList();
    private final IntList positions = new IntList();

    Terms(RunContext run) {
      this.run = run;
      this.index = StructureIndex.of(run);
    }

    @Override
    public void organization(Organization o, RecordContext seen) {
      int i = seen.index();
      index.organization(o, i);
      Slot slot = index.slot(o.id());
      if (slot.index != i
          || !elects(o.kind())
          || o.kind() == OrganizationKind.DISCIPLINE_COMMISSION
          || !o.existsOn(run.asOf())) {
        return;
      }
      Optional<Committee> latest = OrganizationRules.latestBy(o, run.asOf());
      if (latest.isPresent()) {
        termYears.set(slot.id, latest.get().termYears());
        electedOn.set(slot.id, StructureIndex.day(latest.get().electedOn()));
        positions.set(slot.id, o.committees().indexOf(latest.get()));
      }
    }

    @Override
    public void member(Member m, RecordContext seen) {
      int i = seen.index();
      index.member(m, i);
    }

    @Override
    public void finish() {
      index.resolve();
      for (Slot s : index.slots()) {
        int years = termYears.getOrZero(s.id);
        if (years == 0) {
          continue;
        }
        LocalDate elected = LocalDate.ofEpochDay(electedOn.get(s.id));
        int usual = run.settings().termEdition(elected).usualYears(s.kind, s.unitType);
        if (years != usual) {
          run.reportAt(
              ORGANIZATION,
              s.index,
              ORG_010,
              "committees[" + positions.get(s.id) + "].termYears",
              String.valueOf(years),
              "kind",
              s.kind.label(),
              "kindEn",
              ReferenceRules.english(s.kind),
              "years",
              years,
              "usual",
              usual);
        }
      }
      if (!run.isEnabled(ELEC_004)) {
        return;
      }
      List<Long> hashes = new ArrayList<>();
      for (int k = 0; k < index.posts().count(); k++) {
        if (index.posts().isCurrentSeat(k)) {
          hashes.add(index.posts().hash(k));
        }
      }
      Map<Long, Integer> found = index.firstMembers(hashes);
      for (int k = 0; k < index.posts().count(); k++) {
        if (!index.posts().isCurrentSeat(k)) {
          continue;
        }
        Integer member = found.get(index.posts().hash(k));
        if (member != null && index.memberFullFrom(member) > index.posts().from(k)) {
          String id = index.posts().memberId(k);
          run.reportAt(
              ORGANIZATION,
              index.posts().organization(k),
              ELEC_004,
              "posts[" + index.posts().position(k) + "].memberId",
              id,
              "post",
              index.posts().kind(k).label(),
              "postEn",
              ReferenceRules.english(index.posts().kind(k).name()),
              "value",
              id,
              "from",
              LocalDate.ofEpochDay(index.posts().from(k)));
        }
      }
    }
  }
}
