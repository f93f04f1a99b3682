package org.dangjian.io;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How {@link DangjianExporter} writes: the {@link Privacy} profile (masked by default), for a CSV
 * file which {@link Roster} it holds (members by default), and for CSV and XLSX rosters their
 * {@link RosterLayout} (standard by default, or the office layout with a title row).
 * Spreadsheet-formula neutralization of CSV and XLSX cells is always on: a cell that starts with
 * {@code = + - @}, tab, CR, LF or NUL is written with a leading apostrophe, which the readers
 * remove again.
 */
@Value.Immutable
public interface ExportOptions {

  /** How personal identifiers are written; {@link Privacy#MASKED} by default. */
  @Value.Default
  default Privacy privacy() {
    return Privacy.MASKED;
  }

  /** The roster a CSV export holds; {@link Roster#MEMBERS} by default. */
  @Value.Default
  default Roster roster() {
    return Roster.MEMBERS;
  }

  /**
   * The date the data describes (截至日期), written as {@code asOf} into the header of the JSON and
   * JSON Lines exchange formats, so that validation can judge the file as of that date; absent by
   * default. Other formats have no place for it.
   */
  Optional<LocalDate> asOf();

  /** How a CSV or XLSX roster is laid out; {@link RosterLayout#STANDARD} by default. */
  @Value.Default
  default RosterLayout layout() {
    return RosterLayout.STANDARD;
  }

  /**
   * The title row of the {@link RosterLayout#OFFICE} layout, such as {@code 中共XX委员会党员花名册}; by
   * default the roster's name (党员花名册, 党组织名册). Ignored by the standard layout.
   */
  Optional<String> title();

  /** The default options: masked identifiers, member roster for CSV. */
  static ExportOptions defaults() {
    return builder().build();
  }

  /** Options with {@code privacy} and every other option at its default. */
  static ExportOptions of(Privacy privacy) {
    return builder().privacy(privacy).build();
  }

  /** A builder. */
  static ImmutableExportOptions.Builder builder() {
    return ImmutableExportOptions.builder();
  }
}
