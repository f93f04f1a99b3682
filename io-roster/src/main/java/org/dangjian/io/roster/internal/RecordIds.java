package org.dangjian.io.roster.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.dangjian.io.roster.MemberColumn;
import org.dangjian.io.roster.OrganizationColumn;
import org.dangjian.io.roster.PointColumn;
import org.dangjian.io.roster.RosterColumn;
import org.dangjian.io.roster.TeamColumn;
import org.dangjian.io.roster.UnitColumn;

/**
 * Ids for the records of rosters that have no 编号 column, as office rosters rarely do: derived
 * deterministically from what the row holds, so that reading the same file again gives the same
 * ids, and never containing a resident ID number in clear. A member's id is {@code m-} and 16 hex
 * digits of the SHA-256 of its sheet, its name and its ID number (or, without one, its row); an
 * organization's is {@code org-} and 16 hex digits of the SHA-256 of its name, so that a member row
 * naming an organization and the organization roster naming it agree on its id.
 */
public final class RecordIds {

  private RecordIds() {}

  /** True for the 编号 columns, whose ids can be derived when the column is absent. */
  public static boolean derivable(RosterColumn column) {
    return column == MemberColumn.ID
        || column == OrganizationColumn.ID
        || column == UnitColumn.ID
        || column == PointColumn.ID
        || column == TeamColumn.ID;
  }

  /**
   * The id of a member row without 编号.
   *
   * @param sheet the sheet name ({@code ""} for CSV)
   * @param name the member's name as read
   * @param idNumber the resident ID number text as read, or null; used only through the digest
   * @param row the 1-based row or line, used when there is no ID number
   */
  public static String member(String sheet, String name, String idNumber, long row) {
    String identity =
        idNumber == null || idNumber.isBlank()
            ? "row:" + row
            : "id:" + idNumber.strip().toUpperCase(Locale.ROOT);
    return "m-" + digest(sheet + '\u0000' + name.strip() + '\u0000' + identity);
  }

  /** The id of a unit known only by {@code name}. */
  public static String unit(String name) {
    return "unit-" + digest(name.strip());
  }

  /** The id of a vanguard post or team known only by {@code name}. */
  public static String team(String name) {
    return "team-" + digest(name.strip());
  }

  /**
   * The id of a points entry row without 记录编号: from its sheet, row or line, member, date and
   * points, so that the same file read again gives the same ids.
   */
  public static String pointEntry(
      String sheet, long row, String member, Object date, Object points) {
    return "pt-"
        + digest(sheet + '\u0000' + row + '\u0000' + member + '\u0000' + date + '\u0000' + points);
  }

  /** The id of an organization known only by {@code name}. */
  public static String organization(String name) {
    return "org-" + digest(name.strip());
  }

  private static String digest(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
