package org.dangjian.validation.internal;

import java.util.ArrayList;
import java.util.List;
import org.dangjian.validation.internal.rules.CommitteeRules;
import org.dangjian.validation.internal.rules.DevelopmentRules;
import org.dangjian.validation.internal.rules.DuesRules;
import org.dangjian.validation.internal.rules.FieldRules;
import org.dangjian.validation.internal.rules.IdentifierRules;
import org.dangjian.validation.internal.rules.InputRules;
import org.dangjian.validation.internal.rules.InstructorRules;
import org.dangjian.validation.internal.rules.MassRules;
import org.dangjian.validation.internal.rules.MeetingRules;
import org.dangjian.validation.internal.rules.MembershipRules;
import org.dangjian.validation.internal.rules.OrganizationRules;
import org.dangjian.validation.internal.rules.PairingRules;
import org.dangjian.validation.internal.rules.RatingRules;
import org.dangjian.validation.internal.rules.ReferenceRules;
import org.dangjian.validation.internal.rules.StatisticsRules;
import org.dangjian.validation.rule.Rule;

/**
 * The rule groups of the SDK in catalogue order. A group is added here once; the catalogue, the
 * validator and {@code docs/rules.md} all follow this list.
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
          new InstructorRules(),
          new StatisticsRules(),
          new InputRules());

  private RuleGroups() {}

  /** Every group, in catalogue order. */
  public static List<RuleGroup> all() {
    return ALL;
  }

  /** Every rule of every group, in catalogue order. */
  public static List<Rule> allRules() {
    List<Rule> rules = new ArrayList<>();
    for (RuleGroup group : ALL) {
      rules.addAll(group.rules());
    }
    return rules;
  }
}
