package org.dangjian.validation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dangjian.core.points.PointsPolicy;
import org.dangjian.core.recognition.RatingSchemes;
import org.dangjian.validation.rule.Rule;
import org.dangjian.validation.rule.Severity;
import org.immutables.value.Value;

/**
 * Everything that decides how data is validated: the {@link #profile()}, the {@link #policy()}
 * values, the editions of the development rules and of the term lengths (each applied by date),
 * per-rule severity overrides and disabled rules on top of the profile, and how many issues a
 * report keeps. {@link #defaults()} is the national profile with the 2014 development rules and the
 * 2018 term rules.
 */
@Value.Immutable
public interface ValidationSettings {

  /** The profile. */
  @Value.Default
  default Profile profile() {
    return Profile.national();
  }

  /** Local policy values. */
  @Value.Default
  default LocalPolicy policy() {
    return LocalPolicy.defaults();
  }

  /** Editions of the development rules; the one in force on a case's application date applies. */
  @Value.Default
  default List<DevelopmentEdition> developmentEditions() {
    return List.of(DevelopmentEdition.of2014());
  }

  /** Editions of the term rules; the one in force on a committee's election date applies. */
  @Value.Default
  default List<TermEdition> termEditions() {
    return List.of(TermEdition.opinion2018());
  }

  /**
   * The points scheme that entries of the points ledger are checked against (POINT-CAP); {@link
   * PointsPolicy#none()}, without caps, unless set.
   */
  @Value.Default
  default PointsPolicy pointsPolicy() {
    return PointsPolicy.none();
  }

  /**
   * The editions of the star-rating scheme (晋星定级) that RATING-SCORE, RATING-LEVEL and RATING-KIND
   * check ratings against; the bundled sample scheme by default.
   */
  @Value.Default
  default RatingSchemes ratingSchemes() {
    return RatingSchemes.defaults();
  }

  /** Severity overrides by rule code, applied after the profile's; every code is catalogued. */
  Map<String, Severity> severities();

  /** Codes of rules turned off, in addition to the profile's; every code is catalogued. */
  Set<String> disabled();

  /** Issues kept in a report at most; later issues are counted, not kept. */
  @Value.Default
  default int maxIssues() {
    return 100_000;
  }

  /**
   * Threads that run the field and record rules of a run: 1 (the default) checks every record on
   * the thread that feeds it; with more, chunks of records are checked on that many worker threads
   * while the feeding thread decodes and runs the dataset rules in record order. The report is the
   * same, byte for byte, whatever the number; a run is still fed from one thread.
   */
  @Value.Default
  default int threads() {
    return 1;
  }

  /** How the field constraints are checked: {@link FieldTier#FAST} unless asked otherwise. */
  @Value.Default
  default FieldTier fieldTier() {
    return FieldTier.FAST;
  }

  /** The effective severity of {@code rule}, or empty when the rule is turned off. */
  default Optional<Severity> severityOf(Rule rule) {
    String code = rule.code();
    if (disabled().contains(code) || profile().disabled().contains(code)) {
      return Optional.empty();
    }
    Severity own = severities().get(code);
    if (own != null) {
      return Optional.of(own);
    }
    return Optional.of(profile().severities().getOrDefault(code, rule.severity()));
  }

  /**
   * The development edition for a case whose application was handed in on {@code application}: the
   * latest edition in force on that date; for older cases the earliest edition, or empty when the
   * policy skips them.
   */
  default Optional<DevelopmentEdition> developmentEdition(LocalDate application) {
    List<DevelopmentEdition> sorted =
        developmentEditions().stream()
            .sorted(Comparator.comparing(DevelopmentEdition::effectiveFrom))
            .toList();
    DevelopmentEdition chosen = null;
    for (DevelopmentEdition edition : sorted) {
      if (!edition.effectiveFrom().isAfter(application)) {
        chosen = edition;
      }
    }
    if (chosen == null && policy().legacyCases() == LegacyCases.CHECK_WITH_EARLIEST) {
      chosen = sorted.get(0);
    }
    return Optional.ofNullable(chosen);
  }

  /**
   * The term edition for a committee elected on {@code electedOn} (the earliest for older ones).
   */
  default TermEdition termEdition(LocalDate electedOn) {
    TermEdition chosen = null;
    TermEdition earliest = null;
    for (TermEdition edition : termEditions()) {
      if (earliest == null || edition.effectiveFrom().isBefore(earliest.effectiveFrom())) {
        earliest = edition;
      }
      if (!edition.effectiveFrom().isAfter(electedOn)
          && (chosen == null || edition.effectiveFrom().isAfter(chosen.effectiveFrom()))) {
        chosen = edition;
      }
    }
    return chosen != null ? chosen : earliest;
  }

  /**
   * Rejects settings without editions, a non-positive issue cap, and rule codes the catalogue lacks
   * (an {@link IllegalArgumentException} that names them and suggests the nearest codes).
   */
  @Value.Check
  default void check() {
    KnownCodes.require("the severity overrides", severities().keySet());
    KnownCodes.require("the disabled rules", disabled());
    if (developmentEditions().isEmpty() || termEditions().isEmpty()) {
      throw new IllegalStateException("settings need at least one edition of each kind");
    }
    if (maxIssues() < 1) {
      throw new IllegalStateException("maxIssues must be positive");
    }
    if (threads() < 1) {
      throw new IllegalStateException("threads must be positive");
    }
  }

  /** The national defaults. */
  static ValidationSettings defaults() {
    return builder().build();
  }

  /** Starts a builder. */
  static ImmutableValidationSettings.Builder builder() {
    return ImmutableValidationSettings.builder();
  }
}
