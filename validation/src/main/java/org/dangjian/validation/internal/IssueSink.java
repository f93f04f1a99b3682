package org.dangjian.validation.internal;

import java.util.Map;
import org.dangjian.core.record.Location;
import org.dangjian.validation.rule.Rule;

/** Where value checks put an issue: a rule, a location, the masked value and the arguments. */
@FunctionalInterface
public interface IssueSink {

  /** Reports one issue. */
  void report(Rule rule, Location location, String value, Map<String, String> arguments);
}
