package org.dangjian.core.bulletin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.dangjian.core.constraint.Limits;
import org.immutables.value.Value;

/**
 * One issue of a bulletin (党群工作简报), the periodic publication in which a group's party committee,
 * union and youth league report their work: the {@link Masthead}, the sections in print order, and
 * the fields that the layout of official documents recommends (GB/T 9704-2012,
 * docs/regulations.md): the distribution line, the editor, the approver who signed it off (签发) and
 * the number of copies printed. A bulletin is loaded as printed, whatever its defects; checks such
 * as the agreement of its statistics with the organization data belong to the validation layer.
 */
@Value.Immutable
public abstract class Bulletin {

  /** The masthead: title, publishers, period and issue numbers. */
  @Valid
  public abstract Masthead masthead();

  /** The sections in print order. */
  public abstract List<@Valid Section> sections();

  /** The distribution line (报/送/发). */
  public abstract Optional<@Valid Distribution> distribution();

  /** The editor (编辑). */
  public abstract Optional<@NotBlank @Size(max = Limits.PERSON_NAME) String> editor();

  /** The person who approved the issue for publication (签发). */
  public abstract Optional<@NotBlank @Size(max = Limits.PERSON_NAME) String> approver();

  /** The number of copies printed (印数). */
  @PositiveOrZero
  public abstract OptionalInt printCount();

  /**
   * The sections of one kind.
   *
   * @param kind the kind
   * @return the sections of that kind in print order, possibly empty
   */
  public List<Section> sectionsOf(SectionKind kind) {
    return sections().stream().filter(section -> section.kind() == kind).toList();
  }

  /**
   * The first statistics block of the issue.
   *
   * @return the statistics block of the first section that has one, or empty
   */
  public Optional<StatisticsBlock> statistics() {
    return sections().stream().flatMap(section -> section.statistics().stream()).findFirst();
  }

  /**
   * The priority lines of the issue.
   *
   * @return the priority lines of all sections in print order, possibly empty
   */
  public List<PriorityItem> priorities() {
    return sections().stream().flatMap(section -> section.priorities().stream()).toList();
  }

  /**
   * How reports and logs name this issue: the title, the period and the issue numbers as printed in
   * the masthead.
   *
   * @return for example {@code 党群工作简报 2024.1 总第62期}
   */
  public String designation() {
    StringBuilder text = new StringBuilder(masthead().title()).append(' ');
    text.append(masthead().periodText());
    masthead().issueNumber().ifPresent(n -> text.append(" 第").append(n).append('期'));
    masthead().runningNumber().ifPresent(n -> text.append(" 总第").append(n).append('期'));
    return text.toString();
  }

  /**
   * A new builder.
   *
   * @return a builder of {@link ImmutableBulletin}
   */
  public static ImmutableBulletin.Builder builder() {
    return ImmutableBulletin.builder();
  }
}
