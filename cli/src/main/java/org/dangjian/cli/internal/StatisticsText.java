package org.dangjian.cli.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dangjian.core.code.CodedValue;
import org.dangjian.core.code.EducationBand;
import org.dangjian.core.dataset.DatasetView;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.points.CategoryTotal;
import org.dangjian.core.points.PointsLedger;
import org.dangjian.core.points.PointsPolicy;
import org.dangjian.core.statistics.AgeBand;
import org.dangjian.core.statistics.BulletinFigures;
import org.dangjian.core.statistics.JoiningEra;
import org.dangjian.core.statistics.MemberStatistics;
import org.dangjian.core.statistics.OrganizationStatistics;
import org.dangjian.core.statistics.PartyStatistics;

/**
 * The statistics {@code dangjian stats} prints, as the examples module prints them: the figures of
 * a bulletin's 党建大数据 block, membership in the dimensions of the national statistics bulletin, the
 * development pipeline, the organizations by kind and, when the data holds a points ledger, its
 * entries and points by category. Labels are Chinese with English glosses.
 */
final class StatisticsText {

  private StatisticsText() {}

  /** The statistics of {@code view}; {@code employees} overrides the host units' counts. */
  static String of(DatasetView view, OptionalInt employees) {
    BulletinFigures figures = PartyStatistics.bulletinFigures(view, employees);
    MemberStatistics members = PartyStatistics.members(view);
    OrganizationStatistics orgs = PartyStatistics.organizations(view);
    StringBuilder sb = new StringBuilder();
    sb.append("【党建大数据 Figures】截至 as of ").append(view.date()).append('\n');
    sb.append("  党员总数 Members: ").append(figures.members());
    figures
        .shareOfEmployeesPercent()
        .ifPresent(p -> sb.append("（占职工总数 of employees ").append(p.toPlainString()).append("%）"));
    sb.append("，其中预备党员 probationary: ").append(figures.probationary()).append('\n');
    sb.append("  党组织总数 Organizations: ").append(figures.organizations());
    sb.append("：党委 committees ").append(figures.committees());
    sb.append("，党总支 general branches ").append(figures.generalBranches());
    sb.append("，党支部 branches ").append(figures.branches()).append("\n\n");
    sb.append("【党员队伍结构 Membership】\n");
    sb.append("  女党员 Women: ").append(share(members.women(), members.total())).append('\n');
    sb.append("  少数民族党员 Ethnic minorities: ")
        .append(share(members.ethnicMinorities(), members.total()))
        .append(unknown(members.unknownEthnicity()))
        .append('\n');
    sb.append("  大专及以上学历 College or above: ")
        .append(share(members.collegeOrAbove(), members.total()))
        .append('\n');
    sb.append("  学历 Education: ")
        .append(line(members.byEducationBand(), EducationBand.values()))
        .append(unknown(members.unknownEducation()))
        .append('\n');
    sb.append("  年龄 Age: ").append(line(members.byAgeBand(), AgeBand.values())).append('\n');
    sb.append("  入党时间 Joined: ")
        .append(line(members.byJoiningEra(), JoiningEra.values()))
        .append(unknown(members.unknownJoiningEra()))
        .append('\n');
    sb.append("  发展中人员 Pipeline: ")
        .append(
            line(
                members.byStage(),
                new MemberStage[] {
                  MemberStage.APPLICANT, MemberStage.ACTIVIST, MemberStage.DEVELOPMENT_TARGET
                }))
        .append("\n\n");
    sb.append("【党组织 Organizations by kind】")
        .append(
            orgs.byKind().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().label() + " " + e.getValue())
                .collect(Collectors.joining("，")))
        .append('\n');
    points(view, sb);
    sb.append(RecognitionFigures.text(view));
    return sb.toString();
  }

  /** The points ledger's entries up to the date, by category; nothing when there are none. */
  private static void points(DatasetView view, StringBuilder sb) {
    List<CategoryTotal> totals = pointTotals(view);
    if (totals.isEmpty()) {
      return;
    }
    sb.append("\n【党员积分 Points】截至 as of ").append(view.date()).append("：记录 entries ");
    sb.append(totals.stream().mapToInt(CategoryTotal::entries).sum()).append(" 条，合计 total ");
    sb.append(totals.stream().mapToLong(CategoryTotal::points).sum()).append(" 分\n  ");
    sb.append(
            totals.stream()
                .map(t -> t.category().label() + " " + t.entries() + " 条 " + t.points() + " 分")
                .collect(Collectors.joining("，")))
        .append('\n');
  }

  /** The totals by category of the point entries dated on or before the view's date. */
  static List<CategoryTotal> pointTotals(DatasetView view) {
    return PointsLedger.of(view.dataset(), PointsPolicy.none()).totals(LocalDate.MIN, view.date());
  }

  private static String share(int part, int total) {
    if (total == 0) {
      return String.valueOf(part);
    }
    BigDecimal percent =
        BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    return part + "（" + percent.toPlainString() + "%）";
  }

  private static String unknown(int count) {
    return count == 0 ? "" : "，未记录 unknown " + count;
  }

  private static <E extends Enum<E> & CodedValue> String line(Map<E, Integer> counts, E[] order) {
    return Stream.of(order)
        .map(e -> e.label() + " " + counts.getOrDefault(e, 0))
        .collect(Collectors.joining("，"));
  }
}
