package org.dangjian.validation.acceptance;

import java.util.HashSet;
import java.util.Set;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.DefectDetection;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.ImmutableProfile;
import org.dangjian.validation.Profile;
import org.dangjian.validation.ValidationSettings;

/**
 * The validation settings under which a testkit {@link Defect} is reported: the defaults with the
 * rules of {@link Defect#detection()} enabled in the national profile and its points policy (the
 * same mapping as testkit-validation's public {@code DefectSettings}, which this module's tests
 * cannot use: testkit-validation depends on validation).
 */
public final class DefectSettings {

  private DefectSettings() {}

  /** The settings that report {@code defect}: the defaults for almost every defect. */
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

  /** A validator with {@link #of(Defect)}. */
  public static DangjianValidator validator(Defect defect) {
    return defect.detection().isDefault()
        ? DangjianValidator.defaults()
        : DangjianValidator.of(of(defect));
  }
}
