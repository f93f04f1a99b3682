package org.dangjian.validation.internal.rules;

import static org.dangjian.validation.Severity.ERROR;
import static org.dangjian.validation.rule.Confidence.CONFIRMED;
import static org.dangjian.validation.rule.RecordType.BULLETIN;
import static org.dangjian.validation.rule.Scope.DATASET;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.bulletin.Section;
import org.dangjian.core.bulletin.StatisticsBlock;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.StatisticalClass;
import org.dangjian.validation.internal.DatasetCheck;
import org.dangjian.validation.internal.RuleGroup;
import org.dangjian.validation.internal.Rules;
import org.dangjian.validation.internal.RunContext;
import org.dangjian.validation.internal.rules.StructureIndex.Slot;
import org.dangjian.validation.rule.Rule;

/**
 * A bulletin's statistics block against the records of the same run (BUL-STATS): the member total
 * and the probationary members on the block's date, counted as core's {@code PartyStatistics}
 * counts them (Party members placed in an organization on that date), the grassroots organizations
 * by statistical class existing on that date, and the members' share of the employees of the root
 * organizations' units. Memory: the statistics blocks of the bulletins (a few per run) and the
 * spans of the shared {@link StructureIndex}, which answer for any date.
 */
public final class StatisticsRules implements RuleGroup {

  static final Rule BUL_STATS =
      Rules.rule("BUL-STATS", ERROR, CONFIRMED, DATASET, BULLETIN)
          .citation(Rules.SDK, "简报统计口径：《中国共产党党内统计公报》")
          .statement(
              "简报“党建大数据”中的党员数、预备党员数、党组织数（党委、党总支、党支部）及党员占职工比例须与同一数据集一致。",
              "The member, probationary-member and organization counts (committees, general "
                  + "branches, branches) and the members' share of employees stated in a "
                  + "bulletin agree with the dataset.")
          .message(
              "简报所列{figure}为 {stated}，数据集截至 {asOf} 为 {actual}。",
              "The bulletin states {figureEn} {stated}; the dataset gives {actual} as of {asOf}.")
          .build();

  private static final List<Rule> RULES = List.of(BUL_STATS);

  @Override
  public List<Rule> rules() {
    return RULES;
  }

  @Override
  public DatasetCheck newDatasetCheck(RunContext run) {
    return new Figures(run);
  }

  /** The dataset check of one run. */
  private static final class Figures implements DatasetCheck {
    private final RunContext run;
    private final StructureIndex index;
    private final List<Block> blocks = new ArrayList<>();
    private boolean anyOrganization;

    private record Block(int bulletin, int section, StatisticsBlock statistics) {}

    Figures(RunContext run) {
      this.run = run;
      this.index = StructureIndex.of(run);
    }

    @Override
    public void organization(Organization o, int i) {
      index.organization(o, i);
      anyOrganization = true;
    }

    @Override
    public void member(Member m, int i) {
      index.member(m, i);
    }

    @Override
    public void bulletin(Bulletin bulletin, int i) {
      List<Section> sections = bulletin.sections();
      for (int s = 0; s < sections.size(); s++) {
        if (sections.get(s).statistics().isPresent()) {
          blocks.add(new Block(i, s, sections.get(s).statistics().get()));
        }
      }
    }

    @Override
    public void finish() {
      if (blocks.isEmpty() || !anyOrganization || !run.isEnabled(BUL_STATS)) {
        return;
      }
      index.resolve();
      for (Block block : blocks) {
        check(block);
      }
    }

    private void check(Block block) {
      StatisticsBlock b = block.statistics();
      LocalDate date = b.asOf();
      int day = StructureIndex.day(date);
      int members = 0;
      int probationary = 0;
      for (int s = 0; s < index.spanCount(); s++) {
        if (index.spanFrom(s) <= day && day < index.spanUntil(s)) {
          members++;
          if (day < index.spanFull(s)) {
            probationary++;
          }
        }
      }
      int committees = 0;
      int generalBranches = 0;
      int branches = 0;
      long employees = 0;
      boolean employeesKnown = true;
      boolean anyRoot = false;
      for (Slot s : index.slots()) {
        if (!s.existsOn(date)) {
          continue;
        }
        StatisticalClass cls = s.kind.statisticalClass();
        if (cls == StatisticalClass.COMMITTEE) {
          committees++;
        } else if (cls == StatisticalClass.GENERAL_BRANCH) {
          generalBranches++;
        } else if (cls == StatisticalClass.BRANCH) {
          branches++;
        }
        boolean root = s.parent < 0 || !index.slot(s.parent).existsOn(date);
        if (root) {
          anyRoot = true;
          if (s.ownEmployees < 0) {
            employeesKnown = false;
          } else {
            employees += s.ownEmployees;
          }
        }
      }
      String field = "sections[" + block.section() + "].statistics.";
      compare(block, field + "memberTotal", b.memberTotal(), members, "党员总数", "members");
      compare(
          block,
          field + "probationaryMembers",
          b.probationaryMembers(),
          probationary,
          "预备党员数",
          "probationary members");
      compare(
          block,
          field + "organizationTotal",
          b.organizationTotal(),
          committees + generalBranches + branches,
          "党组织总数",
          "organizations");
      compare(
          block, field + "partyCommittees", b.partyCommittees(), committees, "党委数", "committees");
      compare(
          block,
          field + "generalBranches",
          b.generalBranches(),
          generalBranches,
          "党总支数",
          "general branches");
      compare(block, field + "branches", b.branches(), branches, "党支部数", "branches");
      Optional<BigDecimal> share = b.shareOfEmployeesPercent();
      if (share.isPresent() && anyRoot && employeesKnown && employees > 0) {
        BigDecimal stated = share.get();
        BigDecimal actual =
            BigDecimal.valueOf(members)
                .multiply(BigDecimal.valueOf(100))
                .divide(
                    BigDecimal.valueOf(employees),
                    Math.max(stated.scale(), 0),
                    RoundingMode.HALF_UP);
        if (stated.compareTo(actual) != 0) {
          report(
              block,
              field + "shareOfEmployeesPercent",
              stated.toPlainString() + "%",
              actual.toPlainString() + "%",
              "党员占职工比例",
              "the members' share of employees");
        }
      }
    }

    private void compare(
        Block block, String field, OptionalInt stated, int actual, String zh, String en) {
      if (stated.isPresent() && stated.getAsInt() != actual) {
        report(block, field, String.valueOf(stated.getAsInt()), String.valueOf(actual), zh, en);
      }
    }

    private void report(
        Block block, String field, String stated, String actual, String zh, String en) {
      run.reportAt(
          BULLETIN,
          block.bulletin(),
          BUL_STATS,
          field,
          stated,
          "figure",
          zh,
          "figureEn",
          en,
          "stated",
          stated,
          "actual",
          actual,
          "asOf",
          block.statistics().asOf());
    }
  }
}
