package org.dangjian.validation.internal;

import java.util.List;
import org.dangjian.validation.internal.rules.CommitteeRules;
import org.dangjian.validation.internal.rules.DevelopmentRules;
import org.dangjian.validation.internal.rules.DuesRules;
import org.dangjian.validation.internal.rules.FieldRules;
import org.dangjian.validation.internal.rules.IdentifierRules;
import org.dangjian.validation.internal.rules.InputRules;
import org.dangjian.validation.internal.rules.MassRules;
import org.dangjian.validation.internal.rules.MeetingRules;
import org.dangjian.validation.internal.rules.MembershipRules;
import org.dangjian.validation.internal.rules.OrganizationRules;
import org.dangjian.validation.internal.rules.ReferenceRules;
import org.dangjian.validation.internal.rules.StatisticsRules;

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
          new StatisticsRules(),
          new InputRules());

  private RuleGroups() {}

  /** Every group, in catalogue order. */
  public static List<RuleGroup> all() {
    return ALL;
  }
}
