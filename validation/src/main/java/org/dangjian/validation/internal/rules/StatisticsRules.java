package org.dangjian.validation.internal.rules;

import static org.dangjian.core.record.RecordKind.BULLETIN;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.bulletin.Section;
import org.dangjian.core.bulletin.StatisticsBlock;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.StatisticalClass;
import org.dangjian.validation.internal.Catalogue;
import org.dangjian.validation.internal.DatasetCheck;
import org.dangjian.validation.internal.RecordContext;
import org.dangjian.validation.internal.RuleCodes;
import org.dangjian.validation.internal.RuleGroup;
import org.dangjian.validation.internal.RunContext;
import org.dangjian.validation.internal.rules.StructureIndex.Slot;
import org.dangjian.validation.rule.Rule;

/**
 * A bulletin's statistics block (党建大数据), on its own and against the records of the same run. On its
 * own: the organization parts add up to the stated total (BUL-STATS-SUM) and no part exceeds its
 * total (BUL-STATS-PART). Against the data, one rule per figure, so that a report says which figure
 * is wrong: the member total and the probationary members on the block's date, counted as core's
 * {@code PartyStatistics} counts them (Party members placed in an organization on that date), the
 * grassroots organizations by statistical class existing on that date, and the members' share of
 * the employees of the root organizations' units, which agrees when it is the true share rounded to
 * the precision printed (10% stands for anything from 9.5% to 10.5%). Memory: the statistics blocks
 * of the bulletins (a few per run) and the spans of the shared {@link StructureIndex}, which answer
 * for any date.
 */
public final class StatisticsRules implements RuleGroup {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal HALF = new BigDecimal("0.5");

  static final Rule MEMBERS = Catalogue.rule(RuleCodes.BUL_STATS_MEMBERS);
  static final Rule PROBATIONARY = Catalogue.rule(RuleCodes.BUL_STATS_PROBATIONARY);
  static final Rule SHARE = Catalogue.rule(RuleCodes.BUL_STATS_SHARE);
  static final Rule ORGANIZATIONS = Catalogue.rule(RuleCodes.BUL_STATS_ORGANIZATIONS);
  static final Rule COMMITTEES = Catalogue.rule(RuleCodes.BUL_STATS_COMMITTEES);
  static final Rule GENERAL_BRANCHES = Catalogue.rule(RuleCodes.BUL_STATS_GENERAL_BRANCHES);
  static final Rule BRANCHES = Catalogue.rule(RuleCodes.BUL_STATS_BRANCHES);
  static final Rule SUM = Catalogue.rule(RuleCodes.BUL_STATS_SUM);
  static final Rule PART = Catalogue.rule(RuleCodes.BUL_STATS_PART);

  @Override
  public String topic() {
    return "statistics";
  }

  @Override
  public void bulletin(Bulletin bulletin, RecordContext context) {
    List<Section> sections = bulletin.sections();
    for (int s = 0; s < sections.size(); s++) {
      if (sections.get(s).statistics().isPresent()) {
        checkParts(sections.get(s).statistics().get(), "sections[" + s + "].statistics.", context);
      }
    }
    ItemFigures.check(bulletin, context);
  }

  @Override
  public List<Class<?>> checks() {
    return List.of(StatisticsRules.class, ItemFigures.class);
  }

  private static void checkParts(StatisticsBlock b, String field, RecordContext context) {
    OptionalLong sum = b.organizationPartsSum();
    if (sum.isPresent()
        && b.organizationTotal().isPresent()
        && sum.getAsLong() != b.organizationTotal().getAsInt()
        && context.isEnabled(SUM)) {
      context.report(
          SUM,
          field + "organizationTotal",
          String.valueOf(b.organizationTotal().getAsInt()),
          "committees",
          b.partyCommittees().getAsInt(),
          "generalBranches",
          b.generalBranches().getAsInt(),
          "branches",
          b.branches().getAsInt(),
          "sum",
          sum.getAsLong(),
          "stated",
          b.organizationTotal().getAsInt());
    }
    if (!context.isEnabled(PART)) {
      return;
    }
    part(
        context,
        field + "probationaryMembers",
        b.probationaryMembers(),
        b.memberTotal(),
        "预备党员数",
        "probationary members",
        "党员总数",
        "member total");
    part(
        context,
        field + "partyCommittees",
        b.partyCommittees(),
        b.organizationTotal(),
        "党委数",
        "party committees",
        "党组织总数",
        "organization total");
    part(
        context,
        field + "generalBranches",
        b.generalBranches(),
        b.organizationTotal(),
        "党总支数",
        "general branches",
        "党组织总数",
        "organization total");
    part(
        context,
        field + "branches",
        b.branches(),
        b.organizationTotal(),
        "党支部数",
        "branches",
        "党组织总数",
        "organization total");
  }

  private static void part(
      RecordContext context,
      String field,
      OptionalInt part,
      OptionalInt whole,
      String partZh,
      String partEn,
      String wholeZh,
      String wholeEn) {
    if (part.isPresent() && whole.isPresent() && part.getAsInt() > whole.getAsInt()) {
      context.report(
          PART,
          field,
          String.valueOf(part.getAsInt()),
          "part",
          partZh,
          "partEn",
          partEn,
          "whole",
          wholeZh,
          "wholeEn",
          wholeEn,
          "stated",
          part.getAsInt(),
          "total",
          whole.getAsInt());
    }
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
    public void organization(Organization o, RecordContext seen) {
      int i = seen.index();
      index.organization(o, i);
      anyOrganization = true;
    }

    @Override
    public void member(Member m, RecordContext seen) {
      int i = seen.index();
      index.member(m, i);
    }

    @Override
    public void bulletin(Bulletin bulletin, RecordContext seen) {
      int i = seen.index();
      List<Section> sections = bulletin.sections();
      for (int s = 0; s < sections.size(); s++) {
        if (sections.get(s).statistics().isPresent()) {
          blocks.add(new Block(i, s, sections.get(s).statistics().get()));
        }
      }
    }

    @Override
    public void finish() {
      if (blocks.isEmpty() || !anyOrganization) {
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
      compare(block, MEMBERS, field + "memberTotal", b.memberTotal(), members);
      compare(
          block,
          PROBATIONARY,
          field + "probationaryMembers",
          b.probationaryMembers(),
          probationary);
      compare(
          block,
          ORGANIZATIONS,
          field + "organizationTotal",
          b.organizationTotal(),
          committees + generalBranches + branches);
      compare(block, COMMITTEES, field + "partyCommittees", b.partyCommittees(), committees);
      compare(
          block, GENERAL_BRANCHES, field + "generalBranches", b.generalBranches(), generalBranches);
      compare(block, BRANCHES, field + "branches", b.branches(), branches);
      Optional<BigDecimal> share = b.shareOfEmployeesPercent();
      if (share.isPresent()
          && anyRoot
          && employeesKnown
          && employees > 0
          && run.isEnabled(SHARE)
          && !roundsTo(members, employees, share.get())) {
        BigDecimal actual =
            BigDecimal.valueOf(members)
                .multiply(HUNDRED)
                .divide(
                    BigDecimal.valueOf(employees),
                    Math.max(share.get().scale(), 0) + 1,
                    RoundingMode.HALF_UP);
        report(
            block,
            SHARE,
            field + "shareOfEmployeesPercent",
            share.get().toPlainString() + "%",
            actual.toPlainString() + "%");
      }
    }

    private void compare(Block block, Rule rule, String field, OptionalInt stated, int actual) {
      if (stated.isPresent() && stated.getAsInt() != actual && run.isEnabled(rule)) {
        report(block, rule, field, String.valueOf(stated.getAsInt()), String.valueOf(actual));
      }
    }

    private void report(Block block, Rule rule, String field, String stated, String actual) {
      run.reportAt(
          BULLETIN,
          block.bulletin(),
          rule,
          field,
          stated,
          "stated",
          stated,
          "actual",
          actual,
          "asOf",
          block.statistics().asOf());
    }
  }

  /**
   * Whether the true share {@code members / employees} in percent rounds to {@code stated} at the
   * precision printed: it lies within half a unit of the stated last digit, both ends included, so
   * that a share exactly halfway is accepted rounded either way.
   */
  public static boolean roundsTo(long members, long employees, BigDecimal stated) {
    BigDecimal halfUnit = BigDecimal.ONE.movePointLeft(Math.max(stated.scale(), 0)).multiply(HALF);
    // |members * 100 / employees - stated| <= halfUnit, multiplied through by employees.
    BigDecimal difference =
        BigDecimal.valueOf(members)
            .multiply(HUNDRED)
            .subtract(stated.multiply(BigDecimal.valueOf(employees)))
            .abs();
    return difference.compareTo(halfUnit.multiply(BigDecimal.valueOf(employees))) <= 0;
  }

  /**
   * The figure rule of this group with {@code code}, for {@code NewsReportCheck}, which reports the
   * figures of news reports under the same rules (a rule is resolved by one class only).
   *
   * @param code one of the BUL-STATS codes of a figure compared with the data
   * @return the rule
   * @throws IllegalArgumentException for any other code
   */
  public static Rule figureRule(String code) {
    for (Rule rule :
        List.of(MEMBERS, PROBATIONARY, ORGANIZATIONS, COMMITTEES, GENERAL_BRANCHES, BRANCHES)) {
      if (rule.code().equals(code)) {
        return rule;
      }
    }
    throw new IllegalArgumentException("not a figure rule: " + code);
  }
}
