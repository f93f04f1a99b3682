package org.dangjian.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dangjian.core.bulletin.NewsReport;
import org.dangjian.core.bulletin.OrganizationMention;
import org.dangjian.core.bulletin.StatedFigure;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.DatasetView;
import org.dangjian.core.link.MentionLinker;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.statistics.OrganizationStatistics;
import org.dangjian.core.statistics.PartyStatistics;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.validation.NewsReportCheck.Comparison;
import org.dangjian.validation.NewsReportCheck.Measure;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.report.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * {@link NewsReportCheck} on a generated group: figures about an organization the report names are
 * compared with the counts under that organization on the report's date, by label and unit;
 * disagreements are the bulletin figure rules' issues; approximate figures, other labels and
 * figures about no linked organization are not compared; each figure is about the organization
 * named last before it.
 */
class NewsReportCheckTest {

  private static final Dataset GROUP =
      DatasetGenerator.generate(GeneratorSettings.proportional(21, 400).build());
  private static final LocalDate ON = GeneratorSettings.DEFAULT_AS_OF.minusDays(10);

  private static Organization root() {
    return GROUP.organizations().stream().filter(o -> o.parentId().isEmpty()).findFirst().get();
  }

  /** A committee below the root, with a name of its own. */
  private static Organization subCommittee() {
    return GROUP.organizations().stream()
        .filter(
            o -> o.parentId().isPresent() && o.name().startsWith("中共") && o.name().endsWith("委员会"))
        .findFirst()
        .orElseThrow();
  }

  private static StatedFigure figure(String label, long value, String unit, String sentence) {
    return StatedFigure.builder()
        .label(label)
        .value(BigDecimal.valueOf(value))
        .unit(unit)
        .sentence(sentence)
        .build();
  }

  private static NewsReport report(String paragraph, StatedFigure... figures) {
    return NewsReport.builder()
        .headline("党建引领发展")
        .publication("示例日报")
        .publishedOn(ON)
        .addParagraph(paragraph)
        .addAllOrganizations(
            List.of(
                OrganizationMention.builder().name(MentionLinker.shortName(root().name())).build(),
                OrganizationMention.builder()
                    .name(MentionLinker.shortName(subCommittee().name()))
                    .build()))
        .addAllFigures(List.of(figures))
        .build();
  }

  @Test
  void figuresAboutTheNamedOrganizationAreComparedWithItsSubtree() {
    DatasetView view = GROUP.asOf(ON);
    int members = PartyStatistics.members(view, root().id()).total();
    OrganizationStatistics orgs = PartyStatistics.organizations(view, root().id());
    String name = MentionLinker.shortName(root().name());
    String sentence =
        name
            + "下辖党支部"
            + orgs.branches()
            + "个，党员"
            + (members + 3)
            + "人，其中党委"
            + orgs.committees()
            + "个";
    NewsReport report =
        report(
            sentence + "。",
            figure("党支部", orgs.branches(), "个", sentence),
            figure("党员", members + 3, "人", sentence),
            figure("党委", orgs.committees(), "个", sentence));
    NewsReportCheck check = NewsReportCheck.of(GROUP, ValidationSettings.defaults());

    List<Comparison> comparisons = check.comparisons(List.of(report));
    assertThat(comparisons)
        .extracting(Comparison::measure, Comparison::organizationId, Comparison::actual)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Measure.BRANCHES, root().id(), (long) orgs.branches()),
            org.assertj.core.groups.Tuple.tuple(Measure.MEMBERS, root().id(), (long) members),
            org.assertj.core.groups.Tuple.tuple(
                Measure.COMMITTEES, root().id(), (long) orgs.committees()));
    ValidationReport result = check.check(List.of(report), "article.html");
    assertThat(result.issues()).extracting(Issue::code).containsExactly("BUL-STATS-MEMBERS");
    Issue issue = result.issues().get(0);
    assertThat(issue.location().fieldPath()).contains("figures[1]");
    assertThat(issue.location().recordId()).contains("党建引领发展");
    assertThat(issue.message(Locale.ENGLISH))
        .contains("as " + (members + 3) + "; the dataset gives " + members + " as of " + ON);
  }

  @Test
  void aFigureIsAboutTheOrganizationNamedLastBeforeIt() {
    DatasetView view = GROUP.asOf(ON);
    Organization sub = subCommittee();
    int subMembers = PartyStatistics.members(view, sub.id()).total();
    String sentence =
        MentionLinker.shortName(root().name())
            + "所属"
            + MentionLinker.shortName(sub.name())
            + "现有党员"
            + subMembers
            + "名";
    NewsReport report = report(sentence + "。", figure("党员", subMembers, "名", sentence));

    List<Comparison> comparisons =
        NewsReportCheck.of(GROUP, ValidationSettings.defaults()).comparisons(List.of(report));

    assertThat(comparisons)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.organizationId()).isEqualTo(sub.id());
              assertThat(c.agrees()).isTrue();
            });
  }

  @Test
  void approximateFiguresOtherLabelsAndPercentagesAreNotCompared() {
    String sentence = MentionLinker.shortName(root().name()) + "有党员500余人，发展党员45名，党员占比76%";
    NewsReport report =
        report(
            sentence + "。",
            org.dangjian.core.bulletin.ImmutableStatedFigure.copyOf(
                    figure("党员", 500, "人", sentence))
                .withApproximate(true),
            figure("发展党员", 45, "名", sentence),
            figure("党员", 76, "%", sentence));

    assertThat(
            NewsReportCheck.of(GROUP, ValidationSettings.defaults()).comparisons(List.of(report)))
        .isEmpty();
  }

  @Test
  void aFigureAboutNoLinkedOrganizationIsNotComparedAndDisabledRulesAreNotReported() {
    NewsReport unlinked =
        NewsReport.builder()
            .headline("某县召开会议")
            .publication("示例日报")
            .publishedOn(ON)
            .addParagraph("某县共有党员1人。")
            .addOrganization(OrganizationMention.builder().name("不存在的党委").build())
            .addFigure(figure("党员", 1, "人", "某县共有党员1人"))
            .build();
    assertThat(
            NewsReportCheck.of(GROUP, ValidationSettings.defaults()).comparisons(List.of(unlinked)))
        .isEmpty();

    String sentence = MentionLinker.shortName(root().name()) + "有党员1人";
    NewsReport wrong = report(sentence + "。", figure("党员", 1, "人", sentence));
    ValidationSettings off = ValidationSettings.builder().addDisabled("BUL-STATS-MEMBERS").build();
    assertThat(NewsReportCheck.of(GROUP, ValidationSettings.defaults()).check(List.of(wrong), "a"))
        .extracting(r -> r.issuesOf("BUL-STATS-MEMBERS").size())
        .isEqualTo(1);
    assertThat(NewsReportCheck.of(GROUP, off).check(List.of(wrong), "a").issues()).isEmpty();
  }
}
