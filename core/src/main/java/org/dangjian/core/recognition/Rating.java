package org.dangjian.core.recognition;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The star rating of a party organization for one year (星级党组织评定), e.g. 五星 for 2023, with the rating
 * body when known.
 */
@Value.Immutable
public interface Rating {

  /** The year rated. */
  int year();

  /** The star level given. */
  StarLevel level();

  /** The rating body, e.g. the park's working committee. */
  Optional<String> ratedBy();

  /** Starts a builder. */
  static ImmutableRating.Builder builder() {
    return ImmutableRating.builder();
  }

  /** A rating of {@code level} for {@code year}. */
  static Rating of(int year, StarLevel level) {
    return builder().year(year).level(level).build();
  }
}
