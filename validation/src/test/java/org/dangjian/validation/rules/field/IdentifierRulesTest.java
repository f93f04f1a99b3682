package org.dangjian.validation.rules.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.dangjian.core.code.Gender;
import org.dangjian.core.id.SocialCreditCode;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.HostUnit;
import org.dangjian.core.organization.ImmutableHostUnit;
import org.dangjian.core.organization.ImmutableOrganization;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.record.FieldLocator;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.ValidationRun;
import org.dangjian.validation.report.Issue;
import org.junit.jupiter.api.Test;

/**
 * The identifier rules one by one, each with a value that passes and one that fails: resident ID
 * numbers, credit codes and mobile numbers read as text (ID-FORMAT, ID-CHECKSUM, ID-BIRTH-DATE,
 * ID-REGION, USCC-FORMAT, USCC-CHECKSUM, PHONE-FORMAT), an ID number that disagrees with the member
 * (ID-BIRTH, ID-GENDER) and a credit code whose organization code fails (USCC-ORG-CODE).
 */
class IdentifierRulesTest {

  private static final DangjianValidator VALIDATOR = DangjianValidator.defaults();
  private static final Location CELL =
      Location.ofRecord("members.csv", RecordKind.MEMBER, 0, "m-1").atField("idNumber");

  @Test
  void aResidentIdNumberOfSixteenCharactersIsIdFormat() {
    assertThat(readId("11010519491231002X")).isEmpty();
    assertThat(readId("1101051949123100")).containsExactly("ID-FORMAT");
  }

  @Test
  void aWrongCheckCharacterIsIdChecksum() {
    assertThat(readId("110105194912310021")).containsExactly("ID-CHECKSUM");
  }

  @Test
  void theThirtiethOfFebruaryIsIdBirthDate() {
    assertThat(readId("110105194902280021")).doesNotContain("ID-BIRTH-DATE");
    assertThat(readId("110105194902300029")).containsExactly("ID-BIRTH-DATE");
  }

  @Test
  void anUnknownProvinceIsIdRegion() {
    assertThat(readId("990105194912310025")).containsExactly("ID-REGION");
  }

  @Test
  void creditCodesReadAsTextAreUsccFormatOrUsccChecksum() {
    assertThat(read((run, text) -> run.creditCode(text, CELL), "91350100M000100Y43")).isEmpty();
    assertThat(read((run, text) -> run.creditCode(text, CELL), "91350100M0O0100Y43"))
        .containsExactly("USCC-FORMAT");
    assertThat(read((run, text) -> run.creditCode(text, CELL), "91350100M000100Y44"))
        .containsExactly("USCC-CHECKSUM");
  }

  @Test
  void aMobileNumberOfThreeDigitsIsPhoneFormat() {
    assertThat(read((run, text) -> run.mobileNumber(text, CELL), "13800138000")).isEmpty();
    assertThat(read((run, text) -> run.mobileNumber(text, CELL), "123"))
        .containsExactly("PHONE-FORMAT");
  }

  @Test
  void aBirthDateThatDisagreesWithTheIdNumberIsIdBirth() {
    Member member = FieldHarness.member();
    assertThat(codes(VALIDATOR.checkMember(member, FieldHarness.AS_OF))).doesNotContain("ID-BIRTH");

    Member other = ImmutableMember.copyOf(member).withBirthDate(member.birthDate().minusDays(1));

    assertThat(codes(VALIDATOR.checkMember(other, FieldHarness.AS_OF))).contains("ID-BIRTH");
  }

  @Test
  void aGenderThatDisagreesWithTheIdNumberIsIdGender() {
    Member member = FieldHarness.member();
    assertThat(codes(VALIDATOR.checkMember(member, FieldHarness.AS_OF)))
        .doesNotContain("ID-GENDER");
    Gender other = member.gender() == Gender.MALE ? Gender.FEMALE : Gender.MALE;

    Member swapped = ImmutableMember.copyOf(member).withGender(other);

    assertThat(codes(VALIDATOR.checkMember(swapped, FieldHarness.AS_OF)))
        .containsExactly("ID-GENDER");
  }

  @Test
  void withTheCellsOfItsFieldsTheIssuesOfARecordNameTheCell() {
    Member member = FieldHarness.member();
    Gender other = member.gender() == Gender.MALE ? Gender.FEMALE : Gender.MALE;
    Member wrong =
        ImmutableMember.copyOf(member)
            .withGender(other)
            .withBirthDate(member.birthDate().minusDays(1));
    Location row =
        Location.builder()
            .source("花名册.xlsx")
            .recordKind(RecordKind.MEMBER)
            .recordIndex(11)
            .sheet("花名册")
            .row(12)
            .build();
    FieldLocator cells =
        field ->
            switch (field) {
              case "birthDate" -> Optional.of(Location.builder().row(12).cell("F12").build());
              case "gender" -> Optional.of(Location.builder().row(12).cell("C12").build());
              default -> Optional.empty();
            };
    ValidationRun run = VALIDATOR.newRun("花名册.xlsx", FieldHarness.AS_OF);

    run.record(RecordKind.MEMBER, wrong, row, cells);

    List<Issue> issues = run.finish().issues();
    assertThat(issues)
        .filteredOn(i -> i.code().equals("ID-BIRTH"))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.location().cell()).contains("F12");
              assertThat(i.location().sheet()).contains("花名册");
              assertThat(i.location().fieldPath()).contains("birthDate");
            });
    assertThat(issues)
        .filteredOn(i -> i.code().equals("ID-GENDER"))
        .singleElement()
        .satisfies(i -> assertThat(i.location().cell()).contains("C12"));
    // a field the locator does not know stays at the record's row, with its field path
    assertThat(issues)
        .filteredOn(i -> i.location().fieldPath().isPresent())
        .filteredOn(i -> !i.code().startsWith("ID-"))
        .allSatisfy(i -> assertThat(i.location().cell()).isEmpty());
  }

  @Test
  void aCreditCodeWhoseOrganizationCodeFailsIsUsccOrgCode() {
    Organization organization = FieldHarness.organization();
    assertThat(organizationCodes(withCreditCode(organization, "91350100M000100Y43")))
        .doesNotContain("USCC-ORG-CODE");
    String prefix = "91350100M000100Y5";
    String code = prefix + SocialCreditCode.checkCharacter(prefix);
    assertThat(SocialCreditCode.parse(code).orElseThrow().hasValidOrganizationCode()).isFalse();

    assertThat(organizationCodes(withCreditCode(organization, code))).contains("USCC-ORG-CODE");
  }

  private static List<String> readId(String text) {
    return read((run, t) -> run.residentIdNumber(t, CELL), text);
  }

  private static List<String> read(BiConsumer<ValidationRun, String> reader, String text) {
    ValidationRun run = VALIDATOR.newRun("members.csv", FieldHarness.AS_OF);
    reader.accept(run, text);
    return codes(run.finish().issues());
  }

  private static Organization withCreditCode(Organization organization, String code) {
    HostUnit unit =
        ImmutableHostUnit.copyOf(organization.hostUnit().orElseThrow())
            .withCreditCode(SocialCreditCode.parse(code).orElseThrow());
    return ImmutableOrganization.copyOf(organization).withHostUnit(unit);
  }

  private static List<String> organizationCodes(Organization organization) {
    ValidationRun run = VALIDATOR.newRun("organizations.json", FieldHarness.AS_OF);
    run.organization(organization, null);
    return codes(run.finish().issues());
  }

  private static List<String> codes(List<Issue> issues) {
    return issues.stream().map(Issue::code).toList();
  }
}
