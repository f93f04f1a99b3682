package org.dangjian.validation.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.bulletin.ImmutableStatisticsBlock;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.ImmutableDataset;
import org.dangjian.core.record.RecordKind;
import org.dangjian.testkit.BulletinGenerator;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.report.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A bulletin reporting on a generated group: its figures agree with the data, and each way of
 * getting them wrong gives exactly the expected rule codes, all at the bulletin, and nothing else
 * in the whole report.
 */
class BulletinAgreementTest {

  private static final GeneratorSettings SETTINGS =
      GeneratorSettings.proportional(62, 3000).build();
  private static final Dataset GROUP = DatasetGenerator.generate(SETTINGS);
  private static final YearMonth PERIOD = YearMonth.from(SETTINGS.asOf()).minusMonths(1);
  private static final Bulletin ISSUE = BulletinGenerator.reporting(GROUP, PERIOD, 62);
  private static final ImmutableStatisticsBlock BLOCK =
      ImmutableStatisticsBlock.copyOf(ISSUE.statistics().orElseThrow());

  private static List<String> codes(UnaryOperator<ImmutableStatisticsBlock> change) {
    Bulletin bulletin = BulletinGenerator.withStatistics(ISSUE, change.apply(BLOCK));
    Dataset data = ImmutableDataset.copyOf(GROUP).withBulletins(bulletin);
    ValidationReport report = DangjianValidator.defaults().validate(data, SETTINGS.asOf());
    for (Issue issue : report.issues()) {
      assertThat(issue.location().recordKind()).as(issue.toString()).contains(RecordKind.BULLETIN);
    }
    return report.issues().stream().map(Issue::code).sorted().toList();
  }

  @Test
  void theGeneratedIssueAgreesWithItsData() {
    assertThat(BLOCK.memberTotal().getAsInt()).isGreaterThan(2900);
    assertThat(BLOCK.shareOfEmployeesPercent()).isPresent();
    assertThat(BLOCK.organizationPartsSum()).hasValue(BLOCK.organizationTotal().getAsInt());
    assertThat(codes(b -> b)).isEmpty();
  }

  static Stream<Arguments> disagreements() {
    return Stream.of(
        Arguments.of(
            "one member too many",
            (UnaryOperator<ImmutableStatisticsBlock>)
                b -> b.withMemberTotal(b.memberTotal().getAsInt() + 1),
            List.of("BUL-STATS-MEMBERS")),
        Arguments.of(
            "one probationary member too few",
            (UnaryOperator<ImmutableStatisticsBlock>)
                b -> b.withProbationaryMembers(b.probationaryMembers().getAsInt() - 1),
            List.of("BUL-STATS-PROBATIONARY")),
        Arguments.of(
            "a share two points off",
            (UnaryOperator<ImmutableStatisticsBlock>)
                b ->
                    b.withShareOfEmployeesPercent(
                        b.shareOfEmployeesPercent().get().add(BigDecimal.valueOf(2))),
            List.of("BUL-STATS-SHARE")),
        Arguments.of(
            "one branch more, total unchanged",
            (UnaryOperator<ImmutableStatisticsBlock>)
                b -> b.withBranches(b.branches().getAsInt() + 1),
            List.of("BUL-STATS-BRANCHES", "BUL-STATS-SUM")),
        Arguments.of(
            "one branch more, total raised with it",
            (UnaryOperator<ImmutableStatisticsBlock>)
                b ->
                    b.withBranches(b.branches().getAsInt() + 1)
                        .withOrganizationTotal(b.organizationTotal().getAsInt() + 1),
            List.of("BUL-STATS-BRANCHES", "BUL-STATS-ORGANIZATIONS")),
        Arguments.of(
            "a committee counted as a general branch",
            (UnaryOperator<ImmutableStatisticsBlock>)
                b ->
                    b.withPartyCommittees(b.partyCommittees().getAsInt() - 1)
                        .withGeneralBranches(b.generalBranches().getAsInt() + 1),
            List.of("BUL-STATS-COMMITTEES", "BUL-STATS-GENERAL-BRANCHES")),
        Arguments.of(
            "more probationary members than members",
            (UnaryOperator<ImmutableStatisticsBlock>)
                b -> b.withProbationaryMembers(b.memberTotal().getAsInt() + 1),
            List.of("BUL-STATS-PART", "BUL-STATS-PROBATIONARY")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("disagreements")
  void eachDisagreementGivesExactlyItsCodes(
      String name, UnaryOperator<ImmutableStatisticsBlock> change, List<String> expected) {
    assertThat(codes(change)).containsExactlyElementsOf(expected);
  }
}
