package org.dangjian.validation.internal.rules;

import static org.dangjian.core.record.RecordKind.ORGANIZATION;
import static org.dangjian.validation.rule.Confidence.CONFIRMED;
import static org.dangjian.validation.rule.Confidence.SECONDARY;
import static org.dangjian.validation.rule.Confidence.UNRESOLVED;
import static org.dangjian.validation.rule.Scope.DATASET;
import static org.dangjian.validation.rule.Scope.RECORD;
import static org.dangjian.validation.rule.Severity.ERROR;
import static org.dangjian.validation.rule.Severity.WARNING;

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
import org.dangjian.validation.internal.DatasetCheck;
import org.dangjian.validation.internal.RecordContext;
import org.dangjian.validation.internal.RuleGroup;
import org.dangjian.validation.internal.Rules;
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

  static final Rule CONST_013 =
      Rules.rule("CONST-013", WARNING, CONFIRMED, RECORD, ORGANIZATION)
          .citation(Rules.CONSTITUTION, "第三十条第二款")
          .statement(
              "基层委员会由党员大会或代表大会选举产生，总支部委员会和支部委员会由党员大会选举产生。",
              "A grassroots committee is elected by a members' meeting or a congress; general branch "
                  + "and branch committees by a members' meeting.")
          .message(
              "{kind}的委员会由{method}产生，应由{expected}选举产生。",
              "The committee of the {kindEn} came in by {methodEn}; it should be elected by "
                  + "{expectedEn}.")
          .note(
              "新建组织首届委员会有时由上级指定，故为警告。",
              "A new organization's first committee is sometimes appointed, hence a warning.")
          .build();

  static final Rule CONST_014 =
      Rules.rule("CONST-014", WARNING, UNRESOLVED, RECORD, ORGANIZATION)
          .citation(Rules.CONSTITUTION, "第三十一条")
          .statement(
              "基层委员会、总支部委员会、支部委员会每届任期须在规定范围内（2018年意见：三年至五年）。",
              "A grassroots, general-branch or branch committee term lies in the allowed range (3 "
                  + "to 5 years in the 2018 edition).")
          .message(
              "委员会任期 {years} 年，不在 {min} 至 {max} 年范围内（{edition}版）。",
              "The committee term of {years} years is outside {min} to {max} years (edition "
                  + "{edition}).")
          .note(
              "2022年党章该句原文未核实（可能统一为五年），任期范围按设置中的任期版本判断。",
              "The 2022 wording is unverified (possibly a uniform five years); the range comes from "
                  + "the term edition in the settings.")
          .build();

  static final Rule ORG_010 =
      Rules.rule("ORG-010", WARNING, CONFIRMED, DATASET, ORGANIZATION)
          .citation(Rules.TERMS, "第一条")
          .statement(
              "基层党委每届任期一般为5年，党总支、党支部一般为3年，村和社区的党组织为5年。",
              "A grassroots committee's term is generally 5 years, a general branch's or branch's "
                  + "3 years, and 5 years in villages and communities.")
          .message(
              "{kind}的委员会任期 {years} 年，一般应为 {usual} 年。",
              "The {kindEn}'s committee term is {years} years; it is usually {usual}.")
          .note(
              "《支部工作条例》第二十一条（ORG-009）对党支部作同样规定。",
              "Branch Regulations Art. 21 (ORG-009) states the same for branches.")
          .build();

  static final Rule ORG_011 =
      Rules.rule("ORG-011", ERROR, CONFIRMED, RECORD, ORGANIZATION)
          .citation(Rules.TERMS, "第二条；《中国共产党基层组织选举工作条例》(2020)第三条")
          .statement(
              "委员会应按期换届；延期换届一般不超过1年。",
              "A committee is re-elected on time; a postponement is generally at most one year.")
          .message(
              "委员会应于 {dueOn} 换届，延期期限 {limit} 已过。",
              "The committee was due for re-election on {dueOn}; the postponement limit {limit} "
                  + "has passed.")
          .note(
              "《基层组织选举工作条例》第三条（ELEC-002）作同样规定。",
              "Election Regulations Art. 3 (ELEC-002) states the same.")
          .build();

  static final Rule ORG_011_DUE =
      Rules.rule("ORG-011-DUE", WARNING, CONFIRMED, RECORD, ORGANIZATION)
          .citation(Rules.TERMS, "第二条；《中国共产党基层组织选举工作条例》(2020)第三条")
          .statement(
              "委员会任期届满未换届的，须经上级批准延期（一般不超过1年）。",
              "A committee past its term needs approval to postpone (generally at most a year).")
          .message(
              "委员会已于 {dueOn} 任期届满，尚未换届；请确认延期已经批准（最迟 {limit}）。",
              "The committee's term ended on {dueOn} without re-election; check that a "
                  + "postponement was approved (until {limit} at most).")
          .build();

  static final Rule CONST_015 =
      Rules.rule("CONST-015", WARNING, SECONDARY, RECORD, ORGANIZATION)
          .citation(Rules.CONSTITUTION, "第三十一条")
          .statement(
              "书记、副书记选举产生后须报上级党组织批准。",
              "Secretaries and deputy secretaries are approved by the higher organization after "
                  + "their election.")
          .message(
              "{post} {holder} 未记录上级批准日期。",
              "No approval date is recorded for the {postEn} {holder}.")
          .note("批准日期可能只是未录入，故为警告。", "The date may just not be recorded, hence a warning.")
          .build();

  static final Rule ELEC_004 =
      Rules.rule("ELEC-004", ERROR, CONFIRMED, DATASET, ORGANIZATION)
          .citation(Rules.ELECTIONS, "第五条")
          .statement(
              "只有正式党员有选举权和被选举权；预备党员不能当选委员。",
              "Only full members elect and stand for election; probationary members cannot hold a "
                  + "committee seat.")
          .message(
              "{post} {value} 任职时（{from}）不是正式党员。",
              "The {postEn} {value} was not a full member on taking office ({from}).")
          .build();

  private static final List<Rule> RULES =
      List.of(CONST_013, CONST_014, ORG_010, ORG_011, ORG_011_DUE, CONST_015, ELEC_004);

  @Override
  public List<Rule> rules() {
    return RULES;
  }

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
      for (int k = 0; k < index.postCount(); k++) {
        if (index.postIsCurrentSeat(k)) {
          hashes.add(index.postHash(k));
        }
      }
      Map<Long, Integer> found = index.firstMembers(hashes);
      for (int k = 0; k < index.postCount(); k++) {
        if (!index.postIsCurrentSeat(k)) {
          continue;
        }
        Integer member = found.get(index.postHash(k));
        if (member != null && index.memberFullFrom(member) > index.postFrom(k)) {
          String id = index.postMemberId(k);
          run.reportAt(
              ORGANIZATION,
              index.postOrganization(k),
              ELEC_004,
              "posts[" + index.postPosition(k) + "].memberId",
              id,
              "post",
              index.postKind(k).label(),
              "postEn",
              ReferenceRules.english(index.postKind(k).name()),
              "value",
              id,
              "from",
              LocalDate.ofEpochDay(index.postFrom(k)));
        }
      }
    }
  }
}
