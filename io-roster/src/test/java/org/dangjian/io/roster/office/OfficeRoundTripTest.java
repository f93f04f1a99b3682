package org.dangjian.io.roster.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.record.Location;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.Privacy;
import org.dangjian.io.RecordHandler;
import org.dangjian.io.roster.RosterProjection;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.validation.report.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * Office-layout export then import gives equal records, extras included: an XLSX workbook with both
 * rosters, whose 所在支部 names resolve to the organizations of the other sheet.
 */
class OfficeRoundTripTest {

  /** The roster projection of {@code member} with its extras, which the office layout keeps. */
  static Member projected(Member member) {
    return ImmutableMember.copyOf(RosterProjection.member(member, Privacy.FULL))
        .withExtras(filled(member.extras()));
  }

  /**
   * The extras with a text: a roster reader keeps a blank extras cell as an empty text (so that
   * every row of a sheet carries the same labels and a re-export writes the same columns), while a
   * record built in code simply has no entry; both mean "nothing written in that column".
   */
  static Map<String, String> filled(Map<String, String> extras) {
    Map<String, String> filled = new LinkedHashMap<>();
    extras.forEach(
        (label, text) -> {
          if (!text.isEmpty()) {
            filled.put(label, text);
          }
        });
    return filled;
  }

  @Test
  void anOfficeWorkbookReadsBackAsTheSameRecords() throws Exception {
    Dataset group = OfficeLayoutWriteTest.group();
    byte[] xlsx =
        OfficeLayoutWriteTest.write(
            group, DataFormat.XLSX, OfficeLayoutWriteTest.office(Privacy.FULL));
    Collected back = new Collected();
    back.report =
        DangjianImporter.of(ImportOptions.of(GeneratorSettings.DEFAULT_AS_OF))
            .read(new ByteArrayInputStream(xlsx), "office.xlsx", DataFormat.XLSX, back);
    // the title row and the extras columns are information (IO-LAYOUT, IO-HEADER-UNKNOWN)
    assertThat(back.report.issues())
        .noneMatch(
            i ->
                (i.rule().code().startsWith("IO-") || i.rule().code().startsWith("ID-"))
                    && i.severity() != org.dangjian.validation.rule.Severity.INFO)
        .noneMatch(i -> i.rule().code().startsWith("REF-"));
    assertThat(back.report.input().orElseThrow().rejected()).isZero();
    assertThat(back.organizations)
        .containsExactlyElementsOf(
            group.organizations().stream().map(RosterProjection::organization).toList());
    assertThat(back.members)
        .extracting(m -> (Member) ImmutableMember.copyOf(m).withExtras(filled(m.extras())))
        .containsExactlyElementsOf(
            group.members().stream().map(OfficeRoundTripTest::projected).toList());
    assertThat(back.members.get(0).extras()).containsKeys("籍贯", "备注");
  }

  static final class Collected implements RecordHandler {
    final List<Member> members = new ArrayList<>();
    final List<Organization> organizations = new ArrayList<>();
    ValidationReport report;

    @Override
    public void member(Member member, Location location) {
      members.add(member);
    }

    @Override
    public void organization(Organization organization, Location location) {
      organizations.add(organization);
    }
  }
}
