package org.dangjian.validation.rules.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.bulletin.BulletinItem;
import org.dangjian.core.bulletin.Distribution;
import org.dangjian.core.bulletin.ImmutableBulletin;
import org.dangjian.core.bulletin.ImmutableBulletinItem;
import org.dangjian.core.bulletin.ImmutableMasthead;
import org.dangjian.core.bulletin.ImmutableNewsReport;
import org.dangjian.core.bulletin.ImmutableSection;
import org.dangjian.core.bulletin.ImmutableStatisticsBlock;
import org.dangjian.core.bulletin.Masthead;
import org.dangjian.core.bulletin.NewsReport;
import org.dangjian.core.bulletin.OrganizationMention;
import org.dangjian.core.bulletin.PersonMention;
import org.dangjian.core.bulletin.PriorityItem;
import org.dangjian.core.bulletin.Publisher;
import org.dangjian.core.bulletin.Section;
import org.dangjian.core.bulletin.SectionKind;
import org.dangjian.core.bulletin.StatedFigure;
import org.dangjian.core.bulletin.StatisticsBlock;
import org.dangjian.core.organization.ImmutablePairingAgreement;
import org.dangjian.core.organization.PairingAgreement;
import org.dangjian.validation.BeanValidation;
import org.dangjian.validation.internal.rules.FieldRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The constraints on the parts of a bulletin (masthead, sections, items, mentions, statistics,
 * priorities, distribution) at their boundaries, and on the types that are not records of a run
 * (news reports, pairing agreements) through the public validator.
 */
class BulletinConstraintBoundaryTest {

  static String text(int length) {
    return "党".repeat(length);
  }

  static String id(int length) {
    return "x".repeat(length);
  }

  /** A bulletin in the shape of issue 62, every text at its limit. */
  static Bulletin bulletin() {
    Masthead masthead =
        Masthead.builder()
            .title("党群工作简报")
            .addPublishers(
                Publisher.builder().name(text(100)).organizationId(id(64)).build(),
                Publisher.builder().name("工会").build())
            .compilingStatement("联合编制")
            .period(YearMonth.of(2024, 1))
            .issueNumber(1)
            .runningNumber(62)
            .publishDate(LocalDate.of(2024, 2, 5))
            .build();
    BulletinItem item =
        BulletinItem.builder()
            .headline(text(200))
            .dateText("1月13日")
            .date(LocalDate.of(2024, 1, 13))
            .addParagraphs("集团党委召开专题会议。", text(5000))
            .addOrganizations(
                OrganizationMention.builder().name(text(100)).organizationId("org-1").build())
            .addPeople(
                PersonMention.builder()
                    .name(text(50))
                    .post(text(100))
                    .organization(text(100))
                    .memberId(id(64))
                    .build())
            .build();
    StatisticsBlock statistics =
        StatisticsBlock.builder()
            .asOf(LocalDate.of(2024, 1, 31))
            .memberTotal(3096)
            .probationaryMembers(0)
            .shareOfEmployeesPercent(new BigDecimal("100"))
            .organizationTotal(134)
            .partyCommittees(16)
            .generalBranches(4)
            .branches(114)
            .addOtherFigures(
                StatedFigure.builder().label(text(100)).value(BigDecimal.TEN).unit("名").build())
            .build();
    return Bulletin.builder()
        .masthead(masthead)
        .addSections(
            Section.builder()
                .kind(SectionKind.GROUP_NEWS)
                .heading(text(100))
                .addItems(item)
                .build(),
            Section.builder()
                .kind(SectionKind.STATISTICS)
                .heading("党建大数据")
                .statistics(statistics)
                .build(),
            Section.builder()
                .kind(SectionKind.PRIORITIES)
                .heading("二月份重点工作")
                .addPriorities(
                    PriorityItem.builder()
                        .text(text(500))
                        .addResponsibleOrganizations(text(100))
                        .build())
                .build())
        .distribution(Distribution.builder().addReportTo(text(100)).addIssueTo("各基层党组织").build())
        .editor(text(50))
        .approver("李四")
        .printCount(0)
        .build();
  }

  static Bulletin masthead(UnaryOperator<ImmutableMasthead> change) {
    Bulletin b = bulletin();
    return ImmutableBulletin.copyOf(b)
        .withMasthead(change.apply(ImmutableMasthead.copyOf(b.masthead())));
  }

  static Bulletin section(int index, UnaryOperator<ImmutableSection> change) {
    Bulletin b = bulletin();
    List<Section> sections = new java.util.ArrayList<>(b.sections());
    sections.set(index, change.apply(ImmutableSection.copyOf(sections.get(index))));
    return ImmutableBulletin.copyOf(b).withSections(sections);
  }

  static Bulletin item(UnaryOperator<ImmutableBulletinItem> change) {
    return section(
        0, s -> s.withItems(change.apply(ImmutableBulletinItem.copyOf(s.items().get(0)))));
  }

  static Bulletin statistics(UnaryOperator<ImmutableStatisticsBlock> change) {
    return section(
        1,
        s -> s.withStatistics(change.apply(ImmutableStatisticsBlock.copyOf(s.statistics().get()))));
  }

  static Arguments ok(String label, Bulletin bulletin) {
    return Arguments.of(label, bulletin, List.of());
  }

  static Arguments bad(String label, Bulletin bulletin, String codeAtField) {
    return Arguments.of(label, bulletin, List.of(codeAtField));
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        ok("every text at its limit", bulletin()),
        bad("blank title", masthead(m -> m.withTitle(" ")), "FIELD-REQUIRED@masthead.title"),
        bad("title of 101", masthead(m -> m.withTitle(text(101))), "FIELD-LENGTH@masthead.title"),
        bad(
            "publisher of 101",
            masthead(m -> m.withPublishers(Publisher.builder().name(text(101)).build())),
            "FIELD-LENGTH@masthead.publishers[0].name"),
        bad(
            "publisher id of 65",
            masthead(
                m ->
                    m.withPublishers(
                        Publisher.builder().name("党委").build(),
                        Publisher.builder().name("工会").organizationId(id(65)).build())),
            "FIELD-LENGTH@masthead.publishers[1].organizationId"),
        bad(
            "compiling statement of 101",
            masthead(m -> m.withCompilingStatement(text(101))),
            "FIELD-LENGTH@masthead.compilingStatement"),
        bad("issue 0", masthead(m -> m.withIssueNumber(0)), "FIELD-RANGE@masthead.issueNumber"),
        ok("running number 1", masthead(m -> m.withRunningNumber(1))),
        bad(
            "running number 0",
            masthead(m -> m.withRunningNumber(0)),
            "FIELD-RANGE@masthead.runningNumber"),
        bad(
            "heading of 101",
            section(0, s -> s.withHeading(text(101))),
            "FIELD-LENGTH@sections[0].heading"),
        bad(
            "headline of 201",
            item(i -> i.withHeadline(text(201))),
            "FIELD-LENGTH@sections[0].items[0].headline"),
        bad(
            "blank headline",
            item(i -> i.withHeadline(" ")),
            "FIELD-REQUIRED@sections[0].items[0].headline"),
        bad(
            "date text of 101",
            item(i -> i.withDateText(text(101))),
            "FIELD-LENGTH@sections[0].items[0].dateText"),
        bad(
            "paragraph of 5001",
            item(i -> i.withParagraphs("一段。", text(5001))),
            "FIELD-LENGTH@sections[0].items[0].paragraphs[1]"),
        bad(
            "blank paragraph",
            item(i -> i.withParagraphs(" ")),
            "FIELD-REQUIRED@sections[0].items[0].paragraphs[0]"),
        bad(
            "mentioned organization of 101",
            item(i -> i.withOrganizations(OrganizationMention.builder().name(text(101)).build())),
            "FIELD-LENGTH@sections[0].items[0].organizations[0].name"),
        bad(
            "mentioned person of 51",
            item(i -> i.withPeople(PersonMention.builder().name(text(51)).build())),
            "FIELD-LENGTH@sections[0].items[0].people[0].name"),
        bad(
            "blank post of a mentioned person",
            item(i -> i.withPeople(PersonMention.builder().name("张三").post(" ").build())),
            "FIELD-REQUIRED@sections[0].items[0].people[0].post"),
        ok("no members", statistics(s -> s.withMemberTotal(0))),
        bad(
            "-1 members",
            statistics(s -> s.withMemberTotal(-1)),
            "FIELD-RANGE@sections[1].statistics.memberTotal"),
        bad(
            "-1 branches",
            statistics(s -> s.withBranches(-1)),
            "FIELD-RANGE@sections[1].statistics.branches"),
        ok("share of 0", statistics(s -> s.withShareOfEmployeesPercent(BigDecimal.ZERO))),
        bad(
            "share of 100.1",
            statistics(s -> s.withShareOfEmployeesPercent(new BigDecimal("100.1"))),
            "FIELD-RANGE@sections[1].statistics.shareOfEmployeesPercent"),
        bad(
            "share of -0.1",
            statistics(s -> s.withShareOfEmployeesPercent(new BigDecimal("-0.1"))),
            "FIELD-RANGE@sections[1].statistics.shareOfEmployeesPercent"),
        bad(
            "figure label of 101",
            statistics(
                s ->
                    s.withOtherFigures(
                        StatedFigure.builder().label(text(101)).value(BigDecimal.ONE).build())),
            "FIELD-LENGTH@sections[1].statistics.otherFigures[0].label"),
        bad(
            "priority of 501",
            section(2, s -> s.withPriorities(PriorityItem.builder().text(text(501)).build())),
            "FIELD-LENGTH@sections[2].priorities[0].text"),
        bad(
            "blank responsible organization",
            section(
                2,
                s ->
                    s.withPriorities(
                        PriorityItem.builder()
                            .text("抓好党建")
                            .addResponsibleOrganizations(" ")
                            .build())),
            "FIELD-REQUIRED@sections[2].priorities[0].responsibleOrganizations[0]"),
        bad(
            "recipient of 101",
            ImmutableBulletin.copyOf(bulletin())
                .withDistribution(Distribution.builder().addSendTo(text(101)).build()),
            "FIELD-LENGTH@distribution.sendTo[0]"),
        bad(
            "editor of 51",
            ImmutableBulletin.copyOf(bulletin()).withEditor(text(51)),
            "FIELD-LENGTH@editor"),
        bad(
            "blank approver",
            ImmutableBulletin.copyOf(bulletin()).withApprover(""),
            "FIELD-REQUIRED@approver"),
        bad(
            "-1 copies",
            ImmutableBulletin.copyOf(bulletin()).withPrintCount(-1),
            "FIELD-RANGE@printCount"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void constraintHoldsAtItsBoundary(String label, Bulletin bulletin, List<String> expected) {
    assertThat(FieldHarness.codesAtFields(FieldHarness.issues(bulletin)))
        .as(label)
        .containsExactlyElementsOf(expected);
  }

  private static List<String> findings(Object bean) {
    return BeanValidation.validator().validate(bean).stream()
        .map(FieldRules::toFinding)
        .map(f -> f.rule().code() + "@" + f.field())
        .sorted()
        .toList();
  }

  @Test
  void newsReportsAreConstrainedLikeBulletinItems() {
    NewsReport report =
        NewsReport.builder()
            .headline(text(200))
            .publication(text(100))
            .publishedOn(LocalDate.of(2024, 1, 16))
            .addReporters(text(50))
            .dateLine(text(100))
            .editor(text(50))
            .build();
    assertThat(findings(report)).isEmpty();

    NewsReport wrong =
        ImmutableNewsReport.copyOf(report)
            .withPublication(" ")
            .withReporters("张三", text(51))
            .withDateLine(text(101))
            .withEditor("")
            .withHeadline(text(201));
    assertThat(findings(wrong))
        .containsExactly(
            "FIELD-LENGTH@dateLine",
            "FIELD-LENGTH@headline",
            "FIELD-LENGTH@reporters[1]",
            "FIELD-REQUIRED@editor",
            "FIELD-REQUIRED@publication");
  }

  @Test
  void pairingAgreementsAreConstrained() {
    PairingAgreement agreement =
        PairingAgreement.builder()
            .id(id(64))
            .title(text(200))
            .addOrganizationIds("org-1")
            .addExternalParties(text(100))
            .signedOn(LocalDate.of(2023, 7, 1))
            .build();
    assertThat(findings(agreement)).isEmpty();

    PairingAgreement wrong =
        ImmutablePairingAgreement.copyOf(agreement)
            .withId(id(65))
            .withTitle(text(201))
            .withOrganizationIds("org-1", " ")
            .withExternalParties(text(101));
    assertThat(findings(wrong))
        .containsExactly(
            "FIELD-LENGTH@externalParties[0]",
            "FIELD-LENGTH@id",
            "FIELD-LENGTH@title",
            "FIELD-REQUIRED@organizationIds[1]");
  }
}
