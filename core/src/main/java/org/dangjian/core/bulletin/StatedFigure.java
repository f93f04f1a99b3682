package org.dangjian.core.bulletin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;
import org.dangjian.core.constraint.Limits;
import org.immutables.value.Value;

/**
 * A figure stated in a statistics block that has no dedicated attribute in {@link StatisticsBlock},
 * for example {@code 发展党员 45 名} or {@code 党员先锋岗 60 个}: the label as printed, the value, and the
 * unit as printed. It keeps every figure of a block, so that nothing printed is lost on import.
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
