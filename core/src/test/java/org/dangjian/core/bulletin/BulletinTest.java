package org.dangjian.core.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bulletin model on a small bulletin built here. The full issue 62 of docs/DOMAIN.md is
 * testkit's {@code SampleBulletins}, which core's tests cannot use (testkit depends on core); its
 * tests there ({@code SampleBulletinsTest}) read it through this model.
 */
class BulletinTest {

  private static final String SECRETARY = "张某";

  private static Masthead masthead() {
    return Masthead.builder()
        .title("党群工作简报")
        .addPublisher(Publisher.builder().name("瑞丰集团党委").organizationId("org-0001").build())
        .addPublisher(Publisher.builder().name("工会").build())
        .compilingStatement("联合编制")
        .period(YearMonth.of(2024, 3))
        .runningNumber(64)
        .build();
  }

  private static StatisticsBlock statistics() {
    return StatisticsBlock.builder()
        .asOf(LocalDate.of(2024, 3, 31))
        .memberTotal(310)
        .probationaryMembers(20)
        .organizationTotal(12)
        .partyCommittees(2)
        .generalBranches(1)
        .branches(9)
        .build();
  }

  private static BulletinItem item() {
    return BulletinItem.builder()
        .headline("第一党支部召开组织生活会")
        .dateText("3月5日")
        .date(LocalDate.of(2024, 3, 5))
        .addParagraph("3月5日，第一党支部召开组织生活会。")
        .addParagraph("支部书记作对照检查。")
        .addOrganization(
            OrganizationMention.builder().name("第一党支部").organizationId("org-0005").build())
        .addPerson(
            PersonMention.builder()
                .name(SECRETARY)
                .post("支部书记")
                .organization("第一党支部")
                .memberId("mem-00042")
                .build())
        .build();
  }

  /** Three sections: grassroots news with {@link #item()}, statistics, next month's priorities. */
  private static Bulletin bulletin() {
    return Bulletin.builder()
        .masthead(masthead())
        .addSection(
            Section.builder()
                .kind(SectionKind.GRASSROOTS_PARTY)
                .heading("基层党建动态")
                .addItem(item())
                .build())
        .addSection(
            Section.builder()
                .kind(SectionKind.STATISTICS)
                .heading("党建大数据")
                .statistics(statistics())
                .build())
        .addSection(
            Section.builder()
                .kind(SectionKind.PRIORITIES)
                .heading("四月份重点工作")
                .addPriority(
                    PriorityItem.builder()
                        .text("开展主题党日活动")
                        .addResponsibleOrganization("各党支部")
                        .build())
                .addPriority(PriorityItem.builder().text("收缴第二季度党费").build())
                .build())
        .editor("党委办公室")
        .build();
  }

  @Test
  void mastheadParts() {
    Masthead masthead = bulletin().masthead();

    assertThat(masthead.publishers().get(0).organizationId()).contains("org-0001");
    assertThat(masthead.publishers().get(1).organizationId()).isEmpty();
    assertThat(masthead.publisherLine()).isEqualTo("瑞丰集团党委、工会联合编制");
    assertThat(masthead.periodText()).isEqualTo("2024.3");
    assertThat(masthead.issueNumber()).isEmpty();
    assertThat(masthead.publishDate()).isEmpty();
    assertThat(bulletin().designation()).isEqualTo("党群工作简报 2024.3 总第64期");
  }

  @Test
  void periodTextHasNoLeadingZeroAndTwoDigitMonths() {
    Masthead december = ImmutableMasthead.copyOf(masthead()).withPeriod(YearMonth.of(2023, 12));

    assertThat(december.periodText()).isEqualTo("2023.12");
  }

  @Test
  void sectionsKeepTheOrderTheyWereGiven() {
    assertThat(bulletin().sections())
        .extracting(Section::kind)
        .containsExactly(
            SectionKind.GRASSROOTS_PARTY, SectionKind.STATISTICS, SectionKind.PRIORITIES);
  }

  @Test
  void identicallyBuiltBulletinsAreEqual() {
    Bulletin first = bulletin();
    Bulletin second = bulletin();

    assertThat(first).isNotSameAs(second).isEqualTo(second);
    assertThat(first.hashCode()).isEqualTo(second.hashCode());
    assertThat(first.toString()).isEqualTo(second.toString());
  }

  @Test
  void withCopiesDifferAndLeaveTheOriginalUnchanged() {
    ImmutableBulletin original = ImmutableBulletin.copyOf(bulletin());

    ImmutableBulletin next =
        original.withMasthead(
            ImmutableMasthead.copyOf(original.masthead())
                .withRunningNumber(65)
                .withPeriod(YearMonth.of(2024, 4)));
    ImmutableBulletin signed = original.withApprover("张某");

    assertThat(next).isNotEqualTo(original);
    assertThat(next.masthead().runningNumber()).hasValue(65);
    assertThat(next.sections()).isEqualTo(original.sections());
    assertThat(signed).isNotEqualTo(original);
    assertThat(signed.approver()).contains("张某");
    assertThat(original.masthead().runningNumber()).hasValue(64);
    assertThat(original.approver()).isEmpty();
    assertThat(original).isEqualTo(bulletin());
  }

  @Test
  void reorderedSectionsMakeADifferentBulletin() {
    Bulletin bulletin = bulletin();
    List<Section> reversed = new java.util.ArrayList<>(bulletin.sections());
    java.util.Collections.reverse(reversed);

    Bulletin reordered = ImmutableBulletin.copyOf(bulletin).withSections(reversed);

    assertThat(reordered).isNotEqualTo(bulletin);
    assertThat(reordered.sections().get(0).kind()).isEqualTo(SectionKind.PRIORITIES);
  }

  @Test
  void collectionsAreUnmodifiable() {
    Bulletin bulletin = bulletin();

    assertThatThrownBy(() -> bulletin.sections().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> bulletin.sections().get(0).items().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(bulletin.sections()).hasSize(3);
  }

  @Test
  void sectionsOfAKind() {
    Bulletin bulletin = bulletin();

    assertThat(bulletin.sectionsOf(SectionKind.GRASSROOTS_PARTY))
        .singleElement()
        .satisfies(section -> assertThat(section.items()).containsExactly(item()));
    assertThat(bulletin.sectionsOf(SectionKind.CUSTOM)).isEmpty();
  }

  @Test
  void sectionsOfKeepsPrintOrderAmongSeveralSectionsOfOneKind() {
    Section first = Section.builder().kind(SectionKind.CUSTOM).heading("学习园地").build();
    Section second = Section.builder().kind(SectionKind.CUSTOM).heading("征稿启事").build();
    Bulletin bulletin =
        ImmutableBulletin.copyOf(bulletin())
            .withSections(first, bulletin().sections().get(0), second);

    assertThat(bulletin.sectionsOf(SectionKind.CUSTOM)).containsExactly(first, second);
  }

  @Test
  void statisticsIsTheBlockOfTheStatisticsSection() {
    assertThat(bulletin().statistics()).contains(statistics());
  }

  @Test
  void statisticsIsEmptyWithoutAStatisticsBlock() {
    Bulletin bulletin = bulletin();
    Bulletin withoutStatistics =
        ImmutableBulletin.copyOf(bulletin)
            .withSections(bulletin.sectionsOf(SectionKind.GRASSROOTS_PARTY));

    assertThat(withoutStatistics.statistics()).isEmpty();
    assertThat(withoutStatistics.priorities()).isEmpty();
  }

  @Test
  void prioritiesAreTheLinesOfThePrioritiesSection() {
    Bulletin bulletin = bulletin();

    assertThat(bulletin.priorities())
        .extracting(PriorityItem::text)
        .containsExactly("开展主题党日活动", "收缴第二季度党费");
    assertThat(bulletin.priorities().get(0).responsibleOrganizations()).containsExactly("各党支部");
    assertThat(bulletin.priorities().get(1).responsibleOrganizations()).isEmpty();
    assertThat(
            SectionKind.prioritiesMonth(
                bulletin.sectionsOf(SectionKind.PRIORITIES).get(0).heading()))
        .contains(bulletin.masthead().period().plusMonths(1).getMonth());
  }

  @Test
  void itemKeepsPrintedAndResolvedDate() {
    Bulletin bulletin = bulletin();
    BulletinItem item = bulletin.sectionsOf(SectionKind.GRASSROOTS_PARTY).get(0).items().get(0);

    assertThat(item.headline()).doesNotStartWith("➤");
    assertThat(item.dateText()).contains("3月5日");
    assertThat(item.date()).contains(LocalDate.of(2024, 3, 5));
    assertThat(item.date().orElseThrow().getYear())
        .isEqualTo(bulletin.masthead().period().getYear());
    assertThat(item.paragraphs()).hasSize(2);
    assertThat(item.organizations()).extracting(OrganizationMention::name).containsExactly("第一党支部");
  }

  @Test
  void itemNamesASecretary() {
    BulletinItem item = item();

    assertThat(item.people())
        .singleElement()
        .satisfies(
            person -> {
              assertThat(person.name()).isEqualTo(SECRETARY);
              assertThat(person.post()).hasValueSatisfying(post -> assertThat(post).endsWith("书记"));
              assertThat(person.organization()).contains("第一党支部");
              assertThat(person.memberId()).contains("mem-00042");
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
        ImmutableBulletin.copyOf(bulletin())
            .withDistribution(distribution)
            .withApprover("张某")
            .withPrintCount(200);

    assertThat(bulletin.distribution()).contains(distribution);
    assertThat(bulletin.distribution().orElseThrow().sendTo()).containsExactly("各板块党委", "各板块工会");
    assertThat(bulletin.editor()).contains("党委办公室");
    assertThat(bulletin.printCount()).hasValue(200);
    assertThat(bulletin().printCount()).isEmpty();
    assertThat(bulletin().distribution()).isEmpty();
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
            .statistics(statistics())
            .addPriority(PriorityItem.builder().text("学习贯彻全会精神").build())
            .build();

    assertThat(odd.statistics()).isPresent();
    assertThat(odd.priorities()).hasSize(1);
  }
}
