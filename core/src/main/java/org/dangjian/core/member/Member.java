package org.dangjian.core.member;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjian.core.code.Education;
import org.dangjian.core.code.Ethnicity;
import org.dangjian.core.code.Gender;
import org.dangjian.core.code.Occupation;
import org.dangjian.core.constraint.Limits;
import org.dangjian.core.id.MobileNumber;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.internal.OrderedDomainStyle;
import org.dangjian.core.recognition.Honor;
import org.immutables.value.Value;

/**
 * A person in a branch's roster (党员花名册): a full or probationary member, or a person in the
 * development pipeline (applicant, activist, development target). It carries the person data of the
 * roster, the recorded {@link #stage()}, the home organization (exactly one, a branch: Party
 * Constitution Art. 8), the development record, transfers, mobile periods, departure, dues and
 * honors. Posts are recorded on the organizations ({@code Organization.posts()}) and looked up
 * through the dataset. The resident ID number and the phone number print masked.
 */
@Value.Immutable
@OrderedDomainStyle
public interface Member {

  /** A stable id, unique in a dataset. */
  @NotBlank
  @Size(max = Limits.ID)
  String id();

  /** The name (姓名). */
  @NotBlank
  @Size(max = Limits.PERSON_NAME)
  String name();

  /** The gender (性别). */
  Gender gender();

  /** The ethnic group (民族). */
  Optional<Ethnicity> ethnicity();

  /** The birth date (出生日期). */
  LocalDate birthDate();

  /** The resident ID number (公民身份号码); sensitive, prints masked. */
  Optional<ResidentIdNumber> idNumber();

  /** The highest education (学历). */
  Optional<Education> education();

  /** The mobile phone number; sensitive, prints masked. */
  Optional<MobileNumber> phone();

  /** The employer unit (工作单位). */
  Optional<@NotBlank @Size(max = Limits.ORGANIZATION_NAME) String> employer();

  /**
   * The id of the {@link org.dangjian.core.organization.Unit} the person works in (工作单位编号), when
   * the dataset tracks units: what the coverage and the transfer-in rate count by.
   */
  Optional<@NotBlank @Size(max = Limits.ID) String> unitId();

  /** The position at work (职务/岗位). */
  Optional<@NotBlank @Size(max = Limits.SHORT_TEXT) String> jobTitle();

  /** The occupation category of the party statistics. */
  Optional<Occupation> occupation();

  /** The stage as recorded (人员类别). */
  MemberStage stage();

  /** The home organization's id: a branch or joint branch. */
  @NotBlank
  @Size(max = Limits.ID)
  String organizationId();

  /** The party group (党小组) within the branch, when assigned. */
  Optional<@NotBlank @Size(max = Limits.ID) String> partyGroupId();

  /**
   * Organizations the member takes part in besides the home organization, without transferring the
   * relation: temporary branches (临时党支部) of a project or course, or the organization a mobile
   * member joins where they work.
   */
  List<@NotBlank @Size(max = Limits.ID) String> otherOrganizationIds();

  /** The development record. */
  @Valid
  @Value.Default
  default Development development() {
    return Development.empty();
  }

  /** Transfers of the organization relation, in any order. */
  List<@Valid Transfer> transfers();

  /** Periods as a mobile member. */
  List<@Valid MobilePeriod> mobilePeriods();

  /** The date since which the member cannot be contacted (失联), when lost. */
  Optional<LocalDate> lostContactSince();

  /** The end of membership, when it ended. */
  Optional<@Valid Departure> departure();

  /** Party dues; absent for people who are not (yet) members. */
  Optional<@Valid Dues> dues();

  /** Honors received. */
  List<@Valid Honor> honors();

  /**
   * Further attributes a source file held and the model has no field for, in the order read: column
   * label (such as {@code 籍贯} or {@code 备注}) to the text as read. Empty by default; roster readers
   * fill it from unknown columns and writers write it back, so a round trip loses nothing. The
   * values are free text: exports mask personal numbers in them unless the profile is full.
   */
  Map<@NotBlank @Size(max = Limits.SHORT_TEXT) String, @Size(max = Limits.PARAGRAPH) String>
      extras();

  /** True when the person has not departed on {@code date}. */
  default boolean activeOn(LocalDate date) {
    return departure().map(d -> date.isBefore(d.date())).orElse(true);
  }

  /**
   * The stage on {@code date}: derived from the dated development steps when there are any,
   * otherwise the recorded stage; empty before the application or after a departure.
   */
  default Optional<MemberStage> stageOn(LocalDate date) {
    if (!activeOn(date)) {
      return Optional.empty();
    }
    if (development().steps().isEmpty()) {
      return Optional.of(stage());
    }
    return development().stageOn(date);
  }

  /** The age in whole years on {@code date}. */
  default int ageOn(LocalDate date) {
    return Period.between(birthDate(), date).getYears();
  }

  /** Full years of party age (党龄) on {@code date}, counted from the end of probation. */
  default Optional<Integer> partyAgeOn(LocalDate date) {
    return development()
        .fullMembershipDate()
        .filter(full -> !date.isBefore(full))
        .map(full -> Period.between(full, date).getYears());
  }

  /**
   * The home organization on {@code date}: after the last transfer that took effect on or before
   * {@code date}, its receiving organization; before the first transfer, its sending one. Empty
   * when the member was in an organization outside the dataset on that date.
   */
  default Optional<String> organizationOn(LocalDate date) {
    List<Transfer> effective =
        transfers().stream()
            .filter(
                t -> t.status() == TransferStatus.RECEIVED || t.status() == TransferStatus.ISSUED)
            .sorted(Comparator.comparing(Transfer::effectiveOn))
            .toList();
    Optional<String> current = Optional.of(organizationId());
    for (int i = effective.size() - 1; i >= 0; i--) {
      Transfer transfer = effective.get(i);
      if (!transfer.effectiveOn().isAfter(date)) {
        return side(transfer.toOrganizationId(), transfer.toOrganizationName(), current);
      }
      current = side(transfer.fromOrganizationId(), transfer.fromOrganizationName(), current);
    }
    return current;
  }

  private static Optional<String> side(
      Optional<String> id, Optional<String> externalName, Optional<String> otherwise) {
    if (id.isPresent()) {
      return id;
    }
    return externalName.isPresent() ? Optional.empty() : otherwise;
  }

  /** True when the member is away as a mobile member on {@code date}. */
  default boolean mobileOn(LocalDate date) {
    return mobilePeriods().stream().anyMatch(p -> p.coversDate(date));
  }

  /** Starts a builder. */
  static ImmutableMember.Builder builder() {
    return ImmutableMember.builder();
  }
}
