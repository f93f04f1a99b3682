package org.dangjian.io.roster.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.dangjian.core.code.CodedValue;
import org.dangjian.core.member.Development;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Committee;
import org.dangjian.core.organization.HostUnit;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.Unit;
import org.dangjian.core.points.PointEntry;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.vanguard.Team;
import org.dangjian.io.Privacy;
import org.dangjian.io.Roster;
import org.dangjian.io.internal.PersonalData;
import org.dangjian.io.roster.MemberColumn;
import org.dangjian.io.roster.OrganizationColumn;
import org.dangjian.io.roster.PointColumn;
import org.dangjian.io.roster.TeamColumn;
import org.dangjian.io.roster.UnitColumn;

/**
 * The cells a roster row holds for a record, in column order, for the CSV and XLSX writers: text as
 * {@link String} (not yet neutralized), dates as {@link LocalDate}, whole numbers as {@link
 * Integer}, code values as their Chinese label, identifiers as the {@link Privacy} profile writes
 * them, and null for an empty cell. With {@link Privacy#OMITTED} the ID and phone columns stay in
 * place, empty.
 */
public final class RosterCells {

  private RosterCells() {}

  /** The cells of {@code member}'s row. */
  public static List<Object> member(Member member, Privacy privacy) {
    Object[] cells = new Object[MemberColumn.values().length];
    Development d = member.development();
    for (MemberColumn column : MemberColumn.values()) {
      cells[column.ordinal()] =
          switch (column) {
            case ID -> member.id();
            case NAME -> member.name();
            case GENDER -> label(Optional.of(member.gender()));
            case ETHNICITY -> label(member.ethnicity());
            case BIRTH_DATE -> member.birthDate();
            case ID_NUMBER ->
                member.idNumber().flatMap(id -> PersonalData.idText(id, privacy)).orElse(null);
            case EDUCATION -> label(member.education());
            case STAGE -> label(Optional.of(member.stage()));
            case APPLICATION_DATE -> d.applicationDate().orElse(null);
            case ACTIVIST_DATE -> d.activistDate().orElse(null);
            case TARGET_DATE -> d.targetDate().orElse(null);
            case ADMISSION_DATE -> d.admissionDate().orElse(null);
            case FULL_MEMBERSHIP_DATE -> d.fullMembershipDate().orElse(null);
            case ORGANIZATION_ID -> member.organizationId();
            case PARTY_GROUP_ID -> member.partyGroupId().orElse(null);
            case PHONE ->
                member.phone().flatMap(p -> PersonalData.mobileText(p, privacy)).orElse(null);
            case EMPLOYER -> member.employer().orElse(null);
            case JOB_TITLE -> member.jobTitle().orElse(null);
            case OCCUPATION -> label(member.occupation());
            case LOST_CONTACT_SINCE -> member.lostContactSince().orElse(null);
          };
    }
    return scrubbed(cells, privacy);
  }

  /** The cells of {@code organization}'s row. */
  public static List<Object> organization(Organization organization, Privacy privacy) {
    Object[] cells = new Object[OrganizationColumn.values().length];
    Optional<HostUnit> unit = organization.hostUnit();
    for (OrganizationColumn column : OrganizationColumn.values()) {
      cells[column.ordinal()] =
          switch (column) {
            case ID -> organization.id();
            case NAME -> organization.name();
            case KIND -> organization.kind().label();
            case PARENT_ID -> organization.parentId().orElse(null);
            case FOUNDED_ON -> organization.foundedOn().orElse(null);
            case DISSOLVED_ON -> organization.dissolvedOn().orElse(null);
            case UNIT_NAME -> unit.map(HostUnit::name).orElse(null);
            case UNIT_CREDIT_CODE ->
                unit.flatMap(HostUnit::creditCode).map(c -> c.value()).orElse(null);
            case UNIT_TYPE -> unit.map(u -> u.type().label()).orElse(null);
            case UNIT_OWNERSHIP -> label(unit.flatMap(HostUnit::ownership));
            case UNIT_EMPLOYEE_COUNT ->
                unit.filter(u -> u.employeeCount().isPresent())
                    .map(u -> u.employeeCount().getAsInt())
                    .orElse(null);
            case COMMITTEE_ELECTED_ON ->
                organization.latestCommittee().map(Committee::electedOn).orElse(null);
            case COMMITTEE_TERM_YEARS ->
                organization.latestCommittee().map(Committee::termYears).orElse(null);
          };
    }
    return scrubbed(cells, privacy);
  }

  /** The cells of {@code unit}'s row. */
  public static List<Object> unit(Unit unit, Privacy privacy) {
    Object[] cells = new Object[UnitColumn.values().length];
    for (UnitColumn column : UnitColumn.values()) {
      cells[column.ordinal()] =
          switch (column) {
            case ID -> unit.id();
            case NAME -> unit.name();
            case TYPE -> unit.type().label();
            case CREDIT_CODE -> unit.creditCode().map(c -> c.value()).orElse(null);
            case EMPLOYEE_COUNT -> number(unit.employeeCount());
            case MEMBER_COUNT -> number(unit.memberCount());
            case FULL_MEMBER_COUNT -> number(unit.fullMemberCount());
            case MEMBERS_ELSEWHERE -> number(unit.membersElsewhere());
            case COVERAGE -> unit.coverage().label();
            case ORGANIZATION_ID -> unit.organizationId().orElse(null);
            case SUPERVISOR_ID -> unit.supervisorId().orElse(null);
            case INSTRUCTORS -> PlatformRecords.instructors(unit.instructors());
          };
    }
    return scrubbed(cells, privacy);
  }

  /** The cells of {@code entry}'s row. */
  public static List<Object> pointEntry(PointEntry entry, Privacy privacy) {
    Object[] cells = new Object[PointColumn.values().length];
    for (PointColumn column : PointColumn.values()) {
      cells[column.ordinal()] =
          switch (column) {
            case ID -> entry.id();
            case MEMBER_ID -> entry.memberId();
            case DATE -> entry.date();
            case POINTS -> entry.points();
            case CATEGORY -> entry.category().label();
            case LOCAL_CATEGORY -> entry.localCategory().orElse(null);
            case SOURCE_KIND -> label(entry.sourceKind());
            case SOURCE_ID -> entry.sourceId().orElse(null);
            case APPROVER_ID -> entry.approverId().orElse(null);
            case REMARK -> entry.remark().orElse(null);
          };
    }
    return scrubbed(cells, privacy);
  }

  /** The cells of {@code team}'s row. */
  public static List<Object> team(Team team, Privacy privacy) {
    Object[] cells = new Object[TeamColumn.values().length];
    for (TeamColumn column : TeamColumn.values()) {
      cells[column.ordinal()] =
          switch (column) {
            case ID -> team.id();
            case NAME -> team.name();
            case KIND -> team.kind().label();
            case ORGANIZATION_ID -> team.organizationId();
            case HOLDER_ID -> team.holderId().orElse(null);
            case POST -> team.post().orElse(null);
            case ESTABLISHED_ON -> team.establishedOn();
            case ENDED_ON -> team.endedOn().orElse(null);
            case STATED_SIZE -> number(team.statedSize());
            case STATED_PARTY_MEMBERS -> number(team.statedPartyMembers());
            case STATED_ACTIVISTS -> number(team.statedActivists());
          };
    }
    return scrubbed(cells, privacy);
  }

  /**
   * The cells of {@code record} of {@code kind}, when a roster has a place for that kind; empty
   * otherwise.
   */
  public static Optional<List<Object>> of(RecordKind kind, Object record, Privacy privacy) {
    return switch (kind) {
      case MEMBER -> Optional.of(member((Member) record, privacy));
      case ORGANIZATION -> Optional.of(organization((Organization) record, privacy));
      case UNIT -> Optional.of(unit((Unit) record, privacy));
      case POINT_ENTRY -> Optional.of(pointEntry((PointEntry) record, privacy));
      case TEAM -> Optional.of(team((Team) record, privacy));
      default -> Optional.empty();
    };
  }

  /** The roster that holds records of {@code kind}, if any. */
  public static Optional<Roster> roster(RecordKind kind) {
    for (Roster roster : Roster.values()) {
      if (RosterRows.recordKind(roster) == kind) {
        return Optional.of(roster);
      }
    }
    return Optional.empty();
  }

  /** The extras of a member or organization; none for the other kinds. */
  public static Map<String, String> extras(Object record) {
    if (record instanceof Member m) {
      return m.extras();
    }
    if (record instanceof Organization o) {
      return o.extras();
    }
    return Map.of();
  }

  private static Integer number(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }

  /**
   * The cells, with every resident ID or mobile number found in their text masked unless {@code
   * privacy} writes identifiers in full: a number typed into a name, a title or a record id is as
   * personal as one in its own column.
   */
  private static List<Object> scrubbed(Object[] cells, Privacy privacy) {
    for (int i = 0; i < cells.length; i++) {
      if (cells[i] instanceof String text) {
        cells[i] = PersonalData.freeText(text, privacy);
      }
    }
    return Arrays.asList(cells);
  }

  /** The text of a cell value for CSV: dates as {@code yyyy-MM-dd}, empty for null. */
  public static String text(Object cell) {
    return cell == null ? "" : cell.toString();
  }

  private static String label(Optional<? extends CodedValue> value) {
    return value.map(CodedValue::label).orElse(null);
  }
}
