package org.dangjian.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dangjian.core.code.Gender;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.Departure;
import org.dangjian.core.member.DepartureKind;
import org.dangjian.core.member.Development;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.member.StepRecord;
import org.dangjian.core.member.Transfer;
import org.dangjian.core.member.TransferStatus;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.recognition.Honor;
import org.dangjian.core.recognition.HonorLevel;
import org.junit.jupiter.api.Test;

class AnniversaryCalendarTest {

  private static Organization org(String id, OrganizationKind kind, String parent) {
    var b = Organization.builder().id(id).name(id).kind(kind).foundedOn(LocalDate.of(1950, 1, 1));
    if (parent != null) {
      b.parentId(parent);
    }
    return b.build();
  }

  /**
   * A member admitted on {@code admitted}; converted (party age from admitted + 1 year) if asked.
   */
  private static Member member(
      String id, String org, LocalDate born, LocalDate admitted, boolean converted) {
    var dev =
        Development.builder()
            .addStep(StepRecord.of(DevelopmentStep.APPLICATION, admitted.minusYears(2)))
            .addStep(StepRecord.of(DevelopmentStep.ADMISSION_MEETING, admitted));
    if (converted) {
      dev.addStep(StepRecord.of(DevelopmentStep.CONVERSION_APPROVAL, admitted.plusYears(1)));
    }
    return Member.builder()
        .id(id)
        .name("成员" + id)
        .gender(Gender.FEMALE)
        .birthDate(born)
        .stage(converted ? MemberStage.FULL : MemberStage.PROBATIONARY)
        .organizationId(org)
        .development(dev.build())
        .build();
  }

  private static Dataset group() {
    Member applicant =
        Member.builder()
            .id("m5")
            .name("申请人")
            .gender(Gender.MALE)
            .birthDate(LocalDate.of(2000, 7, 3))
            .stage(MemberStage.APPLICANT)
            .organizationId("b1")
            .development(
                Development.builder()
                    .addStep(StepRecord.of(DevelopmentStep.APPLICATION, LocalDate.of(2023, 3, 1)))
                    .build())
            .build();
    return Dataset.builder()
        .addOrganization(org("c", OrganizationKind.PARTY_COMMITTEE, null))
        .addOrganization(org("b1", OrganizationKind.BRANCH, "c"))
        .addOrganization(org("x", OrganizationKind.PARTY_COMMITTEE, null))
        .addOrganization(org("b2", OrganizationKind.BRANCH, "x"))
        // political birthday 07-01 (10th), birthday 07-15, party age 10 on 2025-07-01
        .addMember(member("m1", "b1", LocalDate.of(1990, 7, 15), LocalDate.of(2014, 7, 1), true))
        // born on 29 February; admitted 1973-06-20, party age 50 on 2024-06-20
        .addMember(member("m2", "b1", LocalDate.of(1948, 2, 29), LocalDate.of(1973, 6, 20), true))
        // departed before July: nothing in July
        .addMember(
            ImmutableMember.copyOf(
                    member("m3", "b1", LocalDate.of(1980, 7, 2), LocalDate.of(2005, 7, 2), true))
                .withDeparture(Departure.of(DepartureKind.DEATH, LocalDate.of(2024, 6, 1))))
        // transferred from b1 (under c) to b2 (under x) on 2024-07-10
        .addMember(
            ImmutableMember.copyOf(
                    member("m4", "b2", LocalDate.of(1985, 7, 5), LocalDate.of(2010, 7, 20), true))
                .withTransfers(
                    Transfer.builder()
                        .fromOrganizationId("b1")
                        .toOrganizationId("b2")
                        .issuedOn(LocalDate.of(2024, 7, 8))
                        .receivedOn(LocalDate.of(2024, 7, 10))
                        .status(TransferStatus.RECEIVED)
                        .build()))
        .addMember(applicant)
        // old member who already holds the medal
        .addMember(
            ImmutableMember.copyOf(
                    member("m6", "b1", LocalDate.of(1940, 1, 1), LocalDate.of(1960, 1, 1), true))
                .withHonors(Honor.of("光荣在党50年", HonorLevel.NATIONAL, 2021)))
        .build();
  }

  private static List<String> keys(List<Anniversary> found) {
    return found.stream()
        .map(
            a ->
                a.date()
                    + " "
                    + a.kind().name()
                    + " "
                    + a.memberId()
                    + " "
                    + a.years()
                    + " "
                    + a.organizationId())
        .toList();
  }

  @Test
  void july_lists_members_day_by_day_each_in_the_organization_of_that_day() {
    List<Anniversary> july =
        AnniversaryCalendar.of(group())
            .between(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 31));
    assertThat(keys(july))
        .containsExactly(
            "2024-07-01 POLITICAL_BIRTHDAY m1 10 b1",
            "2024-07-05 BIRTHDAY m4 39 b1",
            "2024-07-15 BIRTHDAY m1 34 b1",
            "2024-07-20 POLITICAL_BIRTHDAY m4 14 b2");
  }

  @Test
  void a_subtree_keeps_only_its_members_on_each_day() {
    List<Anniversary> july =
        AnniversaryCalendar.of(group())
            .under("x")
            .between(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 31));
    assertThat(keys(july)).containsExactly("2024-07-20 POLITICAL_BIRTHDAY m4 14 b2");
  }

  @Test
  void a_29_february_is_marked_on_28_february_in_other_years() {
    AnniversaryCalendar births =
        AnniversaryCalendar.of(group()).kinds(Set.of(AnniversaryKind.BIRTHDAY));
    assertThat(keys(births.between(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 3, 31))))
        .containsExactly("2023-02-28 BIRTHDAY m2 75 b1");
    assertThat(keys(births.between(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 31))))
        .containsExactly("2024-02-29 BIRTHDAY m2 76 b1");
  }

  @Test
  void milestones_count_party_age_from_the_end_of_probation() {
    AnniversaryCalendar ages =
        AnniversaryCalendar.of(group()).kinds(Set.of(AnniversaryKind.PARTY_AGE_MILESTONE));
    // m2 admitted 1973-06-20: party age 50 on 2024-06-20, not on the admission anniversary in 2023
    assertThat(keys(ages.between(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31))))
        .containsExactly("2024-06-20 PARTY_AGE_MILESTONE m2 50 b1");
    assertThat(
            keys(
                ages.milestones(Set.of(1))
                    .between(LocalDate.of(2016, 7, 1), LocalDate.of(2016, 7, 1))))
        .containsExactly("2016-07-01 PARTY_AGE_MILESTONE m1 1 b1");
  }

  @Test
  void a_period_across_new_year_lists_both_years() {
    List<Anniversary> found =
        AnniversaryCalendar.of(group())
            .kinds(Set.of(AnniversaryKind.POLITICAL_BIRTHDAY))
            .between(LocalDate.of(2023, 12, 15), LocalDate.of(2024, 1, 15));
    assertThat(keys(found)).containsExactly("2024-01-01 POLITICAL_BIRTHDAY m6 64 b1");
  }

  @Test
  void the_medal_goes_to_full_members_with_fifty_years_who_do_not_hold_it() {
    AnniversaryCalendar calendar = AnniversaryCalendar.of(group());
    assertThat(keys(calendar.fiftyYearsMedal(LocalDate.of(2024, 7, 1))))
        .containsExactly("2024-06-20 FIFTY_YEARS_MEDAL m2 50 b1");
    // one day before the fiftieth year is complete: not yet eligible
    assertThat(calendar.fiftyYearsMedal(LocalDate.of(2024, 6, 19))).isEmpty();
    assertThat(calendar.under("x").fiftyYearsMedal(LocalDate.of(2024, 7, 1))).isEmpty();
  }

  @Test
  void to_string_shows_neither_birth_year_nor_age() {
    Anniversary birthday =
        AnniversaryCalendar.of(group())
            .kinds(Set.of(AnniversaryKind.BIRTHDAY))
            .between(LocalDate.of(2024, 7, 15), LocalDate.of(2024, 7, 15))
            .get(0);
    assertThat(birthday.toString()).contains("--07-15").doesNotContain("1990").doesNotContain("34");
  }

  @Test
  void refuses_an_inverted_period_and_empty_choices() {
    AnniversaryCalendar calendar = AnniversaryCalendar.of(group());
    assertThatThrownBy(() -> calendar.between(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calendar.kinds(Set.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calendar.milestones(Set.of(0)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
