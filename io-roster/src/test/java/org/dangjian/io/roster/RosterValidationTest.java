package org.dangjian.io.roster;

import static org.assertj.core.api.Assertions.assertThat;

import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.io.DataFormat;
import org.dangjian.io.Privacy;
import org.dangjian.io.Roster;
import org.dangjian.validation.rule.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What validation says about correct roster data, which carries fewer fields than the dataset it
 * was exported from: a generated (valid) group exported and imported gives only the
 * LIFE-NO-ACTIVITIES remark (development dates are milestones, committees are known from their
 * election date without post holders); a member roster on its own adds REF-ORGANIZATION for each
 * member. A change in these rules or in the roster columns shows up here.
 */
class RosterValidationTest {

  @BeforeAll
  static void generate() {
    RosterRoundTripTest.generate();
  }

  @Test
  void aRosterWorkbookOfValidDataGivesOnlyTheActivitiesRemark() throws Exception {
    Imports imports =
        Imports.read(
            RosterRoundTripTest.write(DataFormat.XLSX, Privacy.MASKED, Roster.MEMBERS),
            DataFormat.XLSX);
    assertThat(RosterRoundTripTest.codes(imports.report)).containsOnlyKeys("LIFE-NO-ACTIVITIES");
    assertThat(imports.report.tally("LIFE-NO-ACTIVITIES").orElseThrow().severity())
        .isEqualTo(Severity.INFO);
    // the branches with 7 or more full members pass ORG-007 on their committee's election date
    assertThat(imports.organizations)
        .filteredOn(o -> o.kind() == OrganizationKind.BRANCH)
        .allSatisfy(
            branch -> {
              assertThat(branch.posts()).isEmpty();
              assertThat(branch.latestCommittee()).isPresent();
            });
  }

  @Test
  void aMemberRosterAloneAlsoMissesItsOrganizations() throws Exception {
    Imports imports =
        Imports.read(
            RosterRoundTripTest.write(DataFormat.CSV, Privacy.FULL, Roster.MEMBERS),
            DataFormat.CSV);
    assertThat(RosterRoundTripTest.codes(imports.report)).containsOnlyKeys("REF-ORGANIZATION");
    long partyGroups = imports.members.stream().filter(m -> m.partyGroupId().isPresent()).count();
    assertThat(imports.report.issuesOf("REF-ORGANIZATION"))
        .hasSize(imports.members.size() + (int) partyGroups);
  }
}
