package org.dangjian.validation.internal.beans;

import jakarta.validation.valueextraction.ExtractedValue;
import jakarta.validation.valueextraction.ValueExtractor;
import java.util.Optional;

/**
 * Extracts the value of an {@link Optional} only when there is one, in place of Hibernate
 * Validator's built-in extractor, which hands an empty optional's absent value on as {@code null}:
 * with it, {@code Optional<@NotBlank String>} would reject every empty optional, since {@code
 * NotBlank} rejects {@code null}. With this extractor a constraint on the element of an optional
 * means "if present": an absent employer is fine, a blank one is not. Constraints on the optional
 * itself are unaffected.
 */
public final class PresentOptionalExtractor implements ValueExtractor<Optional<@ExtractedValue ?>> {

  @Override
  public void extractValues(Optional<?> originalValue, ValueReceiver receiver) {
    if (originalValue.isPresent()) {
      receiver.value(null, originalValue.get());
    }
  }
}
