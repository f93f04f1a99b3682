package org.dangjian.core.link;

import java.util.Objects;

/**
 * One suggested link from a name printed in a bulletin to a record of a dataset: where the name is
 * (the field path of the mention, such as {@code sections[3].items[0].people[0]}), the name as
 * printed, the record it matches (an organization id or a member id), that record's own name, and
 * how the match was found. {@link MentionLinker#apply} writes accepted suggestions into the
 * bulletin.
 *
 * @param fieldPath the mention's path in the bulletin, in domain field names
 * @param printed the name as printed
 * @param target whether the id is an organization's or a member's
 * @param id the id of the matching record
 * @param recordName the matching record's name: the organization name, or the post holder's name
 * @param match how the record was matched
 */
public record LinkSuggestion(
    String fieldPath, String printed, Target target, String id, String recordName, Match match) {

  /** Checks that every component is present. */
  public LinkSuggestion {
    Objects.requireNonNull(fieldPath, "fieldPath");
    Objects.requireNonNull(printed, "printed");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(recordName, "recordName");
    Objects.requireNonNull(match, "match");
  }

  /** The kind of record a suggestion links to. */
  public enum Target {
    /** An organization: for a publisher or an organization mention. */
    ORGANIZATION,
    /** A member: for a person mention, through the post the person holds. */
    MEMBER
  }

  /** How a suggestion was found, from the surest to the least sure. */
  public enum Match {
    /** The printed name equals the organization's name. */
    EXACT_NAME,
    /**
     * The printed name equals the short name bulletins print: {@code X党委} for {@code 中共X委员会},
     * {@code X党总支} for {@code X党总支部委员会}, {@code X党支部} for {@code X党支部委员会}; or, for a publisher
     * after the first, the first publisher's unit prefix plus the printed name ({@code 工会} after
     * {@code 协鑫集团党委} is {@code 协鑫集团工会}).
     */
    SHORT_NAME,
    /** Exactly one organization's name or short name ends with the printed name. */
    UNIQUE_SUFFIX,
    /** The person holds the printed post in the named organization on the item's date. */
    POST_HOLDER
  }
}
