package org.dangjian.io.roster.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dangjian.core.id.SocialCreditCode;
import org.dangjian.core.organization.ImmutableUnit;
import org.dangjian.core.organization.InstructorAppointment;
import org.dangjian.core.organization.Unit;
import org.dangjian.core.organization.UnitCoverage;
import org.dangjian.core.organization.UnitType;
import org.dangjian.core.points.ImmutablePointEntry;
import org.dangjian.core.points.PointCategory;
import org.dangjian.core.points.PointEntry;
import org.dangjian.core.points.PointSourceKind;
import org.dangjian.core.vanguard.ImmutableTeam;
import org.dangjian.core.vanguard.Team;
import org.dangjian.core.vanguard.TeamKind;
import org.dangjian.io.roster.PointColumn;
import org.dangjian.io.roster.TeamColumn;
import org.dangjian.io.roster.UnitColumn;
import org.dangjian.validation.InputProblem;

/**
 * Builds the records of the party-building platforms' sheets from a decoded {@link RosterRow}: a
 * unit (单位名册) with its coverage and instructors, a points entry (积分台账), a vanguard post or team
 * (先锋岗队名册); and writes and reads the one composite cell, 党建指导员: each instructor as {@code
 * 姓名（yyyy-MM-dd）}, separated by 、.
 */
final class PlatformRecords {

  /** One instructor of the 党建指导员 cell: a name, then the appointment day in brackets. */
  private static final Pattern INSTRUCTOR =
      Pattern.compile("\\s*([^（(、,，;；]+?)\\s*[（(]([^）)]*)[）)]\\s*");

  private PlatformRecords() {}

  /** The 党建指导员 cell of {@code instructors}. */
  static String instructors(List<InstructorAppointment> instructors) {
    if (instructors.isEmpty()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (InstructorAppointment a : instructors) {
      parts.add(a.instructorName() + "（" + a.from() + "）");
    }
    return String.join("、", parts);
  }

  /**
   * The instructors of a 党建指导员 cell, or empty (reported as {@code IO-VALUE} at the cell) when a
   * part is not a name with a day in brackets.
   */
  private static Optional<List<InstructorAppointment>> instructors(
      RosterRow row, RosterHeaders.Layout layout, String text) {
    List<InstructorAppointment> out = new ArrayList<>();
    for (String part : text.split("[、,，;；]")) {
      if (part.isBlank()) {
        continue;
      }
      Matcher m = INSTRUCTOR.matcher(part);
      Optional<LocalDate> day =
          m.matches() ? CellText.date(m.group(2).strip(), false) : Optional.empty();
      if (day.isEmpty()) {
        int at = layout.indexOf(UnitColumn.INSTRUCTORS);
        row.problem(
            InputProblem.VALUE,
            row.at(at, UnitColumn.INSTRUCTORS),
            part.strip(),
            Map.of(
                "field",
                at >= 0 ? layout.headers().get(at) : UnitColumn.INSTRUCTORS.header(),
                "expected",
                "姓名（选派日期），以、分隔，如 王建国（2023-03-01）",
                "expectedEn",
                "a name with the day of appointment in brackets, separated by 、, e.g. 王建国（2023-03-01）"));
        return Optional.empty();
      }
      out.add(
          InstructorAppointment.builder()
              .instructorName(m.group(1).strip())
              .from(day.get())
              .build());
    }
    return Optional.of(out);
  }

  static Optional<Unit> unit(RosterRow row, RosterHeaders.Layout layout) {
    ImmutableUnit.Builder b =
        Unit.builder()
            .id(row.<String>get(UnitColumn.ID))
            .name(row.<String>get(UnitColumn.NAME))
            .coverage(row.<UnitCoverage>get(UnitColumn.COVERAGE))
            .creditCode(row.<SocialCreditCode>optional(UnitColumn.CREDIT_CODE))
            .organizationId(row.<String>optional(UnitColumn.ORGANIZATION_ID))
            .supervisorId(row.<String>optional(UnitColumn.SUPERVISOR_ID));
    row.<UnitType>optional(UnitColumn.TYPE).ifPresent(b::type);
    row.<Integer>optional(UnitColumn.EMPLOYEE_COUNT).ifPresent(b::employeeCount);
    row.<Integer>optional(UnitColumn.MEMBER_COUNT).ifPresent(b::memberCount);
    row.<Integer>optional(UnitColumn.FULL_MEMBER_COUNT).ifPresent(b::fullMemberCount);
    row.<Integer>optional(UnitColumn.MEMBERS_ELSEWHERE).ifPresent(b::membersElsewhere);
    Optional<String> instructors = row.optional(UnitColumn.INSTRUCTORS);
    if (instructors.isPresent()) {
      Optional<List<InstructorAppointment>> list = instructors(row, layout, instructors.get());
      if (list.isEmpty()) {
        return Optional.empty();
      }
      b.addAllInstructors(list.get());
    }
    return Optional.of(b.build());
  }

  static PointEntry pointEntry(RosterRow row) {
    ImmutablePointEntry.Builder b =
        PointEntry.builder()
            .id(row.<String>get(PointColumn.ID))
            .memberId(row.<String>get(PointColumn.MEMBER_ID))
            .date(row.<LocalDate>get(PointColumn.DATE))
            .points(row.<Integer>get(PointColumn.POINTS))
            .category(row.<PointCategory>get(PointColumn.CATEGORY))
            .localCategory(row.<String>optional(PointColumn.LOCAL_CATEGORY))
            .sourceKind(row.<PointSourceKind>optional(PointColumn.SOURCE_KIND))
            .sourceId(row.<String>optional(PointColumn.SOURCE_ID))
            .approverId(row.<String>optional(PointColumn.APPROVER_ID))
            .remark(row.<String>optional(PointColumn.REMARK));
    return b.build();
  }

  static Team team(RosterRow row) {
    ImmutableTeam.Builder b =
        Team.builder()
            .id(row.<String>get(TeamColumn.ID))
            .name(row.<String>get(TeamColumn.NAME))
            .kind(row.<TeamKind>get(TeamColumn.KIND))
            .organizationId(row.<String>get(TeamColumn.ORGANIZATION_ID))
            .holderId(row.<String>optional(TeamColumn.HOLDER_ID))
            .post(row.<String>optional(TeamColumn.POST))
            .establishedOn(row.<LocalDate>get(TeamColumn.ESTABLISHED_ON))
            .endedOn(row.<LocalDate>optional(TeamColumn.ENDED_ON));
    row.<Integer>optional(TeamColumn.STATED_SIZE).ifPresent(b::statedSize);
    row.<Integer>optional(TeamColumn.STATED_PARTY_MEMBERS).ifPresent(b::statedPartyMembers);
    row.<Integer>optional(TeamColumn.STATED_ACTIVISTS).ifPresent(b::statedActivists);
    return b.build();
  }
}
