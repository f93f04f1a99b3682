package org.dangjian.io.json;

import java.util.List;

/**
 * The names of the JSON exchange format: its format name and version, which open every document and
 * the header line of every JSON Lines file, the document's four record sections, and the {@code
 * "kind"} values of JSON Lines records. docs/FORMATS.md describes the format; the JSON Schemas
 * under {@code schema/} at the repository root define it.
 */
public final class ExchangeFormat {

  /** The format name, the value of {@code "format"}. */
  public static final String NAME = "dangjian-exchange";

  /** The version this library reads and writes, the value of {@code "version"}. */
  public static final String VERSION = "1.0";

  /** The property that names the kind of a JSON Lines record. */
  public static final String KIND = "kind";

  /** The property of a JSON Lines record line that holds the record itself. */
  public static final String RECORD = "record";

  /** The kind of the first line of a JSON Lines file. */
  public static final String HEADER = "header";

  /** The kind of an organization record. */
  public static final String ORGANIZATION = "organization";

  /** The kind of a member record. */
  public static final String MEMBER = "member";

  /** The kind of an activity record. */
  public static final String ACTIVITY = "activity";

  /** The kind of a pairing-agreement record. */
  public static final String PAIRING = "pairing";

  /** The kind of a bulletin (党群工作简报). */
  public static final String BULLETIN = "bulletin";

  /** The record kinds, in the order of the document's sections. */
  public static final List<String> KINDS =
      List.of(ORGANIZATION, MEMBER, ACTIVITY, PAIRING, BULLETIN);

  /**
   * The document's record sections, in their order: {@code organizations} ... {@code bulletins}.
   */
  public static final List<String> SECTIONS =
      List.of("organizations", "members", "activities", "pairings", "bulletins");

  private ExchangeFormat() {}
}
