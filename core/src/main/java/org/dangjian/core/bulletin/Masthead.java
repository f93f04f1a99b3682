package org.dangjian.core.bulletin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.dangjian.core.constraint.Limits;
import org.immutables.value.Value;

/**
 * The masthead (报头) of a bulletin: its title (for example {@code 党群工作简报}), the publishers in the
 * order printed, the compiling statement that follows them (for example {@code 联合编制}), the period
 * the issue covers (printed {@code 2024.1}), the issue number within the year (第X期), the running
 * number over all issues (总第N期) and the publication date. Numbers are kept as integers even when
 * printed in Chinese numerals ({@code 总第六十二期} is 62).
 */
@Value.Immutable
public abstract class Masthead {

  /** The title, for example {@code 党群工作简报}. */
  @NotBlank
  @Size(max = Limits.SHORT_TEXT)
  public abstract String title();

  /** The publishing organizations in print order. */
  public abstract List<@Valid Publisher> publishers();

  /** The statement after the publishers, for example {@code 联合编制} or {@code 编}. */
  public abstract Optional<@NotBlank @Size(max = Limits.SHORT_TEXT) String> compilingStatement();

  /** The month the issue covers. */
  public abstract YearMonth period();

  /** The issue number within the year (第X期). */
  @Positive
  public abstract OptionalInt issueNumber();

  /** The running number over all issues (总第N期). */
  @Positive
  public abstract OptionalInt runningNumber();

  /** The date of publication. */
  public abstract Optional<LocalDate> publishDate();

  /**
   * The period as printed in a masthead: year, a dot and the month without leading zero.
   *
   * @return for example {@code 2024.1} for January 2024
   */
  public String periodText() {
    return period().getYear() + "." + period().getMonthValue();
  }

  /**
   * The publisher line as printed: the publisher names joined by {@code 、}, followed by the
   * compiling statement if any.
   *
   * @return for example {@code 协鑫集团党委、工会、团委联合编制}
   */
  public String publisherLine() {
    return publishers().stream().map(Publisher::name).collect(Collectors.joining("、"))
        + compilingStatement().orElse("");
  }

  /**
   * A new builder.
   *
   * @return a builder of {@link ImmutableMasthead}
   */
  public static ImmutableMasthead.Builder builder() {
    return ImmutableMasthead.builder();
  }
}
