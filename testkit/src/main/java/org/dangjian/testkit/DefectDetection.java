package org.dangjian.testkit;

import java.util.Objects;
import java.util.Set;
import org.dangjian.core.points.PointsPolicy;

/**
 * What a validator needs, beyond its default settings, to report a {@link Defect}: the rules to
 * enable that the default (national) profile disables, and the points policy to check the points
 * ledger against. Almost every defect needs nothing ({@link #defaults()}); {@code ORG-012} and
 * {@code ORG-013} belong to state-owned enterprises and are disabled nationally, and {@code
 * POINT-CAP} speaks only under a points scheme with caps. testkit does not depend on the validation
 * module, so this names what to change rather than building settings; testkit-validation's {@code
 * DefectSettings} turns it into {@code ValidationSettings}.
 *
 * @param enabledRules codes of rules to enable on top of the default profile, usually none
 * @param pointsPolicy the points policy to validate with; {@link PointsPolicy#none()} by default
 */
public record DefectDetection(Set<String> enabledRules, PointsPolicy pointsPolicy) {

  /** Checks that every part is present and copies the set. */
  public DefectDetection {
    enabledRules = Set.copyOf(enabledRules);
    Objects.requireNonNull(pointsPolicy, "pointsPolicy");
  }

  /** The validator's defaults are enough. */
  public static DefectDetection defaults() {
    return new DefectDetection(Set.of(), PointsPolicy.none());
  }

  /** The default settings with {@code rules} enabled. */
  public static DefectDetection enabling(String... rules) {
    return new DefectDetection(Set.of(rules), PointsPolicy.none());
  }

  /** The default settings under {@code policy}. */
  public static DefectDetection under(PointsPolicy policy) {
    return new DefectDetection(Set.of(), policy);
  }

  /** True when the validator's default settings report the defect. */
  public boolean isDefault() {
    return enabledRules.isEmpty() && pointsPolicy.editions().isEmpty();
  }
}
