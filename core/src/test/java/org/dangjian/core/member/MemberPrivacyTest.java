package org.dangjian.core.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dangjian.core.code.Gender;
import org.dangjian.core.id.MobileNumber;
import org.dangjian.core.id.ResidentIdNumber;
import org.junit.jupiter.api.Test;

class MemberPrivacyTest {

  @Test
  void to_string_of_a_member_masks_id_and_phone() {
    ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X").orElseThrow();
    MobileNumber phone = MobileNumber.parse("13800138000").orElseThrow();
    Member m =
        Member.builder()
            .id("m1")
            .name("王芳")
            .gender(Gender.FEMALE)
            .birthDate(LocalDate.of(1949, 12, 31))
            .idNumber(id)
            .phone(phone)
            .stage(MemberStage.FULL)
            .organizationId("b1")
            .build();
    String text = m.toString();
    assertThat(text).contains("王芳").contains(id.masked()).contains(phone.masked());
    assertThat(text).doesNotContain("11010519491231002X").doesNotContain("13800138000");
    assertThat(text).doesNotContain("19491231").doesNotContain("0138000");
  }

  @Test
  void party_age_and_organization_on_a_date() {
    Member m =
        Member.builder()
            .id("m1")
            .name("李明")
            .gender(Gender.MALE)
            .birthDate(LocalDate.of(1980, 1, 1))
            .stage(MemberStage.FULL)
            .organizationId("b2")
            .development(
                Development.builder()
                    .addStep(
                        StepRecord.of(DevelopmentStep.ADMISSION_MEETING, LocalDate.of(2010, 7, 1)))
                    .addStep(
                        StepRecord.of(
                            DevelopmentStep.CONVERSION_APPROVAL, LocalDate.of(2011, 8, 1)))
                    .build())
            .addTransfer(
                Transfer.builder()
                    .fromOrganizationName("外单位党支部")
                    .toOrganizationId("b1")
                    .issuedOn(LocalDate.of(2015, 3, 1))
                    .receivedOn(LocalDate.of(2015, 3, 10))
                    .status(TransferStatus.RECEIVED)
                    .build())
            .addTransfer(
                Transfer.builder()
                    .fromOrganizationId("b1")
                    .toOrganizationId("b2")
                    .issuedOn(LocalDate.of(2020, 5, 1))
                    .status(TransferStatus.RECEIVED)
                    .receivedOn(LocalDate.of(2020, 5, 6))
                    .build())
            .build();
    assertThat(m.partyAgeOn(LocalDate.of(2021, 6, 30))).contains(9);
    assertThat(m.partyAgeOn(LocalDate.of(2021, 7, 1))).contains(10);
    assertThat(m.partyAgeOn(LocalDate.of(2011, 6, 30))).isEmpty();
    assertThat(m.organizationOn(LocalDate.of(2014, 1, 1))).isEmpty(); // outside the dataset
    assertThat(m.organizationOn(LocalDate.of(2015, 3, 10))).contains("b1");
    assertThat(m.organizationOn(LocalDate.of(2020, 5, 5))).contains("b1");
    assertThat(m.organizationOn(LocalDate.of(2020, 5, 6))).contains("b2");
    assertThat(m.ageOn(LocalDate.of(2020, 1, 1))).isEqualTo(40);
  }
}
