package org.dangjian.validation.rule;

import java.util.Objects;

/**
 * A topic of the catalogue: the rules of one subject (member development, dues, meetings...), which
 * one rule group of the SDK checks and {@code docs/rules.md} lists under one heading. A topic has a
 * stable lower-case {@link #id()}, such as {@code development}, and a {@link #title()} in Chinese
 * and English.
 *
 * @param id the stable id, lower-case letters and hyphens
 * @param title the heading, in Chinese and English
 */
public record Topic(String id, LocalizedText title) {

  /** Creates a topic; the id is lower-case letters and hyphens. */
  public Topic {
    Objects.requireNonNull(title, "title");
    if (id == null || !id.matches("[a-z]+(-[a-z]+)*")) {
      throw new IllegalArgumentException("malformed topic id " + id);
    }
  }
}
