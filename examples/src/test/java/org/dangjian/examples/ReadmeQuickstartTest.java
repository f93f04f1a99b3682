package org.dangjian.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.OptionalInt;
import org.dangjian.core.code.Codes;
import org.dangjian.core.code.Ethnicity;
import org.dangjian.core.code.Gender;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.DatasetView;
import org.dangjian.core.id.ParseResult;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.statistics.BulletinFigures;
import org.dangjian.core.statistics.PartyStatistics;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.testkit.Mutation;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.report.ReportFormat;
import org.dangjian.validation.report.ValidationReport;
import org.junit.jupiter.api.Test;

/** The quickstart of README.md, statement by statement, so that the README stays true. */
class ReadmeQuickstartTest {

  @Test
  void identifiers_parse_and_print_masked() {
    ParseResult<ResidentIdNumber> id = ResidentIdNumber.parse("11010519491231002X");
    ResidentIdNumber n = id.value().orElseThrow();
    assertThat(n + " " + n.birthDate() + " " + n.gender())
        .isEqualTo("11**************** 1949-12-31 FEMALE");
    assertThat(n.gender()).isEqualTo(Gender.FEMALE);
  }

  @Test
  void enums_accept_code_name_and_label() {
    assertThat(Codes.require(OrganizationKind.class, "党总支"))
        .isEqualTo(OrganizationKind.GENERAL_BRANCH);
    assertThat(Codes.require(Ethnicity.class, "01")).isEqualTo(Ethnicity.HAN);
  }

  @Test
  void dataset_view_and_bulletin_figures() {
    Organization committee =
        Organization.builder()
            .id("org-0001")
            .name("中共示例集团委员会")
            .kind(OrganizationKind.PARTY_COMMITTEE)
            .build();
    Organization branch =
        Organization.builder()
            .id("org-0002")
            .name("第一党支部")
            .kind(OrganizationKind.BRANCH)
            .parentId("org-0001")
            .foundedOn(LocalDate.of(2010, 7, 1))
            .build();
    Dataset sample =
        DatasetGenerator.generate(
            GeneratorSettings.builder()
                .seed(1)
                .committees(3)
                .generalBranches(1)
                .branches(20)
                .members(600)
                .probationary(40)
                .build());
    Dataset data =
        Dataset.builder()
            .addOrganization(committee)
            .addOrganization(branch)
            .addAllMembers(sample.members().subList(0, 3))
            .build();
    DatasetView view = data.asOf(LocalDate.of(2024, 1, 31));
    BulletinFigures figures = PartyStatistics.bulletinFigures(view, OptionalInt.of(30960));
    assertThat(figures.organizations()).isEqualTo(2);
    assertThat(figures.shareOfEmployeesPercent()).contains(new BigDecimal("0.0"));
    assertThat(sample.members()).hasSize(600);
  }

  @Test
  void validation_of_a_sample_and_of_a_broken_copy() {
    Dataset sample =
        DatasetGenerator.generate(
            GeneratorSettings.builder()
                .seed(1)
                .committees(3)
                .generalBranches(1)
                .branches(20)
                .members(600)
                .probationary(40)
                .build());
    DangjianValidator validator = DangjianValidator.defaults();
    ValidationReport report = validator.validate(sample, LocalDate.of(2024, 1, 31));
    assertThat(report.isSuccessful()).as(report.summary()).isTrue();
    Mutation broken = Defect.TRAINING_TOO_SHORT.applyTo(sample, LocalDate.of(2024, 1, 31));
    String text =
        validator
            .validate(broken.dataset(), LocalDate.of(2024, 1, 31))
            .render(ReportFormat.TEXT, Locale.CHINA);
    assertThat(text)
        .startsWith("dataset（截至 2024-01-31，national）：未通过，错误 1，警告 0")
        .contains("[错误] DEV-010 dataset " + broken.recordId() + " development.training");
  }
}
