package org.dangjian.core.recognition;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.constraint.Limits;
import org.immutables.value.Value;

/**
 * The star rating of a party organization for one year (星级党组织评定), e.g. 五星 for 2023, with the scores
 * per criterion of the local scheme (晋星定级, see {@link RatingScheme}) and the rating body when
 * known.
 */
@Value.Immutable
public interface Rating {

  /** The year rated. */
  @Min(Limits.FIRST_YEAR)
  @Max(Limits.LAST_YEAR)
  int year();

  /** The star level given. */
  StarLevel level();

  /**
   * The scores per criterion of the rating scheme that gave the level (晋星定级评分), in the scheme's
   * order; empty when only the level is known. {@link RatingScheme#levelFor(int)} gives the level
   * the scores earn.
   */
  List<@Valid CriterionScore> scores();

  /** The rating body, e.g. the park's working committee. */
  Optional<@NotBlank @Size(max = Limits.ORGANIZATION_NAME) String> ratedBy();

  /** Starts a builder. */
  static ImmutableRating.Builder builder() {
    return ImmutableRating.builder();
  }

  /** A rating of {@code level} for {@code year}. */
  static Rating of(int year, StarLevel level) {
    return builder().year(year).level(level).build();
  }
}
