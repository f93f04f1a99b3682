package org.dangjian.testkit.assertj;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dangjian.testkit.assertj.DangjianAssertions.assertThat;

import java.time.LocalDate;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.GeneratorSettings;
import org.junit.jupiter.api.Test;

class DangjianAssertionsTest {

  static final LocalDate AS_OF = GeneratorSettings.DEFAULT_AS_OF;
  static final Dataset DATA =
      DatasetGenerator.generate(
          GeneratorSettings.builder().seed(5).branches(4).members(60).probationary(6).build());

  private static Member full() {
    return DATA.members().stream().filter(m -> m.stage() == MemberStage.FULL).findFirst().get();
  }

  @Test
  void passingAssertionsChain() {
    Member m = full();
    assertThat(m)
        .hasStage(MemberStage.FULL)
        .isPartyMemberOn(AS_OF)
        .belongsTo(m.organizationId())
        .hasIdNumberConsistentWithPerson();
    Organization branch = DATA.organization(m.organizationId()).orElseThrow();
    assertThat(branch)
        .hasKind(OrganizationKind.BRANCH)
        .hasParent(branch.parentId().orElseThrow())
        .isBranchLevel();
    assertThat(DATA)
        .hasMemberCount(60)
        .hasOrganizationCount(OrganizationKind.BRANCH, 4)
        .hasNoDuplicateIdNumbers()
        .hasBulletinFigures(AS_OF, 60, 6, 1, 0, 4);
    assertThat(DATA).bulletinFiguresOn(AS_OF).extracting("members").isEqualTo(60);
  }

  @Test
  void memberAssertionsFailWithoutPrintingTheIdNumber() {
    Member m = full();
    String fullId = m.idNumber().orElseThrow().value();
    Member wrongGender =
        ImmutableMember.copyOf(m)
            .withGender(
                m.gender() == org.dangjian.core.code.Gender.MALE
                    ? org.dangjian.core.code.Gender.FEMALE
                    : org.dangjian.core.code.Gender.MALE);
    assertThatThrownBy(() -> assertThat(wrongGender).hasIdNumberConsistentWithPerson())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(m.id())
        .hasMessageContaining(m.idNumber().orElseThrow().masked())
        .hasMessageNotContaining(fullId);
    Member wrongBirth = ImmutableMember.copyOf(m).withBirthDate(m.birthDate().plusDays(1));
    assertThatThrownBy(() -> assertThat(wrongBirth).hasIdNumberConsistentWithPerson())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("birth date")
        .hasMessageNotContaining(fullId);
    assertThatThrownBy(() -> assertThat(m).hasStage(MemberStage.PROBATIONARY))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("PROBATIONARY")
        .hasMessageNotContaining(fullId);
    assertThatThrownBy(() -> assertThat(m).isPartyMemberOn(LocalDate.of(1900, 1, 1)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("none");
    assertThatThrownBy(() -> assertThat(m).belongsTo("org-9999"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("org-9999");
  }

  @Test
  void organizationAssertionsFail() {
    Organization root = DATA.roots().get(0);
    assertThatThrownBy(() -> assertThat(root).hasKind(OrganizationKind.BRANCH))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(root.id());
    assertThatThrownBy(() -> assertThat(root).hasParent("org-0001"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("none");
    assertThatThrownBy(() -> assertThat(root).isBranchLevel())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("branch-level");
  }

  @Test
  void datasetAssertionsFailWithoutPrintingTheIdNumber() {
    Dataset duplicated = Defect.DUPLICATE_ID_NUMBER.applyTo(DATA, AS_OF).dataset();
    String fullIds =
        duplicated.members().stream()
            .map(m -> m.idNumber().orElseThrow().value())
            .reduce("", String::concat);
    assertThatThrownBy(() -> assertThat(duplicated).hasNoDuplicateIdNumbers())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("share")
        .satisfies(
            e -> {
              for (Member m : duplicated.members()) {
                org.assertj.core.api.Assertions.assertThat(e.getMessage())
                    .doesNotContain(m.idNumber().orElseThrow().value());
              }
            });
    org.assertj.core.api.Assertions.assertThat(fullIds).isNotEmpty();
    assertThatThrownBy(() -> assertThat(DATA).hasMemberCount(61))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("61");
    assertThatThrownBy(() -> assertThat(DATA).hasOrganizationCount(OrganizationKind.BRANCH, 5))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("BRANCH");
    assertThatThrownBy(() -> assertThat(DATA).hasBulletinFigures(AS_OF, 60, 7, 1, 0, 4))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("probationary=6");
  }
}
