package org.dangjian.io.roster;

import java.util.Optional;
import java.util.Set;
import org.dangjian.core.code.CodedValue;
import org.dangjian.io.Roster;

/**
 * A column of a roster spreadsheet: the Chinese header that exports write, the English header and
 * the aliases that imports also accept, whether the column must be present, the {@link ColumnType}
 * of its cells and the domain field it fills. Headers are matched after trimming white space
 * (full-width spaces included) and folding full-width letters, digits and brackets to their ASCII
 * forms (Unicode NFKC); English headers also ignore case, spaces, underscores and hyphens, so that
 * {@code birthDate}, {@code Birth Date} and {@code birth_date} name the same column. {@link
 * MemberColumn} and {@link OrganizationColumn} list the columns in the order writers use.
 */
public interface RosterColumn {

  /** The roster this column belongs to. */
  Roster roster();

  /** The Chinese header, written by exports and templates, such as {@code 出生日期}. */
  String header();

  /** The English header, such as {@code birthDate}. */
  String englishHeader();

  /** Further headers accepted on import, such as {@code 出生年月日}; never written. */
  Set<String> aliases();

  /** True when a roster without this column cannot be read, and each row must fill it. */
  boolean required();

  /** What the cells hold. */
  ColumnType type();

  /** The code table of a {@link ColumnType#CODE} column; empty for other types. */
  Optional<Class<? extends CodedValue>> codeType();

  /**
   * The domain field the column fills, as a path of accessor names such as {@code birthDate} or
   * {@code hostUnit.creditCode}; report locations carry it.
   */
  String fieldPath();
}
