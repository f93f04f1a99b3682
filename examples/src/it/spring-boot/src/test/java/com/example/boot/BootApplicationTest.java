package com.example.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.id.PersonalNumbers;
import org.dangjian.core.member.Member;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * dangjian-sdk inside Spring Boot 4, with Boot's own versions of Jackson and Hibernate Validator:
 * MVC {@code @Valid} on a form with the SDK's constraints answers with the SDK's messages in the
 * request's language (not raw {@code {org.dangjian…}} keys), and Boot's {@code JsonMapper}, given
 * the SDK's Jackson module as a bean, writes members and a whole data set masked.
 */
@SpringBootTest(
    classes = {BootApplication.class, BootApplicationTest.Data.class},
    properties = "spring.main.banner-mode=off")
class BootApplicationTest {

  /** Real identifiers whose check character or length is wrong. */
  private static final String BAD_FORM =
      """
      {"name": "张三", "residentId": "110105194912310021", "mobile": "1380013800"}""";

  /** A synthetic group in place of the application's (empty) data. */
  @TestConfiguration
  static class Data {
    @Bean
    @Primary
    Dataset generated() {
      return DatasetGenerator.generate(
          GeneratorSettings.builder()
              .seed(7)
              .committees(1)
              .generalBranches(1)
              .branches(3)
              .members(60)
              .probationary(5)
              .build());
    }
  }

  @Autowired WebApplicationContext context;
  @Autowired JsonMapper jsonMapper;
  @Autowired Dataset dataset;
  private MockMvc mvc;

  @BeforeEach
  void mvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).build();
  }

  @Test
  void runs_with_the_versions_boot_manages() {
    // Boot 4.0's BOM, imported before dangjian-bom, decides Jackson and Hibernate Validator
    // (9.0.x);
    // ours (Hibernate Validator 9.1.6) would win if the imports were the other way round.
    assertThat(JsonMapper.builder().build().version().toString())
        .startsWith(System.getProperty("boot.jackson.prefix"));
    assertThat(org.hibernate.validator.internal.util.Version.getVersionString())
        .startsWith(System.getProperty("boot.hibernate-validator.prefix"));
  }

  @Test
  void valid_answers_with_chinese_messages_for_a_chinese_request() throws Exception {
    assertThat(rejected(Locale.SIMPLIFIED_CHINESE))
        .contains("\"residentId\":\"不是有效的公民身份号码：校验码不正确\"")
        .contains("\"mobile\":\"不是有效的手机号码：号码长度不正确\"")
        .doesNotContain("{org.", "org.dangjian");
  }

  @Test
  void valid_answers_with_english_messages_for_an_english_request() throws Exception {
    assertThat(rejected(Locale.ENGLISH))
        .contains("is not a valid resident ID number: the check character does not match")
        .contains("is not a valid mobile number: the number has the wrong length")
        .doesNotContain("org.dangjian");
  }

  @Test
  void a_valid_form_is_accepted() throws Exception {
    String body =
        mvc.perform(
                post("/applicants")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"name": "李四", "residentId": "11010519491231002X", "mobile": "13800138000"}"""))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(body).isEqualTo("{\"accepted\":\"李四\"}");
  }

  @Test
  void a_member_is_written_in_the_exchange_format_masked() throws Exception {
    Member member =
        dataset.members().stream()
            .filter(m -> m.idNumber().isPresent() && m.phone().isPresent())
            .findFirst()
            .orElseThrow();
    int index = dataset.members().indexOf(member);
    String body = fetch("/members/" + index);
    JsonNode json = jsonMapper.readTree(body);
    assertThat(json.get("name").asString()).isEqualTo(member.name());
    assertThat(json.get("idNumber").asString()).isEqualTo(member.idNumber().orElseThrow().masked());
    assertThat(body).doesNotContain(member.idNumber().orElseThrow().value());
    assertThat(PersonalNumbers.containsPersonalNumber(body)).isFalse();
  }

  @Test
  void a_data_set_is_written_as_the_exchange_document_masked() throws Exception {
    String body = fetch("/dataset");
    JsonNode json = jsonMapper.readTree(body);
    assertThat(json.get("members").size()).isEqualTo(dataset.members().size());
    assertThat(json.get("organizations").size()).isEqualTo(dataset.organizations().size());
    assertThat(PersonalNumbers.containsPersonalNumber(body)).isFalse();
  }

  private String rejected(Locale locale) throws Exception {
    return mvc.perform(
            post("/applicants")
                .locale(locale)
                .header("Accept-Language", locale.toLanguageTag())
                .contentType(MediaType.APPLICATION_JSON)
                .content(BAD_FORM))
        .andExpect(status().isBadRequest())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private String fetch(String path) throws Exception {
    return mvc.perform(get(path))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }
}
