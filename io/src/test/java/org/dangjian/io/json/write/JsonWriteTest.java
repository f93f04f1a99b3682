package org.dangjian.io.json.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.PairingAgreement;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.RecordWriter;
import org.dangjian.io.json.module.DangjianJsonModuleTest;
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
    DangjianExporter.create(ExportOptions.defaults()).write(dataset, out, format);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void documentHasFormatAndVersionFirstAllFourSectionsAndOneRecordPerLine() throws Exception {
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
            ]
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
            "pairings":[]
            }
            """);
  }

  @Test
  void documentWriterRefusesRecordsOutOfSectionOrder() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter writer =
        DangjianExporter.create(ExportOptions.defaults()).open(out, DataFormat.JSON)) {
      writer.pairing(PAIRING);

      assertThatThrownBy(() -> writer.organization(BRANCH))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "the JSON document takes organizations, members, activities and pairings in this"
                  + " order; a organization came after pairings (write JSON Lines for records in"
                  + " any order)");
    }
  }
}
