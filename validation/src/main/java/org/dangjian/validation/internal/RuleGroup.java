package org.dangjian.validation.internal;

import java.util.List;
import org.dangjian.core.record.RecordVisitor;
import org.dangjian.validation.rule.Rule;
import org.dangjian.validation.rule.RuleCatalogue;

/**
 * A group of catalogue rules with the checks that find their violations: the rules of one {@link
 * #topic()} of the catalogue file; record checks, the visitor methods of the kinds the group
 * checks, called once per record with its {@link RecordContext}; and an optional dataset check,
 * created afresh for every run, that sees the records as they stream by and reports when the run
 * finishes. A group checks only its own rules, each resolved once by code ({@link Catalogue#rule})
 * in one of its {@link #checks()} classes.
 */
public interface RuleGroup extends RecordVisitor<RecordContext> {

  /** The id of the catalogue topic whose rules the group checks, for example {@code dues}. */
  String topic();

  /** The rules of the group: the rules of its topic, in catalogue order. */
  default List<Rule> rules() {
    return RuleCatalogue.defaults().rulesOf(topic());
  }

  /**
   * The classes that resolve and check the group's rules: the group's own class, and the helpers it
   * hands parts of its checks to.
   */
  default List<Class<?>> checks() {
    return List.of(getClass());
  }

  /** A new dataset check for one run, or {@code null} when the group has none. */
  default DatasetCheck newDatasetCheck(RunContext run) {
    return null;
  }
}
