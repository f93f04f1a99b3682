package org.dangjian.io.internal.json;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The attributes of the exchange format's record types as the JSON module sees them, for tools that
 * describe the format from the same definition, such as the JSON Schema generator of the tests: is
 * an accessor an attribute (a JSON field), where does it come in the field order, is it required.
 */
public final class RecordAttributes {

  private RecordAttributes() {}

  /**
   * The 0-based position of {@code accessor} among the fields of record type {@code owner}, or
   * empty when it is not a field (a derived value, a method with arguments, a type outside the
   * format).
   */
  public static OptionalInt index(Class<?> owner, Method accessor) {
    return attribute(owner, accessor).map(a -> OptionalInt.of(a.index)).orElse(OptionalInt.empty());
  }

  /**
   * True when {@code accessor} is a field that every record of type {@code owner} must have.
   *
   * @param owner the record type described, which may inherit the accessor from an interface (a
   *     bulletin item's headline is declared by {@code Article})
   * @param accessor the accessor
   */
  public static boolean isRequired(Class<?> owner, Method accessor) {
    return attribute(owner, accessor).map(a -> a.required).orElse(false);
  }

  private static Optional<RecordModel.Attribute> attribute(Class<?> owner, Method accessor) {
    Class<?> type = owner;
    if (!RecordModel.isRecord(type) || accessor.getParameterCount() != 0) {
      return Optional.empty();
    }
    RecordModel.Attribute attribute = RecordModel.of(type).attribute(accessor.getName());
    return attribute != null && attribute.accessor.getName().equals(accessor.getName())
        ? Optional.of(attribute)
        : Optional.empty();
  }
}
