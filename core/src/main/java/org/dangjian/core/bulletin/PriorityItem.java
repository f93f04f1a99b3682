package org.dangjian.core.bulletin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.dangjian.core.constraint.Limits;
import org.immutables.value.Value;

/**
 * One line of a bulletin's priorities section (for example {@code 二月份重点工作}), marked {@code ◇} in
 * print: the text of the task without the marker and, when the line names them, the organizations
 * responsible for it, as printed.
 */
@Value.Immutable
public abstract class PriorityItem {

  /** The text of the line, without the leading {@code ◇}. */
  @NotBlank
  @Size(max = Limits.NOTE)
  public abstract String text();

  /** The organizations responsible for the task, as printed, when the line names them. */
  public abstract List<@NotBlank @Size(max = Limits.ORGANIZATION_NAME) String>
      responsibleOrganizations();

  /**
   * A new builder.
   *
   * @return a builder of {@link ImmutablePriorityItem}
   */
  public static ImmutablePriorityItem.Builder builder() {
    return ImmutablePriorityItem.builder();
  }
}
