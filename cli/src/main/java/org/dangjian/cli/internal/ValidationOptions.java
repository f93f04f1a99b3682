package org.dangjian.cli.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ImmutableImportOptions;
import org.dangjian.io.ImportOptions;
import org.dangjian.validation.ImmutableValidationSettings;
import org.dangjian.validation.Profile;
import org.dangjian.validation.ValidationSettings;
import picocli.CommandLine.Option;

/** The options of the commands that read and validate: the date, profile, strictness, issue cap. */
final class ValidationOptions {

  @Option(
      names = "--as-of",
      paramLabel = "yyyy-MM-dd",
      converter = Converters.DateConverter.class,
      description = "Judge the data as of this date (截至日期); default: today.")
  LocalDate asOf;

  @Option(
      names = "--profile",
      paramLabel = "national|soe",
      converter = Converters.ProfileConverter.class,
      description =
          "Rule profile (规则配置): national (default, 全国通用) or soe (国有企业, state-owned"
              + " enterprises).")
  Profile profile;

  @Option(
      names = "--strict",
      description = "Stop at the first ERROR (严格模式); by default every problem is reported.")
  boolean strict;

  @Option(
      names = "--max-issues",
      paramLabel = "N",
      description = "Keep at most N issues in the report (最多列出); all are still counted.")
  Integer maxIssues;

  /** The import options: as of {@code asOf} unless {@code --as-of} was given. */
  ImportOptions importOptions(LocalDate defaultAsOf, Optional<DataFormat> format) {
    return importOptions(defaultAsOf, format, Set.of());
  }

  /** The import options with the rules of {@code disabled} turned off. */
  ImportOptions importOptions(
      LocalDate defaultAsOf, Optional<DataFormat> format, Set<String> disabled) {
    if (maxIssues != null && maxIssues < 1) {
      throw new CliFailure("--max-issues must be at least 1, not " + maxIssues);
    }
    var settings = ValidationSettings.builder();
    if (profile != null) {
      settings.profile(profile);
    }
    if (maxIssues != null) {
      settings.maxIssues(maxIssues);
    }
    settings.addAllDisabled(disabled);
    return ImportOptions.builder()
        .asOf(asOf != null ? asOf : defaultAsOf)
        .settings(settings.build())
        .strict(strict)
        .format(format)
        .build();
  }

  /**
   * {@code options} with JSON Lines decoding and the record checks on {@code threads} threads each
   * ({@code --threads}), or on every core when it was not given.
   */
  static ImportOptions withThreads(ImportOptions options, Integer threads) {
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (n < 1) {
      throw new CliFailure("--threads must be at least 1, not " + n);
    }
    ValidationSettings settings =
        ImmutableValidationSettings.copyOf(options.settings()).withThreads(n);
    return ImmutableImportOptions.copyOf(options).withSettings(settings).withDecodingThreads(n);
  }
}
