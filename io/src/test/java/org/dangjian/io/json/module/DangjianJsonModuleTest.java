package org.dangjian.io.json.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.code.Ethnicity;
import org.dangjian.core.code.Gender;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.id.MobileNumber;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.member.Development;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.Dues;
import org.dangjian.core.member.DuesPayment;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.member.PayerCategory;
import org.dangjian.core.member.StepRecord;
import org.dangjian.core.member.Training;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.PairingAgreement;
import org.dangjian.io.Privacy;
import org.dangjian.io.json.DangjianJsonModule;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The module in a user's own mapper: field names and order, values, privacy, error messages. */
public class DangjianJsonModuleTest {

  private static final String ID = "11010519491231002X";
  private static final String PHONE = "13800138000";

  private static final JsonMapper FULL =
      JsonMapper.builder().addModule(new DangjianJsonModule(Privacy.FULL)).build();
  private static final JsonMapper MASKED =
      JsonMapper.builder().addModule(new DangjianJsonModule()).build();

  public static Member member() {
    return Member.builder()
        .id("m1")
        .name("张三")
        .gender(Gender.MALE)
        .ethnicity(Ethnicity.HAN)
        .birthDate(LocalDate.of(1949, 12, 31))
        .idNumber(ResidentIdNumber.parse(ID, LocalDate.of(2024, 1, 1)).orElseThrow())
        .phone(MobileNumber.parse(PHONE).orElseThrow())
        .stage(MemberStage.FULL)
        .organizationId("b1")
        .development(
            Development.builder()
                .addSteps(
                    StepRecord.of(DevelopmentStep.APPLICATION, LocalDate.of(1970, 3, 1)),
                    StepRecord.of(
                        DevelopmentStep.ADMISSION_MEETING, LocalDate.of(1972, 7, 1), "第一支部"))
                .training(
                    Training.builder()
                        .days(3)
                        .classHours(24)
                        .completedOn(LocalDate.of(1971, 5, 1))
                        .build())
                .build())
        .dues(
            Dues.builder()
                .category(PayerCategory.values()[0])
                .addPayments(DuesPayment.of(YearMonth.of(2024, 1), new BigDecimal("12.50")))
                .build())
        .build();
  }

  @Test
  void writesFieldsInDeclarationOrderAndLeavesEmptyOnesOut() throws Exception {
    String json = FULL.writeValueAsString(member());

    assertThat(json)
        .isEqualTo(
            "{\"id\":\"m1\",\"name\":\"张三\",\"gender\":\"MALE\",\"ethnicity\":\"HAN\","
                + "\"birthDate\":\"1949-12-31\",\"idNumber\":\""
                + ID
                + "\",\"phone\":\""
                + PHONE
                + "\",\"stage\":\"FULL\",\"organizationId\":\"b1\",\"development\":{\"steps\":["
                + "{\"step\":\"APPLICATION\",\"date\":\"1970-03-01\"},"
                + "{\"step\":\"ADMISSION_MEETING\",\"date\":\"1972-07-01\",\"decidedBy\":\"第一支部\"}],"
                + "\"training\":{\"days\":3,\"classHours\":24,\"completedOn\":\"1971-05-01\"},"
                + "\"coverage\":\"COMPLETE\"},"
                + "\"dues\":{\"category\":\""
                + PayerCategory.values()[0].name()
                + "\",\"payments\":[{\"month\":\"2024-01\",\"amount\":12.50}]}}");
  }

  @Test
  void leavesOutADefaultRecordWithNothingInIt() throws Exception {
    Member member = ImmutableMember.copyOf(member()).withDevelopment(Development.empty());

    String json = FULL.writeValueAsString(member);

    assertThat(json).doesNotContain("development");
    assertThat(FULL.readValue(json, Member.class)).isEqualTo(member);
  }

  @Test
  void readsBackEqualRecords() throws Exception {
    Member member = member();

    assertThat(FULL.readValue(FULL.writeValueAsString(member), Member.class)).isEqualTo(member);
  }

  @Test
  void generatedDatasetRoundTripsRecordByRecord() throws Exception {
    Dataset dataset = DatasetGenerator.generate(GeneratorSettings.proportional(11, 1500).build());

    for (Organization organization : dataset.organizations()) {
      assertThat(FULL.readValue(FULL.writeValueAsString(organization), Organization.class))
          .isEqualTo(organization);
    }
    for (Member member : dataset.members()) {
      assertThat(FULL.readValue(FULL.writeValueAsBytes(member), Member.class)).isEqualTo(member);
    }
    for (Activity activity : dataset.activities()) {
      assertThat(FULL.readValue(FULL.writeValueAsString(activity), Activity.class))
          .isEqualTo(activity);
    }
    for (PairingAgreement pairing : dataset.pairings()) {
      assertThat(FULL.readValue(FULL.writeValueAsString(pairing), PairingAgreement.class))
          .isEqualTo(pairing);
    }
  }

  @Test
  void defaultModuleMasksIdentifiersAndReadsMasksAsAbsent() throws Exception {
    String json = MASKED.writeValueAsString(member());

    assertThat(json).contains("\"idNumber\":\"11****************\"").doesNotContain(ID);
    assertThat(json).contains("\"phone\":\"138****8000\"").doesNotContain(PHONE);
    Member read = MASKED.readValue(json, Member.class);
    assertThat(read.idNumber()).isEmpty();
    assertThat(read.phone()).isEmpty();
    assertThat(read)
        .isEqualTo(
            ImmutableMember.copyOf(member())
                .withIdNumber(Optional.empty())
                .withPhone(Optional.empty()));
  }

  @Test
  void extrasAreAnObjectInTheirOrderAndReadBackEqual() throws Exception {
    Member member =
        ImmutableMember.copyOf(member())
            .withExtras(java.util.Map.of())
            .withExtras(orderedExtras("籍贯", "江苏苏州", "备注", "退伍军人", "学位", "学士"));

    String json = FULL.writeValueAsString(member);

    assertThat(json).endsWith(",\"extras\":{\"籍贯\":\"江苏苏州\",\"备注\":\"退伍军人\",\"学位\":\"学士\"}}");
    Member read = FULL.readValue(json, Member.class);
    assertThat(read).isEqualTo(member);
    assertThat(read.extras().keySet()).containsExactly("籍贯", "备注", "学位");
    assertThat(FULL.writeValueAsString(member())).doesNotContain("extras");
  }

  @Test
  void extrasAreFreeTextMaskedUnlessFull() throws Exception {
    Member member =
        ImmutableMember.copyOf(member()).withExtras(orderedExtras("备注", "配偶电话" + PHONE));

    assertThat(MASKED.writeValueAsString(member)).contains("配偶电话138****8000").doesNotContain(PHONE);
    assertThat(FULL.writeValueAsString(member)).contains("配偶电话" + PHONE);
  }

  @Test
  void extrasWithANonTextValueNameTheField() throws Exception {
    String json = FULL.writeValueAsString(member()).replaceFirst("}$", ",\"extras\":{\"籍贯\":3}}");

    assertThatThrownBy(() -> FULL.readValue(json, Member.class))
        .hasMessageStartingWith("Cannot read member field \"extras.籍贯\": cannot read \"3\"");
  }

  private static java.util.Map<String, String> orderedExtras(String... labelsAndValues) {
    java.util.Map<String, String> extras = new java.util.LinkedHashMap<>();
    for (int i = 0; i < labelsAndValues.length; i += 2) {
      extras.put(labelsAndValues[i], labelsAndValues[i + 1]);
    }
    return extras;
  }

  @Test
  void omittedPrivacyLeavesIdentifiersOut() throws Exception {
    JsonMapper omitted =
        JsonMapper.builder().addModule(new DangjianJsonModule(Privacy.OMITTED)).build();

    String json = omitted.writeValueAsString(member());

    assertThat(json).doesNotContain("idNumber").doesNotContain("phone");
  }

  @Test
  void readsEnumsByCodeNameOrLabel() throws Exception {
    String base = FULL.writeValueAsString(member());

    for (String gender : List.of("\"1\"", "1", "\"male\"", "\"男\"")) {
      Member read = FULL.readValue(base.replace("\"MALE\"", gender), Member.class);
      assertThat(read.gender()).as(gender).isEqualTo(Gender.MALE);
    }
  }

  @Test
  void readsEveryIsoDateAndRefusesWhatIsNoDate() throws Exception {
    String base = FULL.writeValueAsString(member());
    assertThat(base).contains("\"1949-12-31\"");
    for (String date :
        List.of("1949-12-30", "1948-02-29", "2000-02-29", "0001-01-01", "9999-12-31")) {
      Member read = FULL.readValue(base.replace("1949-12-31", date), Member.class);
      assertThat(read.birthDate()).as(date).isEqualTo(LocalDate.parse(date));
    }
    for (String date :
        List.of(
            "1949-02-29",
            "1900-02-29",
            "1949-04-31",
            "1949-13-01",
            "1949-00-10",
            "0000-01-01",
            "1949-1-31",
            "1949/12/31",
            "19491231",
            "1949-12-3a",
            "1949-12-311")) {
      String json = base.replace("1949-12-31", date);
      assertThatThrownBy(() -> FULL.readValue(json, Member.class))
          .as(date)
          .hasMessageStartingWith(
              "Cannot read member field \"birthDate\": cannot read \""
                  + date
                  + "\"; expected a date (yyyy-MM-dd)");
    }
  }

  @Test
  void badDateNamesTheDomainFieldPath() throws Exception {
    String json = FULL.writeValueAsString(member()).replace("1972-07-01", "1972-13-01");

    assertThatThrownBy(() -> FULL.readValue(json, Member.class))
        .hasMessageStartingWith(
            "Cannot read member field \"development.steps[1].date\": cannot read \"1972-13-01\";"
                + " expected a date (yyyy-MM-dd)")
        .hasMessageNotContaining("Immutable")
        .hasMessageNotContaining("Optional")
        .hasMessageNotContaining("Builder");
  }

  @Test
  void invalidIdNumberIsMaskedInTheMessage() throws Exception {
    String bad = "110105194912310021";
    String json = FULL.writeValueAsString(member()).replace(ID, bad);

    assertThatThrownBy(() -> FULL.readValue(json, Member.class))
        .hasMessageStartingWith(
            "Cannot read member field \"idNumber\": Invalid ResidentIdNumber"
                + " \"11****************\": the check character does not match")
        .hasMessageNotContaining(bad);
  }

  /** Issue 12, P2: Jackson's own message about a broken token masks the number it quotes. */
  @Test
  void numberInAnUnrecognizedTokenIsMaskedInTheMessage() throws Exception {
    String json = FULL.writeValueAsString(member()).replace("\"" + ID + "\"", "ID" + ID);

    assertThatThrownBy(() -> FULL.readValue(json, Member.class))
        .hasMessageContaining("Unrecognized token")
        .hasMessageContaining("11****************")
        .hasMessageNotContaining(ID);
  }

  /** Issue 12, P2: a key missing its closing quote swallows the number into the field name. */
  @Test
  void numberSwallowedIntoAFieldNameIsMaskedInTheMessage() throws Exception {
    String json =
        FULL.writeValueAsString(member()).replace("\"idNumber\":\"" + ID, "\"idNumber" + ID);

    assertThatThrownBy(() -> FULL.readValue(json, Member.class)).hasMessageNotContaining(ID);
  }

  /** Issue 12, P1: numbers inside an array or object value are masked in the message. */
  @Test
  void numbersInsideStructuredValuesAreMaskedInTheMessage() throws Exception {
    String json =
        FULL.writeValueAsString(member())
            .replace("\"" + ID + "\"", "[\"" + ID + "\"]")
            .replace("\"" + PHONE + "\"", "{\"p\":\"" + PHONE + "\"}");

    assertThatThrownBy(() -> FULL.readValue(json, Member.class))
        .hasMessageNotContaining(ID)
        .hasMessageNotContaining(PHONE);
  }

  @Test
  void missingRequiredFieldIsNamed() {
    assertThatThrownBy(
            () ->
                FULL.readValue(
                    "{\"id\":\"m1\",\"name\":\"张三\",\"gender\":\"MALE\",\"stage\":\"FULL\","
                        + "\"organizationId\":\"b1\",\"development\":{\"training\":{\"days\":1,"
                        + "\"completedOn\":\"2020-01-01\"}}}",
                    Member.class))
        .hasMessageStartingWith(
            "Cannot read member field \"development.training.classHours\": missing required field");
  }

  @Test
  void unknownFieldFailsWhenTheMapperSaysSo() {
    JsonMapper strict =
        JsonMapper.builder()
            .addModule(new DangjianJsonModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    assertThatThrownBy(() -> strict.readValue("{\"id\":\"o1\",\"nmae\":\"x\"}", Organization.class))
        .hasMessageStartingWith("Cannot read organization field \"nmae\": unknown field");
  }

  @Test
  void amountsStayExact() throws Exception {
    String json =
        FULL.writeValueAsString(member())
            .replace("\"amount\":12.50", "\"amount\":0.10000000000000001");

    Member read = FULL.readValue(json, Member.class);

    assertThat(read.dues().get().payments().get(0).amount())
        .isEqualByComparingTo(new BigDecimal("0.10000000000000001"));
  }
}
