package org.dangjian.core.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulletinTest {

  @Test
  void mastheadOfIssue62() {
    Masthead masthead = Issue62.bulletin().masthead();

    assertThat(masthead.title()).isEqualTo("党群工作简报");
    assertThat(masthead.publishers())
        .extracting(Publisher::name)
        .containsExactly("协鑫集团党委", "工会", "团委");
    assertThat(masthead.publishers().get(0).organizationId()).contains("ORG-GCL-001");
    assertThat(masthead.publishers().get(1).organizationId()).isEmpty();
    assertThat(masthead.publisherLine()).isEqualTo("协鑫集团党委、工会、团委联合编制");
    assertThat(masthead.period()).isEqualTo(YearMonth.of(2024, 1));
    assertThat(masthead.periodText()).isEqualTo("2024.1");
    assertThat(masthead.runningNumber()).hasValue(62);
    assertThat(masthead.issueNumber()).isEmpty();
    assertThat(masthead.publishDate()).isEmpty();
  }

  @Test
  void periodTextHasNoLeadingZeroAndTwoDigitMonths() {
    Masthead december =
        ImmutableMasthead.copyOf(Issue62.masthead()).withPeriod(YearMonth.of(2023, 12));

    assertThat(december.periodText()).isEqualTo("2023.12");
  }

  @Test
  void sectionsKeepPrintOrder() {
    Bulletin bulletin = Issue62.bulletin();

    assertThat(bulletin.sections())
        .extracting(Section::heading)
        .containsExactly("党建要闻", "党建大数据", "集团党群简讯", "基层党建动态", "基层工建动态", "基层团建动态", "二月份重点工作");
    List<SectionKind> canonical =
        Arrays.stream(SectionKind.values()).filter(kind -> kind != SectionKind.CUSTOM).toList();
    assertThat(bulletin.sections()).extracting(Section::kind).isEqualTo(canonical);
  }

  @Test
  void headingsOfTheExampleAreRecognized() {
    for (Section section : Issue62.bulletin().sections()) {
      assertThat(SectionKind.fromHeading(section.heading()))
          .as(section.heading())
          .contains(section.kind());
    }
  }

  @Test
  void identicallyBuiltBulletinsAreEqual() {
    Bulletin first = Issue62.bulletin();
    Bulletin second = Issue62.bulletin();

    assertThat(first).isNotSameAs(second).isEqualTo(second);
    assertThat(first.hashCode()).isEqualTo(second.hashCode());
    assertThat(first.toString()).isEqualTo(second.toString());
  }

  @Test
  void withCopiesDifferAndLeaveTheOriginalUnchanged() {
    ImmutableBulletin original = ImmutableBulletin.copyOf(Issue62.bulletin());

    ImmutableBulletin next =
        original.withMasthead(
            ImmutableMasthead.copyOf(original.masthead())
                .withRunningNumber(63)
                .withPeriod(YearMonth.of(2024, 2)));
    ImmutableBulletin signed = original.withApprover("张某");

    assertThat(next).isNotEqualTo(original);
    assertThat(next.masthead().runningNumber()).hasValue(63);
    assertThat(next.sections()).isEqualTo(original.sections());
    assertThat(signed).isNotEqualTo(original);
    assertThat(signed.approver()).contains("张某");
    assertThat(original.masthead().runningNumber()).hasValue(62);
    assertThat(original.approver()).isEmpty();
    assertThat(original).isEqualTo(Issue62.bulletin());
  }

  @Test
  void reorderedSectionsMakeADifferentBulletin() {
    Bulletin bulletin = Issue62.bulletin();
    List<Section> reversed = new java.util.ArrayList<>(bulletin.sections());
    java.util.Collections.reverse(reversed);

    Bulletin reordered = ImmutableBulletin.copyOf(bulletin).withSections(reversed);

    assertThat(reordered).isNotEqualTo(bulletin);
    assertThat(reordered.sections().get(0).kind()).isEqualTo(SectionKind.PRIORITIES);
  }

  @Test
  void collectionsAreUnmodifiable() {
    Bulletin bulletin = Issue62.bulletin();

    assertThatThrownBy(() -> bulletin.sections().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> bulletin.sections().get(3).items().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(bulletin.sections()).hasSize(7);
  }

  @Test
  void sectionsOfAKind() {
    Bulletin bulletin = Issue62.bulletin();

    assertThat(bulletin.sectionsOf(SectionKind.GRASSROOTS_PARTY))
        .singleElement()
        .satisfies(
            section -> assertThat(section.items()).containsExactly(Issue62.grassrootsItem()));
    assertThat(bulletin.sectionsOf(SectionKind.CUSTOM)).isEmpty();
  }

  @Test
  void sectionsOfKeepsPrintOrderAmongSeveralSectionsOfOneKind() {
    Section first = Section.builder().kind(SectionKind.CUSTOM).heading("学习园地").build();
    Section second = Section.builder().kind(SectionKind.CUSTOM).heading("征稿启事").build();
    Bulletin bulletin =
        ImmutableBulletin.copyOf(Issue62.bulletin())
            .withSections(first, Issue62.bulletin().sections().get(0), second);

    assertThat(bulletin.sectionsOf(SectionKind.CUSTOM)).containsExactly(first, second);
  }

  @Test
  void statisticsOfIssue62() {
    StatisticsBlock block = Issue62.bulletin().statistics().orElseThrow();

    assertThat(block.asOf()).isEqualTo(LocalDate.of(2024, 1, 31));
    assertThat(block.memberTotal()).hasValue(3096);
    assertThat(block.probationaryMembers()).hasValue(197);
    assertThat(block.shareOfEmployeesPercent())
        .hasValueSatisfying(share -> assertThat(share).isEqualByComparingTo("10"));
    assertThat(block.organizationTotal()).hasValue(134);
    assertThat(block.partyCommittees()).hasValue(16);
    assertThat(block.generalBranches()).hasValue(4);
    assertThat(block.branches()).hasValue(114);
    assertThat(block.organizationPartsSum()).hasValue(134);
    assertThat(block.otherFigures()).isEmpty();
  }

  @Test
  void statisticsIsEmptyWithoutAStatisticsBlock() {
    Bulletin bulletin = Issue62.bulletin();
    Bulletin withoutStatistics =
        ImmutableBulletin.copyOf(bulletin)
            .withSections(bulletin.sectionsOf(SectionKind.GRASSROOTS_PARTY));

    assertThat(withoutStatistics.statistics()).isEmpty();
    assertThat(withoutStatistics.priorities()).isEmpty();
  }

  @Test
  void prioritiesOfIssue62() {
    Bulletin bulletin = Issue62.bulletin();

    assertThat(bulletin.priorities())
        .extracting(PriorityItem::text)
        .containsExactly("召开2023年度基层党组织书记抓党建述职评议会", "开展春节期间走访慰问困难党员、职工");
    assertThat(bulletin.priorities().get(0).responsibleOrganizations()).containsExactly("各板块党委");
    assertThat(bulletin.priorities().get(1).responsibleOrganizations()).isEmpty();
    assertThat(
            SectionKind.prioritiesMonth(
                bulletin.sectionsOf(SectionKind.PRIORITIES).get(0).heading()))
        .contains(bulletin.masthead().period().plusMonths(1).getMonth());
  }

  @Test
  void itemKeepsPrintedAndResolvedDate() {
    Bulletin bulletin = Issue62.bulletin();
    BulletinItem item = bulletin.sectionsOf(SectionKind.GRASSROOTS_PARTY).get(0).items().get(0);

    assertThat(item.headline()).doesNotStartWith("➤");
    assertThat(item.dateText()).contains("1月13日");
    assertThat(item.date()).contains(LocalDate.of(2024, 1, 13));
    assertThat(item.date().orElseThrow().getYear())
        .isEqualTo(bulletin.masthead().period().getYear());
    assertThat(item.paragraphs()).hasSize(2);
    assertThat(item.organizations())
        .extracting(OrganizationMention::name)
        .containsExactly("能源板块党委");
  }

  @Test
  void itemNamesASecretary() {
    BulletinItem item = Issue62.grassrootsItem();

    assertThat(item.people())
        .singleElement()
        .satisfies(
            person -> {
              assertThat(person.name()).isEqualTo(Issue62.SECRETARY);
              assertThat(person.post()).hasValueSatisfying(post -> assertThat(post).endsWith("书记"));
              assertThat(person.organization()).contains("能源板块党委");
              assertThat(person.memberId()).contains("M-000123");
            });
  }

  @Test
  void optionalFieldsOfRulesSection8() {
    Distribution distribution =
        Distribution.builder()
            .addReportTo("集团董事会")
            .addSendTo("各板块党委", "各板块工会")
            .addIssueTo("各基层党支部")
            .build();

    Bulletin bulletin =
        ImmutableBulletin.copyOf(Issue62.bulletin())
            .withDistribution(distribution)
            .withApprover("张某")
            .withPrintCount(200);

    assertThat(bulletin.distribution()).contains(distribution);
    assertThat(bulletin.distribution().orElseThrow().sendTo()).containsExactly("各板块党委", "各板块工会");
    assertThat(bulletin.editor()).contains("集团党委办公室");
    assertThat(bulletin.printCount()).hasValue(200);
    assertThat(Issue62.bulletin().printCount()).isEmpty();
    assertThat(Issue62.bulletin().distribution()).isEmpty();
  }

  @Test
  void strictBuilderRejectsASecondValueForTheSameAttribute() {
    ImmutableSection.Builder builder = Section.builder().heading("党建要闻");

    assertThatThrownBy(() -> builder.heading("党建大数据"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("heading");
  }

  @Test
  void missingRequiredAttributeIsReportedByName() {
    assertThatThrownBy(() -> Bulletin.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("masthead");
  }

  @Test
  void blankHeadingIsImpossible() {
    assertThatThrownBy(() -> Section.builder().kind(SectionKind.CUSTOM).heading(" \u3000").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Section.heading must not be blank");
  }

  @Test
  void blankNamesOfMentionsAndPublishersAreImpossible() {
    assertThatThrownBy(() -> OrganizationMention.builder().name("").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("OrganizationMention.name");
    assertThatThrownBy(() -> PersonMention.builder().name(" ").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("PersonMention.name");
    assertThatThrownBy(() -> Publisher.builder().name("").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Publisher.name");
  }

  @Test
  void contentThatDoesNotFitTheKindIsLoadedForTheValidationLayer() {
    Section odd =
        Section.builder()
            .kind(SectionKind.NATIONAL_NEWS)
            .heading("党建要闻")
            .statistics(Issue62.statistics())
            .addPriority(PriorityItem.builder().text("学习贯彻全会精神").build())
            .build();

    assertThat(odd.statistics()).isPresent();
    assertThat(odd.priorities()).hasSize(1);
  }
}
