package org.dangjian.io.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.record.Location;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.Privacy;
import org.dangjian.io.RecordHandler;
import org.dangjian.io.Roster;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.validation.report.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Export then import gives the roster projection of every record ({@link RosterProjection}), for
 * CSV (each roster) and XLSX (both sheets) and every privacy profile, over a generated group of
 * 3,000 members; no row is rejected and no IO issue is reported.
 */
class RosterRoundTripTest {

  private static Dataset dataset;

  @BeforeAll
  static void generate() {
    if (dataset != null) {
      return;
    }
    dataset = DatasetGenerator.generate(GeneratorSettings.proportional(7, 3_000).build());
  }

  @ParameterizedTest
  @EnumSource(Privacy.class)
  void csvMemberRosterRoundTrips(Privacy privacy) throws Exception {
    Collected collected =
        read(write(DataFormat.CSV, privacy, Roster.MEMBERS), DataFormat.CSV, "members.csv");
    assertThat(collected.members).hasSize(dataset.members().size());
    assertThat(collected.members)
        .containsExactlyElementsOf(
            dataset.members().stream().map(m -> RosterProjection.member(m, privacy)).toList());
    assertThat(collected.organizations).isEmpty();
    assertClean(collected.report, dataset.members().size());
  }

  @ParameterizedTest
  @EnumSource(Privacy.class)
  void csvOrganizationRosterRoundTrips(Privacy privacy) throws Exception {
    Collected collected =
        read(
            write(DataFormat.CSV, privacy, Roster.ORGANIZATIONS),
            DataFormat.CSV,
            "organizations.csv");
    assertThat(collected.organizations)
        .containsExactlyElementsOf(
            dataset.organizations().stream().map(RosterProjection::organization).toList());
    assertClean(collected.report, dataset.organizations().size());
  }

  @ParameterizedTest
  @EnumSource(Privacy.class)
  void xlsxWorkbookRoundTrips(Privacy privacy) throws Exception {
    Collected collected =
        read(write(DataFormat.XLSX, privacy, Roster.MEMBERS), DataFormat.XLSX, "roster.xlsx");
    assertThat(collected.organizations)
        .containsExactlyElementsOf(
            dataset.organizations().stream().map(RosterProjection::organization).toList());
    assertThat(collected.members)
        .containsExactlyElementsOf(
            dataset.members().stream().map(m -> RosterProjection.member(m, privacy)).toList());
    assertClean(collected.report, dataset.members().size() + dataset.organizations().size());
  }

  private static void assertClean(ValidationReport report, long records) {
    assertThat(report.input().orElseThrow().read()).isEqualTo(records);
    assertThat(report.input().orElseThrow().accepted()).isEqualTo(records);
    assertThat(report.input().orElseThrow().rejected()).isZero();
    assertThat(report.issues())
        .noneMatch(i -> i.rule().code().startsWith("IO-") || i.rule().code().startsWith("ID-"));
  }

  static byte[] write(DataFormat format, Privacy privacy, Roster roster) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DangjianExporter.of(ExportOptions.builder().privacy(privacy).roster(roster).build())
        .write(dataset, out, format);
    return out.toByteArray();
  }

  static Collected read(byte[] bytes, DataFormat format, String source) throws Exception {
    Collected collected = new Collected();
    collected.report =
        DangjianImporter.of(ImportOptions.of(GeneratorSettings.DEFAULT_AS_OF))
            .read(new ByteArrayInputStream(bytes), source, format, collected);
    return collected;
  }

  /** Rule codes and counts of a report, for messages. */
  static Map<String, Long> codes(ValidationReport report) {
    Map<String, Long> codes = new TreeMap<>();
    report.issues().forEach(i -> codes.merge(i.rule().code(), 1L, Long::sum));
    return codes;
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
