package org.dangjian.core.bulletin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.constraint.Limits;

/**
 * The shape shared by an item of a bulletin ({@link BulletinItem}) and a newspaper report ({@link
 * NewsReport}): a headline, the date the text is about, the body paragraphs, and the organizations
 * and people the text names. Code that extracts or checks mentions works on an {@code Article} and
 * so handles both. The date is kept twice: {@link #dateText()} as printed (often only month and
 * day, such as {@code 1月13日}) and {@link #date()} as resolved, for a bulletin item with the year of
 * the issue.
 */
public interface Article {

  /** The headline as printed, without a leading item marker such as {@code ➤}. */
  @NotBlank
  @Size(max = Limits.HEADLINE)
  String headline();

  /** The date the text reports on, resolved to a full date when it could be. */
  Optional<LocalDate> date();

  /** The date as printed, for example {@code 1月13日}, when the text prints one. */
  Optional<@NotBlank @Size(max = Limits.SHORT_TEXT) String> dateText();

  /** The body paragraphs in print order. */
  List<@NotBlank @Size(max = Limits.PARAGRAPH) String> paragraphs();

  /** The organizations the text names, in order of first mention. */
  List<@Valid OrganizationMention> organizations();

  /** The people the text names, with their posts as printed, in order of first mention. */
  List<@Valid PersonMention> people();
}
