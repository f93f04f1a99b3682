package org.dangjian.io.roster.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dangjian.io.Roster;
import org.dangjian.io.roster.MemberColumn;
import org.dangjian.io.roster.OrganizationColumn;
import org.dangjian.io.roster.PointColumn;
import org.dangjian.io.roster.RosterColumn;
import org.dangjian.io.roster.TeamColumn;
import org.dangjian.io.roster.UnitColumn;
import org.dangjian.validation.InputProblem;

/**
 * Reads the header row of a roster: recognizes which roster it is (unless the caller knows, as from
 * an XLSX sheet name), maps every header to its column through the {@link HeaderVocabulary}, keeps
 * columns it does not know as extras (reported once each, as information), and reports every
 * duplicate and missing header of the row in one pass. A header row with a duplicate or a missing
 * required column gives no layout: its rows cannot be assigned to fields, so they are not read.
 */
public final class RosterHeaders {

  private RosterHeaders() {}

  /** Receives the header problems of a row; {@code index} is 0-based, -1 for a missing column. */
  public interface Problems {
    /** One problem with its message arguments. */
    void report(InputProblem problem, int index, String header, Map<String, String> arguments);
  }

  /**
   * The columns of a header row.
   *
   * @param roster the roster the headers name
   * @param columns the column of each header, by 0-based index; null where the header is blank,
   *     ignored or kept as an extra
   * @param headers the headers as written, trimmed
   * @param extras the extras label of each column kept as extras, by 0-based index; null elsewhere
   */
  public record Layout(
      Roster roster, List<RosterColumn> columns, List<String> headers, List<String> extras) {

    /** The column at {@code index}, or null for a blank header or a cell beyond the headers. */
    public RosterColumn column(int index) {
      return index < columns.size() ? columns.get(index) : null;
    }

    /** The 0-based index of {@code column}, or -1. */
    public int indexOf(RosterColumn column) {
      return columns.indexOf(column);
    }

    /** The extras label of the column at {@code index}, or null when it is not kept as extras. */
    public String extra(int index) {
      return index < extras.size() ? extras.get(index) : null;
    }

    /**
     * True for a member roster without 人员类别 but with 入党时间: a list of party members whose stage each
     * row's dates give ({@code RosterRow.deriveStage}).
     */
    public boolean stageDerived() {
      return roster == Roster.MEMBERS
          && indexOf(MemberColumn.STAGE) < 0
          && indexOf(MemberColumn.ADMISSION_DATE) >= 0;
    }

    /** True when the column at {@code index} is ignored (序号) or blank-headed. */
    public boolean isIgnored(int index) {
      return index < headers.size() && column(index) == null && extra(index) == null;
    }
  }

  /** The header text as written, trimmed of white space and of a byte-order mark. */
  public static String trim(String header) {
    return header == null ? "" : header.replace("\uFEFF", "").strip();
  }

  /**
   * The key a header is matched by: NFKC-folded (full-width to ASCII), white space, underscores,
   * hyphens and the asterisk that marks required columns in some templates removed, lower case.
   */
  public static String key(String header) {
    String folded = Normalizer.normalize(trim(header), Normalizer.Form.NFKC);
    StringBuilder key = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (!Character.isWhitespace(c) && c != '_' && c != '-' && c != '*') {
        key.append(c);
      }
    }
    return key.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * The roster whose headers most of {@code headers} are: members when tied with organizations, and
   * a unit, points or team sheet only when it names more of them than either of those two.
   */
  public static Roster recognize(List<String> headers) {
    HeaderVocabulary vocabulary = HeaderVocabulary.defaults();
    int[] counts = new int[Roster.values().length];
    for (String header : headers) {
      for (Roster roster : Roster.values()) {
        counts[roster.ordinal()] += vocabulary.column(roster, header).isPresent() ? 1 : 0;
      }
    }
    int members = counts[Roster.MEMBERS.ordinal()];
    int organizations = counts[Roster.ORGANIZATIONS.ordinal()];
    Roster best = organizations > members ? Roster.ORGANIZATIONS : Roster.MEMBERS;
    int most = Math.max(members, organizations);
    for (Roster roster : List.of(Roster.UNITS, Roster.POINT_ENTRIES, Roster.TEAMS)) {
      if (counts[roster.ordinal()] > most) {
        best = roster;
        most = counts[roster.ordinal()];
      }
    }
    return best;
  }

  /**
   * Maps {@code headers} to the columns of {@code roster} (recognized from the headers when empty),
   * reporting every problem; empty when there was one. A header that names no column is kept as
   * extras (reported once, as information); an ignored header such as 序号 is skipped; the 编号 column
   * may be absent (ids are then derived, see {@link RecordIds}).
   */
  public static Optional<Layout> resolve(
      List<String> headers, Optional<Roster> roster, Problems problems) {
    HeaderVocabulary vocabulary = HeaderVocabulary.defaults();
    Roster which = roster.orElseGet(() -> recognize(headers));
    List<RosterColumn> columns = new ArrayList<>(headers.size());
    List<String> written = new ArrayList<>(headers.size());
    List<String> extras = new ArrayList<>(headers.size());
    Map<RosterColumn, Integer> first = new HashMap<>();
    Map<String, Integer> extraLabels = new HashMap<>();
    boolean ok = true;
    for (int i = 0; i < headers.size(); i++) {
      String header = trim(headers.get(i));
      written.add(header);
      columns.add(null);
      extras.add(null);
      if (header.isEmpty() || vocabulary.isIgnored(header)) {
        continue;
      }
      RosterColumn column = vocabulary.column(which, header).orElse(null);
      if (column == null && !keepsExtras(which)) {
        // units, points entries and teams have no extras: the column is said, not read
        problems.report(
            InputProblem.COLUMN_NOT_KEPT,
            i,
            header,
            Map.of("header", header, "roster", which.label()));
      } else if (column == null) {
        problems.report(InputProblem.HEADER_UNKNOWN, i, header, Map.of("header", header));
        int seen = extraLabels.merge(header, 1, Integer::sum);
        extras.set(i, seen == 1 ? header : header + "（" + seen + "）");
      } else if (first.containsKey(column)) {
        problems.report(
            InputProblem.HEADER_DUPLICATE,
            i,
            header,
            Map.of("header", header, "first", Integer.toString(first.get(column) + 1)));
        ok = false;
      } else {
        first.put(column, i);
        columns.set(i, column);
      }
    }
    for (RosterColumn column : columns(which)) {
      if (column.required()
          && !first.containsKey(column)
          && !RecordIds.derivable(column)
          && !(column == MemberColumn.STAGE && first.containsKey(MemberColumn.ADMISSION_DATE))) {
        problems.report(
            InputProblem.HEADER_MISSING, -1, column.header(), Map.of("header", column.header()));
        ok = false;
      }
    }
    return ok
        ? Optional.of(
            new Layout(
                which,
                Collections.unmodifiableList(columns),
                Collections.unmodifiableList(written),
                Collections.unmodifiableList(extras)))
        : Optional.empty();
  }

  /** True for the rosters whose records keep unknown columns as extras: members, organizations. */
  public static boolean keepsExtras(Roster roster) {
    return roster == Roster.MEMBERS || roster == Roster.ORGANIZATIONS;
  }

  /** The columns of {@code roster} in writing order. */
  public static List<RosterColumn> columns(Roster roster) {
    return switch (roster) {
      case MEMBERS -> List.of(MemberColumn.values());
      case ORGANIZATIONS -> List.of(OrganizationColumn.values());
      case UNITS -> List.of(UnitColumn.values());
      case POINT_ENTRIES -> List.of(PointColumn.values());
      case TEAMS -> List.of(TeamColumn.values());
    };
  }

  /** The column of {@code roster} whose constant is named {@code name}, such as {@code GENDER}. */
  public static Optional<RosterColumn> constant(Roster roster, String name) {
    for (RosterColumn column : columns(roster)) {
      if (((Enum<?>) column).name().equals(name)) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }

  /** The 编号 column of {@code roster}. */
  public static RosterColumn idColumn(Roster roster) {
    return columns(roster).get(0);
  }

  /** The column of {@code roster} that names a record (姓名, 组织名称, 单位名称 ...), or its id column. */
  public static RosterColumn nameColumn(Roster roster) {
    return switch (roster) {
      case MEMBERS -> MemberColumn.NAME;
      case ORGANIZATIONS -> OrganizationColumn.NAME;
      case UNITS -> UnitColumn.NAME;
      case POINT_ENTRIES -> PointColumn.MEMBER_ID;
      case TEAMS -> TeamColumn.NAME;
    };
  }
}
