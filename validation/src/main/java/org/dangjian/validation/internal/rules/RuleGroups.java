package org.dangjian.validation.internal.rules;

import java.util.List;
import java.util.Optional;
import org.dangjian.validation.internal.Catalogue;
import org.dangjian.validation.internal.RuleGroup;

/**
 * The rule groups of the SDK, one per topic of the catalogue and in the catalogue's order of
 * topics. A group is added here once; the validator runs the groups in this order.
 */
public final class RuleGroups {

  private static final List<RuleGroup> ALL =
      List.of(
          new FieldRules(),
          new IdentifierRules(),
          new DevelopmentRules(),
          new DuesRules(),
          new MembershipRules(),
          new ReferenceRules(),
          new OrganizationRules(),
          new CommitteeRules(),
          new MeetingRules(),
          new MassRules(),
          new PairingRules(),
          new RatingRules(),
          new TeamRules(),
          new InstructorRules(),
          new StatisticsRules(),
          new InputRules(),
          new UnitRules(),
          new PointRules());

  private RuleGroups() {}

  /** Every group, in catalogue order. */
  public static List<RuleGroup> all() {
    return ALL;
  }

  /**
   * The class that checks the rule with this code: the class that resolved it ({@link
   * Catalogue#rule}), once every class of every group ({@link RuleGroup#checks()}) is loaded; empty
   * when none resolved it.
   */
  public static Optional<Class<?>> checkedBy(String code) {
    for (RuleGroup group : ALL) {
      for (Class<?> type : group.checks()) {
        try {
          Class.forName(type.getName(), true, type.getClassLoader());
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return Catalogue.resolvedBy(code);
  }
}
