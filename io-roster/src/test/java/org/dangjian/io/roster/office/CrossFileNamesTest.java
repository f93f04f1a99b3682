package org.dangjian.io.roster.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.ImmutableDataset;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.ImmutableOrganization;
import org.dangjian.core.organization.Organization;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.ImportResult;
import org.dangjian.io.Privacy;
import org.dangjian.io.Roster;
import org.dangjian.io.RosterLayout;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.validation.report.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A member roster whose 所在支部 column holds organization names (the office layout), read in the same
 * import as an organization roster in another file named before it: the names resolve to the
 * organizations' ids; an ambiguous name is reported at the member's cell.
 */
class CrossFileNamesTest {

  @TempDir Path dir;

  private static final ImportOptions OPTIONS = ImportOptions.of(GeneratorSettings.DEFAULT_AS_OF);

  private static Dataset group() {
    return DatasetGenerator.generate(GeneratorSettings.proportional(5, 40).build());
  }

  private Path members(Dataset group, String name) throws Exception {
    Path file = dir.resolve(name);
    DangjianExporter.of(
            ExportOptions.builder()
                .privacy(Privacy.FULL)
                .layout(RosterLayout.OFFICE)
                .title(Optional.of("党员花名册"))
                .build())
        .write(group, file);
    return file;
  }

  private Path organizations(Dataset group) throws Exception {
    Path file = dir.resolve("organizations.csv");
    DangjianExporter.of(
            ExportOptions.builder().privacy(Privacy.FULL).roster(Roster.ORGANIZATIONS).build())
        .write(group, file);
    return file;
  }

  private static List<String> codes(ImportResult result) {
    return result.report().issues().stream().map(Issue::code).toList();
  }

  @Test
  void namesInAMemberRosterResolveAgainstAnOrganizationRosterInAnotherFile() throws Exception {
    Dataset group = group();
    Path organizations = organizations(group);
    // A CSV file holds one roster; the office layout names the organizations in 所在支部.
    for (String name : List.of("members.csv")) {
      Path members = members(group, name);
      ImportResult alone = DangjianImporter.of(OPTIONS).read(members);
      assertThat(codes(alone)).as(name + " alone").contains("REF-ORGANIZATION");

      ImportResult both = DangjianImporter.of(OPTIONS).read(organizations, members);
      assertThat(codes(both)).as(name).doesNotContain("REF-ORGANIZATION", "IO-ORG-AMBIGUOUS");
      assertThat(both.dataset().members())
          .as(name)
          .extracting(Member::organizationId)
          .containsExactlyElementsOf(group.members().stream().map(Member::organizationId).toList());
      assertThat(both.dataset().organizations()).hasSameSizeAs(group.organizations());
    }
  }

  @Test
  void aNameTwoOrganizationsOfTheOtherFileShareIsAmbiguousAtTheMembersCell() throws Exception {
    Dataset group = group();
    Member first = group.members().get(0);
    Organization home =
        group.organizations().stream()
            .filter(o -> o.id().equals(first.organizationId()))
            .findFirst()
            .orElseThrow();
    List<Organization> twins = new ArrayList<>(group.organizations());
    twins.add(ImmutableOrganization.copyOf(home).withId(home.id() + "-twin"));
    Path organizations = organizations(ImmutableDataset.copyOf(group).withOrganizations(twins));
    Path members = members(group, "members.csv");

    ImportResult result = DangjianImporter.of(OPTIONS).read(organizations, members);

    List<Issue> ambiguous =
        result.report().issues().stream().filter(i -> i.code().equals("IO-ORG-AMBIGUOUS")).toList();
    assertThat(ambiguous).isNotEmpty();
    Issue issue = ambiguous.get(0);
    assertThat(issue.location().source()).contains(members.toString());
    assertThat(issue.location().line()).hasValue(3);
    assertThat(issue.value()).contains(home.name());
  }
}
