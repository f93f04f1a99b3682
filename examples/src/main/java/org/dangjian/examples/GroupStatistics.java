package org.dangjian.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dangjian.core.code.CodedValue;
import org.dangjian.core.code.EducationBand;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.DatasetView;
import org.dangjian.core.statistics.AgeBand;
import org.dangjian.core.statistics.BulletinFigures;
import org.dangjian.core.statistics.JoiningEra;
import org.dangjian.core.statistics.MemberStatistics;
import org.dangjian.core.statistics.OrganizationStatistics;
import org.dangjian.core.statistics.PartyStatistics;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.testkit.Mutation;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.report.ReportFormat;
import org.dangjian.validation.report.ValidationReport;

/**
 * The examples module's main program (run after README's build): builds an enterprise group the
 * size of the one in the January 2024 bulletin of docs/DOMAIN.md (16 committees, 4 general
 * branches, 114 branches; 3096 members, 197 of them probationary, 10% of 30960 employees) with the
 * test-data generator, and prints its statistics as the bulletin's 党建大数据 block and in the
 * dimensions of the national statistics bulletin. Arguments (all optional): {@code --seed N}.
 */
public final class GroupStatistics {

  /**
   * Hibernate Validator announces its version on java.util.logging at INFO, which does not belong
   * in this output; held here so that the level is not lost with a collected logger.
   */
  private static final Logger HV_LOGGER = Logger.getLogger("org.hibernate.validator");

  private GroupStatistics() {}

  /** The settings of the sample group, with the given seed. */
  public static GeneratorSettings sampleGroup(long seed) {
    return GeneratorSettings.builder()
        .seed(seed)
        .committees(16)
        .generalBranches(4)
        .branches(114)
        .members(3096)
        .probationary(197)
        .employees(30960)
        .asOf(LocalDate.of(2024, 1, 31))
        .build();
  }

  /**
   * Runs the example.
   *
   * @param args {@code --seed N} to change the seed (default 62, the bulletin's issue number)
   */
  public static void main(String[] args) {
    long seed = 62;
    for (int i = 0; i < args.length; i++) {
      if ("--seed".equals(args[i]) && i + 1 < args.length) {
        seed = Long.parseLong(args[++i]);
      } else {
        System.err.println("usage: GroupStatistics [--seed N]");
        System.exit(2);
      }
    }
    HV_LOGGER.setLevel(Level.WARNING);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    GeneratorSettings settings = sampleGroup(seed);
    Dataset dataset = DatasetGenerator.generate(settings);
    out.print(report(dataset, settings.asOf()));
  }

  /** The printed report for {@code dataset} as of {@code date}. */
  public static String report(Dataset dataset, LocalDate date) {
    DatasetView view = dataset.asOf(date);
    BulletinFigures figures = PartyStatistics.bulletinFigures(view, OptionalInt.empty());
    MemberStatistics members = PartyStatistics.members(view);
    OrganizationStatistics orgs = PartyStatistics.organizations(view);
    StringBuilder sb = new StringBuilder();
    sb.append("dangjian-sdk 示例：按简报（总第六十二期）的规模生成的企业集团党建数据\n");
    sb.append("Sample: a generated enterprise group the size of the bulletin in docs/DOMAIN.md\n");
    sb.append("数据集 Dataset: ").append(dataset).append("\n\n");
    sb.append("【党建大数据】截至 ").append(date).append("\n");
    sb.append("  党员总数 ").append(figures.members()).append(" 名");
    figures
        .shareOfEmployeesPercent()
        .ifPresent(p -> sb.append("，占职工总数 ").append(p.toPlainString()).append("%"));
    sb.append("，其中预备党员 ").append(figures.probationary()).append(" 名\n");
    sb.append("  党组织总数 ").append(figures.organizations()).append(" 家：党委 ");
    sb.append(figures.committees()).append(" 家，党总支 ").append(figures.generalBranches());
    sb.append(" 家，党支部 ").append(figures.branches()).append(" 家\n\n");
    sb.append("【党员队伍结构】(national statistics dimensions)\n");
    sb.append("  女党员 ").append(share(members.women(), members.total())).append('\n');
    sb.append("  少数民族党员 ").append(share(members.ethnicMinorities(), members.total())).append('\n');
    sb.append("  大专及以上学历 ").append(share(members.collegeOrAbove(), members.total())).append('\n');
    sb.append("  学历 ").append(line(members.byEducationBand(), EducationBand.values())).append('\n');
    sb.append("  年龄 ").append(line(members.byAgeBand(), AgeBand.values())).append('\n');
    sb.append("  入党时间 ").append(line(members.byJoiningEra(), JoiningEra.values())).append('\n');
    sb.append("  党组织（按类别）")
        .append(
            orgs.byKind().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().label() + " " + e.getValue())
                .collect(Collectors.joining("，")))
        .append('\n');
    sb.append('\n').append(validation(dataset, date));
    return sb.toString();
  }

  /**
   * The validation section: the sample against every rule of the catalogue, then the same sample
   * with one injected defect, to show what an issue looks like.
   */
  public static String validation(Dataset dataset, LocalDate date) {
    DangjianValidator validator = DangjianValidator.defaults();
    ValidationReport clean = validator.validate(dataset, date, "样本数据");
    Mutation mutation = Defect.TRAINING_TOO_SHORT.applyTo(dataset, date);
    ValidationReport broken = validator.validate(mutation.dataset(), date, "注入缺陷后");
    StringBuilder sb = new StringBuilder();
    sb.append("【数据校验】")
        .append(validator.settings().profile().label())
        .append("规则 ")
        .append(validator.catalogue().rules().size())
        .append(" 条，截至 ")
        .append(date)
        .append('\n');
    sb.append("  ").append(firstLine(clean)).append('\n');
    sb.append("  （注入缺陷：").append(mutation.defect().label()).append("）\n");
    for (String line : broken.render(ReportFormat.TEXT, Locale.CHINA).split("\n")) {
      sb.append("  ").append(line).append('\n');
    }
    return sb.toString();
  }

  private static String firstLine(ValidationReport report) {
    return report.render(ReportFormat.TEXT, Locale.CHINA).lines().findFirst().orElse("");
  }

  private static String share(int part, int total) {
    if (total == 0) {
      return part + " 名";
    }
    BigDecimal pct =
        BigDecimal.valueOf(part * 100L)
            .divide(BigDecimal.valueOf(total), 1, java.math.RoundingMode.HALF_UP);
    return part + " 名（" + pct.toPlainString() + "%）";
  }

  private static <E extends Enum<E> & CodedValue> String line(Map<E, Integer> counts, E[] order) {
    return Stream.of(order)
        .map(e -> e.label() + " " + counts.getOrDefault(e, 0))
        .collect(Collectors.joining("，"));
  }
}
