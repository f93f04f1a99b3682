package org.dangjian.core.bulletin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.constraint.Limits;
import org.immutables.value.Value;

/**
 * One section of a bulletin, printed under a bracketed heading such as {@code 【基层党建动态】}: its kind,
 * the heading text as printed (for a {@link SectionKind#PRIORITIES} section with its month, as
 * {@code 二月份重点工作}; for a {@link SectionKind#CUSTOM} section its title), and its content: news items
 * in print order, the statistics block of a {@link SectionKind#STATISTICS} section and the priority
 * lines of a {@link SectionKind#PRIORITIES} section. Whether the content fits the kind is a
 * validation rule; only a blank heading is rejected on construction.
 */
@Value.Immutable
public abstract class Section {

  /** The kind of the section. */
  public abstract SectionKind kind();

  /** The heading as printed, without the brackets, for example {@code 二月份重点工作}. */
  @Size(max = Limits.SHORT_TEXT)
  public abstract String heading();

  /** The news items in print order. */
  public abstract List<@Valid BulletinItem> items();

  /** The statistics block, for a statistics section. */
  public abstract Optional<@Valid StatisticsBlock> statistics();

  /** The priority lines in print order, for a priorities section. */
  public abstract List<@Valid PriorityItem> priorities();

  /**
   * A new builder.
   *
   * @return a builder of {@link ImmutableSection}
   */
  public static ImmutableSection.Builder builder() {
    return ImmutableSection.builder();
  }

  @Value.Check
  protected void check() {
    Texts.requireNonBlank(heading(), "Section.heading");
  }
}
