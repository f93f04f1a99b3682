package org.dangjian.core.organization;

import java.util.Set;
import org.dangjian.core.code.CodedValue;
import org.dangjian.core.code.Spellings;

/**
 * The kind of a party or mass organization in an enterprise or park, with its Chinese label (the
 * formal name) and the short names that rosters use ({@code 党委}, {@code 党总支}, {@code 团委} ...) as
 * import aliases. The kind tells which {@link OrganizationFamily} it belongs to, how statistics
 * count it, and whether members can have it as their home organization ({@link #isBranchLevel()}:
 * every member belongs to exactly one branch-level organization, Party Constitution Art. 8).
 */
public enum OrganizationKind implements CodedValue {
  /** 党的基层委员会 (党委): usually 100+ members, may sit under a higher committee. */
  PARTY_COMMITTEE(
      "PC", "党的基层委员会", OrganizationFamily.PARTY, StatisticalClass.COMMITTEE, "党委", "基层党委"),
  /** 党总支部委员会 (党总支): usually 50+ members. */
  GENERAL_BRANCH(
      "GB", "党总支部委员会", OrganizationFamily.PARTY, StatisticalClass.GENERAL_BRANCH, "党总支", "总支"),
  /** 党支部: the cell where every member belongs; 3+ full members. */
  BRANCH("BR", "党支部", OrganizationFamily.PARTY, StatisticalClass.BRANCH, "支部"),
  /** 联合党支部: several small units with fewer than 3 full members each. */
  JOINT_BRANCH("JB", "联合党支部", OrganizationFamily.PARTY, StatisticalClass.BRANCH, "联合支部"),
  /** 临时党支部: for a project or course; members keep their home branch. */
  TEMPORARY_BRANCH("TB", "临时党支部", OrganizationFamily.PARTY, StatisticalClass.NOT_COUNTED, "临时支部"),
  /** 党小组: a subdivision of a branch. */
  PARTY_GROUP("PG", "党小组", OrganizationFamily.PARTY, StatisticalClass.NOT_COUNTED),
  /** 纪律检查委员会 (纪委): elected alongside a committee. */
  DISCIPLINE_COMMISSION(
      "DC", "纪律检查委员会", OrganizationFamily.PARTY, StatisticalClass.NOT_COUNTED, "纪委"),
  /** 机关党委: the committee of a government body or park administration. */
  ORGAN_PARTY_COMMITTEE(
      "OC", "机关党委", OrganizationFamily.PARTY, StatisticalClass.COMMITTEE, "机关党委员会"),
  /** 两新组织党工委: a park's working committee over non-public enterprises and social organizations. */
  WORKING_COMMITTEE(
      "WC",
      "两新组织党工委",
      OrganizationFamily.PARTY,
      StatisticalClass.NOT_COUNTED,
      "党工委",
      "两新组织党委",
      "两新党工委"),
  /** 工会 (基层工会委员会): the trade union of one employer. */
  TRADE_UNION("TU", "工会", OrganizationFamily.MASS, StatisticalClass.NOT_COUNTED, "基层工会", "工会委员会"),
  /** 工会联合会: a federation of unions, e.g. of a group or a park. */
  UNION_FEDERATION("UF", "工会联合会", OrganizationFamily.MASS, StatisticalClass.NOT_COUNTED, "工联会"),
  /** 团委: a youth league committee. */
  LEAGUE_COMMITTEE("LC", "团委", OrganizationFamily.MASS, StatisticalClass.NOT_COUNTED, "共青团委员会"),
  /** 团支部: a youth league branch. */
  LEAGUE_BRANCH("LB", "团支部", OrganizationFamily.MASS, StatisticalClass.NOT_COUNTED, "共青团支部");

  private final Spellings spellings;
  private final OrganizationFamily family;
  private final StatisticalClass statisticalClass;

  OrganizationKind(
      String code,
      String label,
      OrganizationFamily family,
      StatisticalClass statisticalClass,
      String... aliases) {
    this.spellings = Spellings.of(code, label, Set.of(aliases));
    this.family = family;
    this.statisticalClass = statisticalClass;
  }

  @Override
  public Spellings spellings() {
    return spellings;
  }

  /** Party organization or mass organization. */
  public OrganizationFamily family() {
    return family;
  }

  /** How party statistics count this kind. */
  public StatisticalClass statisticalClass() {
    return statisticalClass;
  }

  /** True for the kinds a member may have as home organization: branches and joint branches. */
  public boolean isBranchLevel() {
    return this == BRANCH || this == JOINT_BRANCH;
  }

  /** True for the kinds that elect a committee (党委, 党总支, 机关党委, 纪委, 工会, 团委). */
  public boolean isCommitteeLevel() {
    return this == PARTY_COMMITTEE
        || this == GENERAL_BRANCH
        || this == ORGAN_PARTY_COMMITTEE
        || this == DISCIPLINE_COMMISSION
        || this == TRADE_UNION
        || this == UNION_FEDERATION
        || this == LEAGUE_COMMITTEE;
  }
}
