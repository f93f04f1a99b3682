package org.dangjian.spark;

import java.io.Serializable;
import org.dangjian.validation.ValidationSettings;

/**
 * Makes the {@link ValidationSettings} of a Spark validation wherever it is needed: on the driver
 * and once per partition on each executor. Settings are not serializable; a function that makes
 * them is, so pass a method reference or a lambda that builds them, for example {@code
 * ValidationSettings::defaults} or {@code () ->
 * ValidationSettings.builder().maxIssues(1000).build()}. It must give equal settings every time it
 * is called.
 */
@FunctionalInterface
public interface ValidationSettingsSource extends Serializable {

  /** The settings. */
  ValidationSettings get();
}
