package org.dangjian.validation.internal;

import java.util.List;
import org.dangjian.core.record.RecordVisitor;
import org.dangjian.validation.rule.Rule;

/**
 * A group of catalogue rules with the checks that find their violations: record checks, the visitor
 * methods of the kinds the group checks, called once per record with its {@link RecordContext}; and
 * an optional dataset check, created afresh for every run, that sees the records as they stream by
 * and reports when the run finishes. A group checks only its own rules.
 */
public interface RuleGroup extends RecordVisitor<RecordContext> {

  /** The rules of the group, in catalogue order. */
  List<Rule> rules();

  /** A new dataset check for one run, or {@code null} when the group has none. */
  default DatasetCheck newDatasetCheck(RunContext run) {
    return null;
  }
}
