package org.dangjian.validation.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.validation.DevelopmentEdition;
import org.dangjian.validation.LegacyCases;
import org.dangjian.validation.ValidationSettings;
import org.dangjian.validation.rule.Rule;

/**
 * The state one validation run shares between its checks: the reference date, the settings, the
 * issue collector, the compact locations of all records seen, and a small summary ({@link OrgInfo})
 * of every organization seen.
 */
public final class RunContext {

  private final LocalDate asOf;
  private final ValidationSettings settings;
  private final IssueCollector collector;
  private RecordLocations locations;
  private final Map<String, OrgInfo> organizations = new HashMap<>();
  private final Map<Class<?>, Object> attachments = new HashMap<>();

  /** The development editions by the day they took effect, sorted once instead of per member. */
  private final DevelopmentEdition[] editions;

  private final boolean earliestForOlder;

  RunContext(String source, LocalDate asOf, ValidationSettings settings) {
    this.asOf = asOf;
    this.settings = settings;
    this.editions =
        settings.developmentEditions().stream()
            .sorted(Comparator.comparing(DevelopmentEdition::effectiveFrom))
            .toArray(DevelopmentEdition[]::new);
    this.earliestForOlder = settings.policy().legacyCases() == LegacyCases.CHECK_WITH_EARLIEST;
    this.collector = new IssueCollector(settings);
    this.locations = new RecordLocations(source);
  }

  /** The reference date. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The settings. */
  public ValidationSettings settings() {
    return settings;
  }

  /** The development edition for an application date, empty when the policy skips the case. */
  public Optional<DevelopmentEdition> edition(LocalDate application) {
    return Optional.ofNullable(editionOrNull(application));
  }

  /**
   * The edition {@link ValidationSettings#developmentEdition} chooses, or null: the latest in force
   * on {@code application}, else the earliest when the policy checks older cases with it.
   */
  public DevelopmentEdition editionOrNull(LocalDate application) {
    DevelopmentEdition chosen = null;
    for (DevelopmentEdition edition : editions) {
      if (!edition.effectiveFrom().isAfter(application)) {
        chosen = edition;
      }
    }
    return chosen == null && earliestForOlder ? editions[0] : chosen;
  }

  /** The summary of the organization with this id, if one was seen so far. */
  public Optional<OrgInfo> organization(String id) {
    return Optional.ofNullable(organizations.get(id));
  }

  /** Every organization seen so far, by id. */
  public Map<String, OrgInfo> organizations() {
    return organizations;
  }

  /**
   * The run's shared object of {@code type}, made by {@code factory} on first use: lets the dataset
   * checks of several groups share one compact index of the records instead of each keeping its
   * own.
   */
  public <T> T attachment(Class<T> type, Supplier<T> factory) {
    Object value = attachments.get(type);
    if (value == null) {
      value = factory.get();
      attachments.put(type, value);
    }
    return type.cast(value);
  }

  /** True when {@code rule} is switched on: checks may skip work for rules that are off. */
  public boolean isEnabled(Rule rule) {
    return collector.isEnabled(rule);
  }

  /** The location of a record seen earlier, without a field. */
  public Location location(RecordKind type, int index) {
    return locations.location(type, index);
  }

  /** The id of a record seen earlier. */
  public String recordId(RecordKind type, int index) {
    return locations.id(type, index);
  }

  /**
   * Reports an issue of {@code rule} at a record seen earlier.
   *
   * @param field the field path, or null for the record as a whole
   * @param value the offending value, already masked when personal, or null
   * @param arguments alternating names and values of the message's placeholders
   */
  public void reportAt(
      RecordKind type, int index, Rule rule, String field, String value, Object... arguments) {
    Location location = locations.location(type, index);
    report(rule, field == null ? location : location.atField(field), value, arguments);
  }

  /** Reports an issue about the dataset as a whole. */
  public void reportDataset(Rule rule, String value, Object... arguments) {
    Location location = Location.builder().source(locationsSource()).build();
    report(rule, location, value, arguments);
  }

  void report(Rule rule, Location location, String value, Object... arguments) {
    collector.report(rule, location, value, toMap(arguments));
  }

  RecordLocations locations() {
    return locations;
  }

  /**
   * Keeps at most {@code budget} bytes of the record locations' full blocks in memory instead of
   * the default (a sixteenth of the heap); only before the first record. For tests that compare a
   * run whose locations spill with one whose locations stay in memory.
   */
  void spillLocationsPast(long budget) {
    for (RecordKind kind : RecordKind.values()) {
      if (locations.count(kind) > 0) {
        throw new IllegalStateException("records were added");
      }
    }
    locations = new RecordLocations(locations.source(), budget);
  }

  IssueCollector collector() {
    return collector;
  }

  void remember(OrgInfo info) {
    organizations.putIfAbsent(info.id(), info);
  }

  private String locationsSource() {
    return locations.source();
  }

  static Map<String, String> toMap(Object... arguments) {
    if (arguments.length % 2 != 0) {
      throw new IllegalArgumentException("arguments come in name/value pairs");
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < arguments.length; i += 2) {
      map.put(String.valueOf(arguments[i]), String.valueOf(arguments[i + 1]));
    }
    return map;
  }
}
