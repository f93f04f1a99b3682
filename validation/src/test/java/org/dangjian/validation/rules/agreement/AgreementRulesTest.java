package org.dangjian.validation.rules.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.ImmutableDataset;
import org.dangjian.core.organization.ImmutableOrganization;
import org.dangjian.core.organization.ImmutablePairingAgreement;
import org.dangjian.core.organization.InstructorAppointment;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.PairingAgreement;
import org.dangjian.core.recognition.Rating;
import org.dangjian.core.recognition.StarLevel;
import org.dangjian.core.record.RecordKind;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.report.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * The rules of the record kinds that were once read but never checked: pairing agreements (PAIR-*),
 * star ratings (RATING-*) and instructor appointments (INSTR-*). Each test adds one faulty record
 * to a generated dataset that is valid by construction, so the new code is the only issue.
 */
class AgreementRulesTest {

  private static final LocalDate AS_OF = LocalDate.of(2024, 1, 31);
  private static final Dataset VALID =
      DatasetGenerator.generate(
          GeneratorSettings.builder().seed(11).branches(4).members(60).asOf(AS_OF).build());

  private static ValidationReport validate(Dataset dataset) {
    return DangjianValidator.defaults().validate(dataset, AS_OF);
  }

  private static List<String> codes(Dataset dataset) {
    return validate(dataset).issues().stream().map(Issue::code).sorted().toList();
  }

  private static Organization branch() {
    return VALID.organizations().stream().filter(o -> o.kind().isBranchLevel()).findFirst().get();
  }

  private static Dataset withBranch(UnaryOperator<ImmutableOrganization> change) {
    Organization branch = branch();
    List<Organization> orgs =
        VALID.organizations().stream()
            .map(o -> o == branch ? change.apply(ImmutableOrganization.copyOf(o)) : o)
            .map(Organization.class::cast)
            .toList();
    return ImmutableDataset.copyOf(VALID).withOrganizations(orgs);
  }

  private static ImmutablePairingAgreement.Builder pairing() {
    return PairingAgreement.builder()
        .id("pair-1")
        .addOrganizationIds(branch().id())
        .addExternalParties("城关镇东村党支部")
        .signedOn(LocalDate.of(2023, 5, 4));
  }

  @Test
  void theGeneratedDatasetIsValid() {
    assertThat(codes(VALID)).isEmpty();
  }

  @Test
  void aValidPairingGivesNoIssue() {
    assertThat(codes(ImmutableDataset.copyOf(VALID).withPairings(pairing().build()))).isEmpty();
    PairingAgreement ended = pairing().until(LocalDate.of(2023, 5, 4)).build();
    assertThat(codes(ImmutableDataset.copyOf(VALID).withPairings(ended))).isEmpty();
  }

  @Test
  void aPairingNamingAnUnknownOrganizationSignedInTheFutureAndEndingBeforeItIsFails() {
    PairingAgreement broken =
        PairingAgreement.builder()
            .id("pair-9")
            .addOrganizationIds("org-9999")
            .signedOn(LocalDate.of(2030, 1, 1))
            .until(LocalDate.of(2020, 1, 1))
            .build();
    ValidationReport report = validate(ImmutableDataset.copyOf(VALID).withPairings(broken));
    assertThat(report.isSuccessful()).isFalse();
    assertThat(report.issues().stream().map(Issue::code).sorted())
        .containsExactly("PAIR-DATES", "PAIR-FUTURE", "PAIR-PARTIES", "PAIR-PARTY");
    Issue party = report.issuesOf("PAIR-PARTY").get(0);
    assertThat(party.location().recordKind()).hasValue(RecordKind.PAIRING);
    assertThat(party.location().recordId()).hasValue("pair-9");
    assertThat(party.location().fieldPath()).hasValue("organizationIds[0]");
    assertThat(party.value()).hasValue("org-9999");
    assertThat(report.recordCounts()).containsEntry(RecordKind.PAIRING, 1L);
  }

  @Test
  void aPairingOfOneOrganizationWithItselfFails() {
    PairingAgreement self =
        PairingAgreement.builder()
            .id("pair-2")
            .addOrganizationIds(branch().id(), branch().id())
            .signedOn(LocalDate.of(2023, 5, 4))
            .build();
    assertThat(codes(ImmutableDataset.copyOf(VALID).withPairings(self)))
        .containsExactly("PAIR-PARTIES");
  }

  @Test
  void aPairingWithABlankIdFailsItsFieldConstraint() {
    PairingAgreement blank = ImmutablePairingAgreement.copyOf(pairing().build()).withId(" ");
    assertThat(codes(ImmutableDataset.copyOf(VALID).withPairings(blank)))
        .containsExactly("FIELD-REQUIRED");
  }

  @Test
  void ratingsAreOncePerYearNotInTheFutureAndOnlyWhileTheOrganizationExists() {
    Organization branch = branch();
    int founded = branch.foundedOn().orElseThrow().getYear();
    assertThat(
            codes(
                withBranch(
                    o ->
                        o.withRatings(
                            Rating.of(2022, StarLevel.FOUR_STAR),
                            Rating.of(2023, StarLevel.FIVE_STAR)))))
        .isEmpty();
    assertThat(
            codes(
                withBranch(
                    o ->
                        o.withRatings(
                            Rating.of(2023, StarLevel.FOUR_STAR),
                            Rating.of(2023, StarLevel.FIVE_STAR)))))
        .containsExactly("RATING-DUPLICATE");
    assertThat(codes(withBranch(o -> o.withRatings(Rating.of(2025, StarLevel.FIVE_STAR)))))
        .containsExactly("RATING-FUTURE");
    assertThat(codes(withBranch(o -> o.withRatings(Rating.of(founded - 1, StarLevel.THREE_STAR)))))
        .containsExactly("RATING-EXISTS");
  }

  @Test
  void anInstructorNamesAKnownMemberAndAppointerAndDoesNotEndBeforeStarting() {
    String member = VALID.members().get(0).id();
    String committee = VALID.roots().get(0).id();
    InstructorAppointment good =
        InstructorAppointment.builder()
            .instructorName("王建国")
            .memberId(member)
            .appointedBy(committee)
            .from(LocalDate.of(2022, 3, 1))
            .build();
    assertThat(codes(withBranch(o -> o.withInstructors(good)))).isEmpty();
    InstructorAppointment unknown =
        InstructorAppointment.builder()
            .from(good.from())
            .instructorName("李四")
            .memberId("mem-missing")
            .appointedBy("org-missing")
            .until(LocalDate.of(2021, 12, 31))
            .build();
    ValidationReport report = validate(withBranch(o -> o.withInstructors(good, unknown)));
    assertThat(report.issues().stream().map(Issue::code).sorted())
        .containsExactly("INSTR-APPOINTER", "INSTR-DATES", "INSTR-MEMBER");
    assertThat(report.issuesOf("INSTR-MEMBER").get(0).location().fieldPath())
        .hasValue("instructors[1].memberId");
    assertThat(report.issuesOf("INSTR-DATES").get(0).location().recordId()).hasValue(branch().id());
  }
}
