package org.dangjian.validation.internal.rules;

import static org.dangjian.core.record.RecordKind.TEAM;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.dangjian.core.member.Member;
import org.dangjian.core.vanguard.PersonStatus;
import org.dangjian.core.vanguard.Team;
import org.dangjian.core.vanguard.TeamPerson;
import org.dangjian.validation.internal.Catalogue;
import org.dangjian.validation.internal.DatasetCheck;
import org.dangjian.validation.internal.RecordContext;
import org.dangjian.validation.internal.RuleCodes;
import org.dangjian.validation.internal.RuleGroup;
import org.dangjian.validation.internal.RunContext;
import org.dangjian.validation.rule.Rule;

/**
 * Vanguard posts and teams (党员先锋岗、示范岗、突击队、志愿服务队、青年文明号): the counts a team states agree with the
 * people it lists (TEAM-COUNT), its dates are in order and not after the reference date
 * (TEAM-DATES), the organization and members it names exist (TEAM-REFERENCE), and a post's holder
 * and everyone listed as a Party member were Party members from the day it was set up until it
 * ended, or until the run's date while it lasts (TEAM-MEMBER). Memory: the shared {@link
 * StructureIndex} (the first and the last day of Party membership are columns of its {@link
 * MemberColumns}), nothing of its own per member; per team reference to a member or an organization
 * one small entry until the run finishes.
 */
public final class TeamRules implements RuleGroup {

  static final Rule TEAM_REFERENCE = Catalogue.rule(RuleCodes.TEAM_REFERENCE);

  static final Rule TEAM_MEMBER = Catalogue.rule(RuleCodes.TEAM_MEMBER);

  static final Rule TEAM_COUNT = Catalogue.rule(RuleCodes.TEAM_COUNT);

  static final Rule TEAM_DATES = Catalogue.rule(RuleCodes.TEAM_DATES);

  @Override
  public String topic() {
    return "teams";
  }

  @Override
  public void team(Team t, RecordContext context) {
    counts(t, context);
    if (t.endedOn().isPresent() && t.endedOn().get().isBefore(t.establishedOn())) {
      LocalDate ended = t.endedOn().get();
      context.report(
          TEAM_DATES,
          "endedOn",
          ended.toString(),
          "problem",
          "结束日期 " + ended + " 早于设立日期 " + t.establishedOn(),
          "problemEn",
          "it ends on " + ended + ", before it was set up on " + t.establishedOn());
    }
    if (t.establishedOn().isAfter(context.asOf())) {
      context.report(
          TEAM_DATES,
          "establishedOn",
          t.establishedOn().toString(),
          "problem",
          "设立日期 " + t.establishedOn() + " 晚于核查日期 " + context.asOf(),
          "problemEn",
          "it is set up on " + t.establishedOn() + ", after the reference date " + context.asOf());
    }
  }

  private static void counts(Team t, RecordContext context) {
    int listed = t.people().size();
    int members = (int) t.listed(PersonStatus.PARTY_MEMBER);
    int activists = (int) t.listed(PersonStatus.ACTIVIST);
    OptionalInt size = t.statedSize();
    OptionalInt statedMembers = t.statedPartyMembers();
    OptionalInt statedActivists = t.statedActivists();
    int sm = statedMembers.orElse(0);
    int sa = statedActivists.orElse(0);
    if (size.isPresent() && sm + sa > size.getAsInt()) {
      countIssue(
          context,
          "statedSize",
          size.getAsInt(),
          "党员 " + sm + " 人与积极分子 " + sa + " 人之和超过总人数 " + size.getAsInt(),
          sm + " members and " + sa + " activists are more than the size " + size.getAsInt());
    } else if (size.isPresent() && listed > size.getAsInt()) {
      countIssue(
          context,
          "people",
          listed,
          "名单列出 " + listed + " 人，多于总人数 " + size.getAsInt(),
          listed + " people are listed, more than the size " + size.getAsInt());
    } else if (statedMembers.isPresent() && !fits(members, sm, listed, size)) {
      countIssue(
          context,
          "statedPartyMembers",
          sm,
          "名单中列为党员者 " + members + " 人，与所称党员 " + sm + " 人不符",
          members + " listed as Party members disagree with the stated " + sm);
    } else if (statedActivists.isPresent() && !fits(activists, sa, listed, size)) {
      countIssue(
          context,
          "statedActivists",
          sa,
          "名单中列为积极分子者 " + activists + " 人，与所称积极分子 " + sa + " 人不符",
          activists + " listed as activists disagree with the stated " + sa);
    }
  }

  /**
   * True when {@code listed} people of a status agree with {@code stated}: at most as many, and
   * exactly as many when the list is complete (as long as the stated size).
   */
  private static boolean fits(int listed, int stated, int people, OptionalInt size) {
    boolean complete = size.isPresent() && people == size.getAsInt();
    return complete ? listed == stated : listed <= stated;
  }

  private static void countIssue(
      RecordContext context, String field, int value, String problem, String problemEn) {
    context.report(
        TEAM_COUNT, field, String.valueOf(value), "problem", problem, "problemEn", problemEn);
  }

  @Override
  public DatasetCheck newDatasetCheck(RunContext run) {
    return new References(run);
  }

  /**
   * Resolves the organization and member ids of every team against the run's records, and checks
   * Party membership over a team's period (from its set-up day to its last day) from each member's
   * first and last day.
   */
  private static final class References implements DatasetCheck {
    private final RunContext run;
    private final StructureIndex index;
    private final List<Reference> references = new ArrayList<>();

    References(RunContext run) {
      this.run = run;
      this.index = StructureIndex.of(run);
    }

    /** A member or organization id a team names, with what the team needs of it. */
    private record Reference(
        int team,
        String field,
        String id,
        boolean organization,
        LocalDate partyOn,
        LocalDate partyUntil,
        String role) {}

    @Override
    public void member(Member m, RecordContext seen) {
      index.member(m, seen.index());
    }

    @Override
    public void team(Team t, RecordContext seen) {
      int i = seen.index();
      references.add(
          new Reference(i, "organizationId", t.organizationId(), true, null, null, null));
      LocalDate on = t.establishedOn();
      // the last day of the period: the day before it ended, or the run's date while it lasts
      LocalDate last = t.endedOn().map(d -> d.minusDays(1)).orElse(run.asOf());
      LocalDate until = last.isBefore(on) ? on : last;
      t.holderId()
          .ifPresent(
              id ->
                  references.add(
                      new Reference(
                          i, "holderId", id, false, t.kind().isPost() ? on : null, until, "持岗人")));
      List<TeamPerson> people = t.people();
      for (int k = 0; k < people.size(); k++) {
        TeamPerson p = people.get(k);
        if (p.memberId().isPresent()) {
          boolean party = p.status() == PersonStatus.PARTY_MEMBER;
          references.add(
              new Reference(
                  i,
                  "people[" + k + "].memberId",
                  p.memberId().get(),
                  false,
                  party ? on : null,
                  until,
                  "名单中的党员"));
        }
      }
    }

    @Override
    public void finish() {
      Set<Long> wanted = new HashSet<>();
      for (Reference r : references) {
        if (!r.organization() && r.partyOn() != null) {
          wanted.add(StructureIndex.hash(r.id()));
        }
      }
      Map<Long, Integer> found = index.firstMembers(wanted);
      for (Reference r : references) {
        boolean exists =
            r.organization()
                ? run.organization(r.id()).isPresent()
                : index.hasMember(StructureIndex.hash(r.id()));
        if (!exists) {
          run.reportAt(
              TEAM,
              r.team(),
              TEAM_REFERENCE,
              r.field(),
              r.id(),
              "target",
              r.organization() ? "党组织" : "成员",
              "targetEn",
              r.organization() ? "organization" : "member");
          continue;
        }
        Optional<Integer> member = Optional.ofNullable(found.get(StructureIndex.hash(r.id())));
        if (r.partyOn() == null || member.isEmpty()) {
          continue;
        }
        LocalDate notParty = null;
        if (!party(member.get(), r.partyOn())) {
          notParty = r.partyOn();
        } else if (!party(member.get(), r.partyUntil())) {
          // a member on the first day whose membership ended within the period: from that day
          notParty = LocalDate.ofEpochDay(index.columns().partyUntil(member.get()));
        }
        if (notParty != null) {
          run.reportAt(
              TEAM,
              r.team(),
              TEAM_MEMBER,
              r.field(),
              r.id(),
              "date",
              notParty,
              "role",
              r.role(),
              "roleEn",
              "持岗人".equals(r.role()) ? "post holder" : "listed Party member");
        }
      }
    }

    private boolean party(int member, LocalDate date) {
      MemberColumns columns = index.columns();
      if (columns.packedPartyFrom(member) == Character.MAX_VALUE) {
        return false;
      }
      int day = StructureIndex.day(date);
      return day >= columns.partyFrom(member) && day < columns.partyUntil(member);
    }
  }
}
