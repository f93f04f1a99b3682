package org.dangjian.core.bulletin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The real example of docs/DOMAIN.md ("Bulletins"), built through the public builders: issue 62
 * (2024.1) of the bulletin that the group's party committee, union and youth league compile
 * together.
 */
final class Issue62 {

  static final String SECRETARY = "朱某某";

  private Issue62() {}

  static Masthead masthead() {
    return Masthead.builder()
        .title("党群工作简报")
        .addPublisher(Publisher.builder().name("协鑫集团党委").organizationId("ORG-GCL-001").build())
        .addPublisher(Publisher.builder().name("工会").build())
        .addPublisher(Publisher.builder().name("团委").build())
        .compilingStatement("联合编制")
        .period(YearMonth.of(2024, 1))
        .runningNumber(62)
        .build();
  }

  static StatisticsBlock statistics() {
    return StatisticsBlock.builder()
        .asOf(LocalDate.of(2024, 1, 31))
        .memberTotal(3096)
        .shareOfEmployeesPercent(new BigDecimal("10"))
        .probationaryMembers(197)
        .organizationTotal(134)
        .partyCommittees(16)
        .generalBranches(4)
        .branches(114)
        .build();
  }

  static BulletinItem grassrootsItem() {
    return BulletinItem.builder()
        .headline("能源板块党委召开2023年度基层党组织书记抓党建述职评议会")
        .dateText("1月13日")
        .date(LocalDate.of(2024, 1, 13))
        .addParagraph("1月13日，能源板块党委召开2023年度基层党组织书记抓党建述职评议会。")
        .addParagraph("会上，各支部书记逐一述职，板块党委书记逐一点评。")
        .addOrganization(
            OrganizationMention.builder().name("能源板块党委").organizationId("ORG-GCL-010").build())
        .addPerson(
            PersonMention.builder()
                .name(SECRETARY)
                .post("党委书记")
                .organization("能源板块党委")
                .memberId("M-000123")
                .build())
        .build();
  }

  static Bulletin bulletin() {
    return Bulletin.builder()
        .masthead(masthead())
        .addSection(
            Section.builder()
                .kind(SectionKind.NATIONAL_NEWS)
                .heading("党建要闻")
                .addItem(
                    BulletinItem.builder()
                        .headline("二十届中央纪委三次全会在京召开")
                        .addParagraph("全会审议通过了工作报告。")
                        .build())
                .build())
        .addSection(
            Section.builder()
                .kind(SectionKind.STATISTICS)
                .heading("党建大数据")
                .statistics(statistics())
                .build())
        .addSection(
            Section.builder()
                .kind(SectionKind.GROUP_NEWS)
                .heading("集团党群简讯")
                .addItem(
                    BulletinItem.builder()
                        .headline("集团党委召开2024年党建工作会议")
                        .addParagraph("会议总结了2023年党建工作，部署了2024年重点任务。")
                        .addOrganization(OrganizationMention.builder().name("协鑫集团党委").build())
                        .build())
                .build())
        .addSection(
            Section.builder()
                .kind(SectionKind.GRASSROOTS_PARTY)
                .heading("基层党建动态")
                .addItem(grassrootsItem())
                .build())
        .addSection(
            Section.builder()
                .kind(SectionKind.GRASSROOTS_UNION)
                .heading("基层工建动态")
                .addItem(
                    BulletinItem.builder()
                        .headline("新能源板块工会开展新春走访慰问")
                        .addParagraph("板块工会走访慰问困难职工。")
                        .build())
                .build())
        .addSection(
            Section.builder()
                .kind(SectionKind.GRASSROOTS_LEAGUE)
                .heading("基层团建动态")
                .addItem(
                    BulletinItem.builder()
                        .headline("科技板块团委组织青年志愿服务活动")
                        .addParagraph("团员青年走进社区开展志愿服务。")
                        .build())
                .build())
        .addSection(
            Section.builder()
                .kind(SectionKind.PRIORITIES)
                .heading("二月份重点工作")
                .addPriority(
                    PriorityItem.builder()
                        .text("召开2023年度基层党组织书记抓党建述职评议会")
                        .addResponsibleOrganization("各板块党委")
                        .build())
                .addPriority(PriorityItem.builder().text("开展春节期间走访慰问困难党员、职工").build())
                .build())
        .editor("集团党委办公室")
        .build();
  }
}
