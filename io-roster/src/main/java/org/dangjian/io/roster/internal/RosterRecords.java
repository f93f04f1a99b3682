package org.dangjian.io.roster.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjian.core.code.Education;
import org.dangjian.core.code.Ethnicity;
import org.dangjian.core.code.Gender;
import org.dangjian.core.code.Occupation;
import org.dangjian.core.id.MobileNumber;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.id.SocialCreditCode;
import org.dangjian.core.member.Development;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.ImmutableDevelopment;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.member.ProbationExtension;
import org.dangjian.core.member.StepCoverage;
import org.dangjian.core.member.StepRecord;
import org.dangjian.core.organization.Committee;
import org.dangjian.core.organization.HostUnit;
import org.dangjian.core.organization.ImmutableHostUnit;
import org.dangjian.core.organization.ImmutableOrganization;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.Ownership;
import org.dangjian.core.organization.UnitType;
import org.dangjian.io.roster.MemberColumn;
import org.dangjian.io.roster.OrganizationColumn;
import org.dangjian.validation.InputProblem;

/**
 * Builds the member or organization of a decoded {@link RosterRow}: the member's fields, extras and
 * its development record of the five roster dates, or the organization with its committee and host
 * unit, reporting at the row the combinations a single cell cannot show (a committee election date
 * without its term, host-unit columns without the unit's name, a term of zero years).
 */
final class RosterRecords {

  private RosterRecords() {}

  static Member member(RosterRow row) {
    ImmutableMember.Builder b =
        Member.builder()
            .id(row.<String>get(MemberColumn.ID))
            .name(row.<String>get(MemberColumn.NAME))
            .gender(row.<Gender>get(MemberColumn.GENDER))
            .birthDate(row.<LocalDate>get(MemberColumn.BIRTH_DATE))
            .stage(row.<MemberStage>get(MemberColumn.STAGE))
            .organizationId(row.<String>get(MemberColumn.ORGANIZATION_ID))
            .ethnicity(row.<Ethnicity>optional(MemberColumn.ETHNICITY))
            .idNumber(row.<ResidentIdNumber>optional(MemberColumn.ID_NUMBER))
            .education(row.<Education>optional(MemberColumn.EDUCATION))
            .partyGroupId(row.<String>optional(MemberColumn.PARTY_GROUP_ID))
            .phone(row.<MobileNumber>optional(MemberColumn.PHONE))
            .employer(row.<String>optional(MemberColumn.EMPLOYER))
            .unitId(Optional.ofNullable(row.unitId))
            .jobTitle(row.<String>optional(MemberColumn.JOB_TITLE))
            .occupation(row.<Occupation>optional(MemberColumn.OCCUPATION))
            .lostContactSince(row.<LocalDate>optional(MemberColumn.LOST_CONTACT_SINCE))
            .putAllExtras(row.extras);
    Development development =
        development(
            row.get(MemberColumn.APPLICATION_DATE),
            row.get(MemberColumn.ACTIVIST_DATE),
            row.get(MemberColumn.TARGET_DATE),
            row.get(MemberColumn.ADMISSION_DATE),
            row.get(MemberColumn.FULL_MEMBERSHIP_DATE));
    if (!development.steps().isEmpty()) {
      b.development(development);
    }
    return b.build();
  }

  /**
   * The development record of the five roster dates (any may be null), with coverage {@code
   * MILESTONES} (an absent step is unknown, not missing): steps 1, 3, 7, 15 and 24, and an
   * extension of the probation when the end of probation falls 1 to 12 whole months after the first
   * anniversary of the admission.
   */
  public static Development development(
      LocalDate application,
      LocalDate activist,
      LocalDate target,
      LocalDate admission,
      LocalDate fullMembership) {
    ImmutableDevelopment.Builder d = Development.builder().coverage(StepCoverage.MILESTONES);
    Map<DevelopmentStep, LocalDate> steps = new EnumMap<>(DevelopmentStep.class);
    steps.put(DevelopmentStep.APPLICATION, application);
    steps.put(DevelopmentStep.ACTIVIST_DESIGNATION, activist);
    steps.put(DevelopmentStep.TARGET_DESIGNATION, target);
    steps.put(DevelopmentStep.ADMISSION_MEETING, admission);
    steps.put(DevelopmentStep.CONVERSION_APPROVAL, fullMembership);
    steps.forEach(
        (step, date) -> {
          if (date != null) {
            d.addStep(StepRecord.of(step, date));
          }
        });
    if (admission != null && fullMembership != null) {
      LocalDate anniversary = admission.plusYears(1);
      for (int months = 1; months <= 12; months++) {
        if (anniversary.plusMonths(months).equals(fullMembership)) {
          d.probationExtension(ProbationExtension.of(anniversary, months));
          break;
        }
      }
    }
    return d.build();
  }

  static Optional<Organization> organization(RosterRow row, RosterHeaders.Layout layout) {
    ImmutableOrganization.Builder b =
        Organization.builder()
            .id(row.<String>get(OrganizationColumn.ID))
            .name(row.<String>get(OrganizationColumn.NAME))
            .kind(row.<OrganizationKind>get(OrganizationColumn.KIND))
            .parentId(row.<String>optional(OrganizationColumn.PARENT_ID))
            .foundedOn(row.<LocalDate>optional(OrganizationColumn.FOUNDED_ON))
            .dissolvedOn(row.<LocalDate>optional(OrganizationColumn.DISSOLVED_ON))
            .putAllExtras(row.extras);
    Optional<LocalDate> elected = row.optional(OrganizationColumn.COMMITTEE_ELECTED_ON);
    Optional<Integer> term = row.optional(OrganizationColumn.COMMITTEE_TERM_YEARS);
    if (elected.isPresent() != term.isPresent()) {
      OrganizationColumn absent =
          elected.isPresent()
              ? OrganizationColumn.COMMITTEE_TERM_YEARS
              : OrganizationColumn.COMMITTEE_ELECTED_ON;
      OrganizationColumn given =
          elected.isPresent()
              ? OrganizationColumn.COMMITTEE_ELECTED_ON
              : OrganizationColumn.COMMITTEE_TERM_YEARS;
      int at = layout.indexOf(absent);
      row.problem(
          InputProblem.MISSING_FIELD,
          row.at(at >= 0 ? at : layout.indexOf(given), absent),
          "",
          Map.of("field", at >= 0 ? layout.headers().get(at) : absent.header()));
      return Optional.empty();
    }
    if (elected.isPresent()) {
      if (term.get() <= 0) {
        int at = layout.indexOf(OrganizationColumn.COMMITTEE_TERM_YEARS);
        row.problem(
            InputProblem.VALUE,
            row.at(at, OrganizationColumn.COMMITTEE_TERM_YEARS),
            String.valueOf(term.get()),
            Map.of(
                "field",
                layout.headers().get(at),
                "expected",
                "正整数（年）",
                "expectedEn",
                "a positive number of years"));
        return Optional.empty();
      }
      b.addCommittee(Committee.builder().electedOn(elected.get()).termYears(term.get()).build());
    }
    Optional<String> unitName = row.optional(OrganizationColumn.UNIT_NAME);
    if (unitName.isPresent()) {
      ImmutableHostUnit.Builder unit =
          HostUnit.builder()
              .name(unitName.get())
              .creditCode(row.<SocialCreditCode>optional(OrganizationColumn.UNIT_CREDIT_CODE))
              .ownership(row.<Ownership>optional(OrganizationColumn.UNIT_OWNERSHIP));
      row.<UnitType>optional(OrganizationColumn.UNIT_TYPE).ifPresent(unit::type);
      row.<Integer>optional(OrganizationColumn.UNIT_EMPLOYEE_COUNT).ifPresent(unit::employeeCount);
      b.hostUnit(unit.build());
    } else {
      for (OrganizationColumn column :
          List.of(
              OrganizationColumn.UNIT_CREDIT_CODE,
              OrganizationColumn.UNIT_TYPE,
              OrganizationColumn.UNIT_OWNERSHIP,
              OrganizationColumn.UNIT_EMPLOYEE_COUNT)) {
        int at = layout.indexOf(column);
        String text = at >= 0 && at < row.cells.size() ? row.cells.text(at) : null;
        if (text != null && !text.isBlank()) {
          int nameAt = layout.indexOf(OrganizationColumn.UNIT_NAME);
          row.problem(
              InputProblem.MISSING_FIELD,
              row.at(nameAt >= 0 ? nameAt : at, OrganizationColumn.UNIT_NAME),
              "",
              Map.of(
                  "field",
                  nameAt >= 0
                      ? layout.headers().get(nameAt)
                      : OrganizationColumn.UNIT_NAME.header()));
          return Optional.empty();
        }
      }
    }
    return Optional.of(b.build());
  }
}
