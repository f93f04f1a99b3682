package org.dangjian.validation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.validation.rules.structure.Fixtures.AS_OF;
import static org.dangjian.validation.rules.structure.Fixtures.branch;
import static org.dangjian.validation.rules.structure.Fixtures.committee;
import static org.dangjian.validation.rules.structure.Fixtures.full;

import java.util.List;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.ValidationRun;
import org.junit.jupiter.api.Test;

/**
 * A run over several files reports the issues a dataset check finds at the end (references,
 * duplicates) in the file and sheet of the record they are about, not in the run's combined source.
 */
class RecordOwnSourceTest {

  private static final String MEMBERS = "data/members.csv";
  private static final String WORKBOOK = "data/组织.xlsx";

  private static Location line(String source, int line) {
    return Location.builder().source(source).line(line).build();
  }

  private static Location row(String sheet, int row) {
    return Location.builder().source(WORKBOOK).sheet(sheet).row(row).build();
  }

  private static ValidationReport run() {
    ValidationRun run = DangjianValidator.defaults().newRun(MEMBERS + ", " + WORKBOOK, AS_OF);
    run.record(RecordKind.ORGANIZATION, committee("pc", null), row("党组织名册", 2));
    run.record(RecordKind.ORGANIZATION, branch("b1", "pc"), row("党组织名册", 3));
    run.record(RecordKind.ORGANIZATION, branch("b1", "pc"), row("其他支部", 7));
    run.record(RecordKind.MEMBER, full("m1", "b1"), line(MEMBERS, 2));
    run.record(RecordKind.MEMBER, full("m2", "nowhere"), line(MEMBERS, 3));
    run.record(RecordKind.MEMBER, full("m3", "b1"), line(MEMBERS, 4));
    return run.finish();
  }

  private static Issue only(ValidationReport report, String code) {
    List<Issue> found = report.issues().stream().filter(i -> i.code().equals(code)).toList();
    assertThat(found).as(code + " in " + report.issues()).hasSize(1);
    return found.get(0);
  }

  @Test
  void aMissingOrganizationIsReportedInTheMembersFile() {
    ValidationReport report = run();
    Location at = only(report, "REF-ORGANIZATION").location();
    assertThat(at.source()).contains(MEMBERS);
    assertThat(at.line()).hasValue(3);
    assertThat(at.sheet()).isEmpty();
    assertThat(report.source()).isEqualTo(MEMBERS + ", " + WORKBOOK);
  }

  @Test
  void aDuplicateOrganizationIsReportedInItsWorkbookAndSheet() {
    Location at = only(run(), "REF-DUPLICATE-ORG-ID").location();
    assertThat(at.source()).contains(WORKBOOK);
    assertThat(at.sheet()).contains("其他支部");
    assertThat(at.row()).hasValue(7);
    assertThat(TextReportWriter.where(at, true)).startsWith(WORKBOOK + " 其他支部 第7行 b1");
  }

  /** Issues about a record name its file; those about the dataset as a whole name the run's. */
  @Test
  void theTextReportNamesEachRecordsOwnFile() {
    StringBuilder text = new StringBuilder();
    for (Issue issue : run().issues()) {
      if (issue.location().recordKind().isPresent()) {
        text.append(TextReportWriter.where(issue.location(), false)).append('\n');
      } else {
        assertThat(issue.location().source()).contains(MEMBERS + ", " + WORKBOOK);
      }
    }
    assertThat(text.toString())
        .contains(MEMBERS + " line 3", WORKBOOK + " 其他支部 row 7")
        .doesNotContain(MEMBERS + ", " + WORKBOOK);
  }
}
