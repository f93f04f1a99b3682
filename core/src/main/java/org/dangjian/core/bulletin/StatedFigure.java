package org.dangjian.core.bulletin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;
import org.dangjian.core.constraint.Limits;
import org.immutables.value.Value;

/**
 * A figure stated in a text: in a statistics block, one that has no dedicated attribute in {@link
 * StatisticsBlock}, for example {@code 发展党员 45 名} or {@code 党员先锋岗 60 个}; in a news report, any
 * figure stated in a sentence, for example {@code 党员589人}. It holds the label as printed, the
 * value, the unit as printed, whether the text states it only approximately ({@code 1200余人}, {@code
 * 30多名}, {@code 近百名}), and, for a figure read from prose, the sentence it came from. It keeps every
 * figure of a text, so that nothing printed is lost on import.
 */
@Value.Immutable
public abstract class StatedFigure {

  /** The label as printed, for example {@code 发展党员}. */
  @Size(max = Limits.SHORT_TEXT)
  public abstract String label();

  /** The value; compared with {@link BigDecimal#equals}, so {@code 10} and {@code 10.0} differ. */
  public abstract BigDecimal value();

  /** The unit as printed, for example {@code 名}, {@code 个} or {@code %}. */
  public abstract Optional<@NotBlank @Size(max = Limits.SHORT_TEXT) String> unit();

  /**
   * Whether the text states the value only approximately, as {@code 1200余人}, {@code 30多名} or {@code
   * 约500人} do; false by default. An approximate figure is kept but never compared exactly with the
   * data.
   */
  @Value.Default
  public boolean approximate() {
    return false;
  }

  /**
   * The sentence the figure was stated in, as printed, for a figure read from prose (a news
   * report); empty for a figure of a statistics block, which stands on its own line.
   */
  public abstract Optional<@NotBlank @Size(max = Limits.PARAGRAPH) String> sentence();

  /**
   * A new builder.
   *
   * @return a builder of {@link ImmutableStatedFigure}
   */
  public static ImmutableStatedFigure.Builder builder() {
    return ImmutableStatedFigure.builder();
  }

  @Value.Check
  protected void check() {
    Texts.requireNonBlank(label(), "StatedFigure.label");
  }
}
