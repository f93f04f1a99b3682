package org.dangjian.io.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.io.DataFormat;
import org.dangjian.io.Privacy;
import org.dangjian.io.Roster;
import org.dangjian.validation.Severity;
import org.dangjian.validation.report.Issue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What validation says about correct roster data, which carries fewer fields than the dataset it
 * was exported from: a generated (valid) group exported and imported gives only ORG-007 for the
 * branches with 7 or more full members (the organization roster has no committees or posts) and the
 * LIFE-NO-ACTIVITIES remark; a member roster on its own adds REF-ORGANIZATION for each member. A
 * change in these rules or in the roster columns shows up here.
 */
class RosterValidationTest {

  @BeforeAll
  static void generate() {
    RosterRoundTripTest.generate();
  }

  @Test
  void aRosterWorkbookOfValidDataGivesOnlyTheCommitteeRuleAndTheActivitiesRemark()
      throws Exception {
    Imports imports =
        Imports.read(
            RosterRoundTripTest.write(DataFormat.XLSX, Privacy.MASKED, Roster.MEMBERS),
            DataFormat.XLSX);
    assertThat(RosterRoundTripTest.codes(imports.report))
        .containsOnlyKeys("ORG-007", "LIFE-NO-ACTIVITIES");
    assertThat(imports.report.tally("ORG-007").orElseThrow().severity()).isEqualTo(Severity.ERROR);
    assertThat(imports.report.tally("LIFE-NO-ACTIVITIES").orElseThrow().severity())
        .isEqualTo(Severity.INFO);
    Map<String, Organization> byId = new HashMap<>();
    imports.organizations.forEach(o -> byId.put(o.id(), o));
    for (Issue issue : imports.report.issuesOf("ORG-007")) {
      Organization branch = byId.get(issue.location().recordId().orElseThrow());
      assertThat(branch.kind()).isIn(OrganizationKind.BRANCH, OrganizationKind.JOINT_BRANCH);
      assertThat(branch.posts()).isEmpty();
    }
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
