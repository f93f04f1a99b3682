package org.dangjian.validation;

import java.util.Map;
import java.util.Set;
import org.dangjian.validation.rule.Severity;
import org.immutables.value.Value;

/**
 * A named set of adjustments to the catalogue for one kind of organization: severities that differ
 * from the rules' defaults and rules that do not apply. {@link #national()} is the baseline for any
 * unit; {@link #stateOwnedEnterprise()} adds the thresholds of 《国有企业基层组织工作条例（试行）》 (ORG-012,
 * ORG-013) in place of the general practice (ORG-014). Settings can adjust a profile further, rule
 * by rule.
 */
@Value.Immutable
public interface Profile {

  /** The profile's name, for example {@code national}. */
  String name();

  /** The Chinese label, for example 全国通用. */
  String label();

  /** Severities that replace the rules' defaults, by rule code. */
  Map<String, Severity> severities();

  /** Codes of the rules that do not apply under this profile. */
  Set<String> disabled();

  /**
   * Rejects rule codes the catalogue lacks, with an {@link IllegalArgumentException} that names
   * them and suggests the nearest codes.
   */
  @Value.Check
  default void check() {
    KnownCodes.require("the severities of profile " + name(), severities().keySet());
    KnownCodes.require("the disabled rules of profile " + name(), disabled());
  }

  /** The national baseline: every rule except the ones specific to state-owned enterprises. */
  static Profile national() {
    return builder().name("national").label("全国通用").addDisabled("ORG-012", "ORG-013").build();
  }

  /** State-owned enterprises: the SOE thresholds replace the general practice of ORG-014. */
  static Profile stateOwnedEnterprise() {
    return builder().name("state-owned-enterprise").label("国有企业").addDisabled("ORG-014").build();
  }

  /** Starts a builder. */
  static ImmutableProfile.Builder builder() {
    return ImmutableProfile.builder();
  }
}
