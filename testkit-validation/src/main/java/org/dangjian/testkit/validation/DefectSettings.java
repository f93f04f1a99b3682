package org.dangjian.testkit.validation;

import java.util.HashSet;
import java.util.Set;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.DefectDetection;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.ImmutableProfile;
import org.dangjian.validation.Profile;
import org.dangjian.validation.ValidationSettings;

/**
 * The validation settings under which a testkit {@link Defect} is reported, from its {@link
 * Defect#detection()}: {@link ValidationSettings#defaults()} for almost every defect; the national
 * profile with a rule enabled that it disables (ORG-012, ORG-013: thresholds of state-owned
 * enterprises); or the defaults under a points policy (POINT-CAP). A test that validates a mutated
 * dataset with these settings sees exactly the defect's rule at its record.
 *
 * <pre>{@code
 * Mutation m = Defect.STATE_OWNED_BRANCH_OF_50.applyTo(valid, asOf);
 * ValidationReport report = DefectSettings.validator(m.defect()).validate(m.dataset(), asOf);
 * assertThat(report).hasExactly("ORG-013@" + m.recordId());
 * }</pre>
 */
public final class DefectSettings {

  private DefectSettings() {}

  /** The settings that report {@code defect}. */
  public static ValidationSettings of(Defect defect) {
    DefectDetection detection = defect.detection();
    if (detection.isDefault()) {
      return ValidationSettings.defaults();
    }
    Profile national = Profile.national();
    Set<String> disabled = new HashSet<>(national.disabled());
    disabled.removeAll(detection.enabledRules());
    return ValidationSettings.builder()
        .profile(ImmutableProfile.copyOf(national).withDisabled(disabled))
        .pointsPolicy(detection.pointsPolicy())
        .build();
  }

  /** A validator with the settings {@link #of(Defect)}. */
  public static DangjianValidator validator(Defect defect) {
    return DangjianValidator.of(of(defect));
  }
}
