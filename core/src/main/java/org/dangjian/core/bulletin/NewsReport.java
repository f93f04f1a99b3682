package org.dangjian.core.bulletin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.constraint.Limits;
import org.immutables.value.Value;

/**
 * A newspaper report (新闻稿) on party building: the same {@link Article} shape as a bulletin item
 * (headline, date, paragraphs, mentioned organizations and people) plus where and when it was
 * published: the publication (for example {@code 人民日报}), the reporters, the date line that opens
 * the text (for example {@code 本报苏州1月15日电}), the responsible editor (责任编辑) and the date of the
 * issue it appeared in. It also holds every figure its sentences state ({@link #figures()}, for
 * example {@code 党员589人} as label {@code 党员}, value 589, unit {@code 人}), each with its sentence,
 * so that the figures about an organization can be checked against the data.
 */
@Value.Immutable
public abstract class NewsReport implements Article {

  /** The publication, for example {@code 人民日报}. */
  @NotBlank
  @Size(max = Limits.ORGANIZATION_NAME)
  public abstract String publication();

  /** The date of the issue the report appeared in. */
  public abstract LocalDate publishedOn();

  /** The reporters (记者) and correspondents (通讯员) in print order. */
  public abstract List<@NotBlank @Size(max = Limits.PERSON_NAME) String> reporters();

  /** The date line as printed, for example {@code 本报苏州1月15日电}. */
  public abstract Optional<@NotBlank @Size(max = Limits.SHORT_TEXT) String> dateLine();

  /** The responsible editor (责任编辑). */
  public abstract Optional<@NotBlank @Size(max = Limits.PERSON_NAME) String> editor();

  /**
   * The figures stated in the report's sentences, in print order, each with the sentence it came
   * from ({@link StatedFigure#sentence()}); empty when the text states none.
   */
  public abstract List<@Valid StatedFigure> figures();

  /**
   * A new builder.
   *
   * @return a builder of {@link ImmutableNewsReport}
   */
  public static ImmutableNewsReport.Builder builder() {
    return ImmutableNewsReport.builder();
  }
}
