package org.dangjian.io.json.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.PairingAgreement;
import org.dangjian.core.record.Location;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.Privacy;
import org.dangjian.io.RecordHandler;
import org.dangjian.io.RecordWriter;
import org.dangjian.io.json.module.DangjianJsonModuleTest;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.validation.report.ValidationReport;
import org.junit.jupiter.api.Test;

/** The bytes the writers produce: shape, field order, line structure, section order. */
class JsonWriteTest {

  static final Organization BRANCH =
      Organization.builder().id("b1").name("第一党支部").kind(OrganizationKind.BRANCH).build();
  static final PairingAgreement PAIRING =
      PairingAgreement.builder()
          .id("p1")
          .addOrganizationIds("b1")
          .addExternalParties("某社区党委")
          .signedOn(LocalDate.of(2023, 5, 4))
          .build();

  static String write(Dataset dataset, DataFormat format) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DangjianExporter.of(ExportOptions.defaults()).write(dataset, out, format);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void documentHasFormatAndVersionFirstAllSectionsAndOneRecordPerLine() throws Exception {
    Dataset dataset = Dataset.builder().addOrganization(BRANCH).addPairing(PAIRING).build();

    assertThat(write(dataset, DataFormat.JSON))
        .isEqualTo(
            """
            {
            "format":"dangjian-exchange",
            "version":"1.0",
            "organizations":[
            {"id":"b1","name":"第一党支部","kind":"BRANCH"}
            ],
            "members":[],
            "activities":[],
            "pairings":[
            {"id":"p1","title":"党建结对共建协议","organizationIds":["b1"],"externalParties":["某社区党委"],"signedOn":"2023-05-04"}
            ],
            "bulletins":[],
            "units":[],
            "pointEntries":[],
            "teams":[]
            }
            """);
  }

  @Test
  void jsonLinesHasAHeaderLineThenOneKindedRecordPerLine() throws Exception {
    Dataset dataset =
        Dataset.builder()
            .addOrganization(BRANCH)
            .addMember(DangjianJsonModuleTest.member())
            .addPairing(PAIRING)
            .build();

    String text = write(dataset, DataFormat.JSON_LINES);

    assertThat(text.lines())
        .hasSize(4)
        .satisfies(
            lines -> {
              assertThat(lines.get(0))
                  .isEqualTo(
                      "{\"kind\":\"header\",\"format\":\"dangjian-exchange\",\"version\":\"1.0\"}");
              assertThat(lines.get(1))
                  .isEqualTo(
                      "{\"kind\":\"organization\",\"record\":{\"id\":\"b1\",\"name\":\"第一党支部\","
                          + "\"kind\":\"BRANCH\"}}");
              assertThat(lines.get(2))
                  .startsWith("{\"kind\":\"member\",\"record\":{\"id\":\"m1\",\"name\":\"张三\"")
                  .contains("\"idNumber\":\"11****************\"");
              assertThat(lines.get(3))
                  .startsWith("{\"kind\":\"pairing\",\"record\":{\"id\":\"p1\"");
            });
    assertThat(text).endsWith("}\n");
  }

  @Test
  void emptyDatasetGivesAnEmptyDocument() throws Exception {
    assertThat(write(Dataset.builder().build(), DataFormat.JSON))
        .isEqualTo(
            """
            {
            "format":"dangjian-exchange",
            "version":"1.0",
            "organizations":[],
            "members":[],
            "activities":[],
            "pairings":[],
            "bulletins":[],
            "units":[],
            "pointEntries":[],
            "teams":[]
            }
            """);
  }

  @Test
  void documentWriterTakesRecordsInAnyOrder() throws Exception {
    GeneratorSettings settings = GeneratorSettings.proportional(11, 120).build();
    Dataset dataset = DatasetGenerator.generate(settings);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter writer =
        DangjianExporter.of(ExportOptions.of(Privacy.FULL)).open(out, DataFormat.JSON)) {
      // members first, then everything interleaved, as a streamed generator writes copies
      int half = dataset.members().size() / 2;
      for (Member member : dataset.members().subList(0, half)) {
        writer.write(member);
      }
      for (Activity activity : dataset.activities()) {
        writer.write(activity);
      }
      for (Organization organization : dataset.organizations()) {
        writer.write(organization);
      }
      for (Member member : dataset.members().subList(half, dataset.members().size())) {
        writer.write(member);
      }
    }
    List<Organization> organizations = new ArrayList<>();
    List<Member> members = new ArrayList<>();
    List<Activity> activities = new ArrayList<>();
    ValidationReport report =
        DangjianImporter.of(ImportOptions.of(settings.asOf()))
            .read(
                new ByteArrayInputStream(out.toByteArray()),
                "any-order.json",
                DataFormat.JSON,
                new RecordHandler() {
                  @Override
                  public void organization(Organization organization, Location location) {
                    organizations.add(organization);
                  }

                  @Override
                  public void member(Member member, Location location) {
                    members.add(member);
                  }

                  @Override
                  public void activity(Activity activity, Location location) {
                    activities.add(activity);
                  }
                });

    assertThat(report.issues()).isEmpty();
    assertThat(organizations).isEqualTo(dataset.organizations());
    assertThat(members).isEqualTo(dataset.members());
    assertThat(activities).isEqualTo(dataset.activities());
  }
}
