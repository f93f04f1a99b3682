package org.dangjian.validation.internal;

import java.util.List;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Organization;
import org.dangjian.validation.rule.Rule;

/**
 * A group of catalogue rules with the checks that find their violations: record checks, called once
 * per record, and an optional dataset check, created afresh for every run, that sees the records as
 * they stream by and reports when the run finishes. A group checks only its own rules.
 */
public interface RuleGroup {

  /** The rules of the group, in catalogue order. */
  List<Rule> rules();

  /** Checks one member on its own. */
  default void checkMember(Member member, RecordContext context) {}

  /** Checks one organization on its own. */
  default void checkOrganization(Organization organization, RecordContext context) {}

  /** Checks one activity on its own. */
  default void checkActivity(Activity activity, RecordContext context) {}

  /** Checks one bulletin on its own. */
  default void checkBulletin(Bulletin bulletin, RecordContext context) {}

  /** A new dataset check for one run, or {@code null} when the group has none. */
  default DatasetCheck newDatasetCheck(RunContext run) {
    return null;
  }
}
