package org.dangjian.core.bulletin;

import org.immutables.value.Value;

/**
 * One news item of a bulletin section: in print it starts with {@code ➤} and a headline, followed
 * by its paragraphs. It names a date (often only month and day, the year coming from the issue),
 * the organizations involved and people with their posts; all of it is kept as printed next to the
 * resolved values, so that an importer can report what it could not resolve and a writer can print
 * the item back unchanged.
 */
@Value.Immutable
public abstract class BulletinItem implements Article {

  /**
   * A new builder.
   *
   * @return a builder of {@link ImmutableBulletinItem}
   */
  public static ImmutableBulletinItem.Builder builder() {
    return ImmutableBulletinItem.builder();
  }
}
