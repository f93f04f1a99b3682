package org.dangjian.core.bulletin;

/** Checks of text attributes shared by the value types of this package. */
final class Texts {

  private Texts() {}

  /**
   * Rejects a blank text where a value without it cannot exist, such as a section without a
   * heading.
   *
   * @param text the attribute value
   * @param attribute the attribute, named as {@code Type.attribute} in the message
   * @throws IllegalStateException when the text is empty or only white space
   */
  static void requireNonBlank(String text, String attribute) {
    if (text.isBlank()) {
      throw new IllegalStateException(attribute + " must not be blank");
    }
  }
}
