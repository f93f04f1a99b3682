package org.dangjian.validation.internal.beans;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Lets Hibernate Validator see record-style accessors ({@code name()}) as properties, which it
 * otherwise ignores without a warning: every method without parameters that returns a value is a
 * property named exactly like the method, except the methods of {@link Object} and the static
 * factories of the domain types ({@code builder()}, {@code empty()}, ...). JavaBeans getters of a
 * user's own classes keep their usual names ({@code getName()} is {@code name}, {@code isActive()}
 * returning {@code boolean} is {@code active}); no domain type has such an accessor, so for the
 * domain the property name is always the method name.
 */
public final class AccessorProperties implements GetterPropertySelectionStrategy {

  private static final Set<String> EXCLUDED =
      Set.of(
          "getClass",
          "hashCode",
          "toString",
          "clone",
          "notify",
          "notifyAll",
          "wait",
          "finalize",
          "builder",
          "empty",
          "values");

  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    Class<?> type = executable.getReturnType();
    String name = executable.getName();
    if (executable.getParameterTypes().length != 0
        || type == void.class
        || type == Void.class
        || EXCLUDED.contains(name)) {
      return Optional.empty();
    }
    if (isBeanGetter(name, "get")) {
      return Optional.of(decapitalize(name.substring(3)));
    }
    if (isBeanGetter(name, "is") && type == boolean.class) {
      return Optional.of(decapitalize(name.substring(2)));
    }
    return Optional.of(name);
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    String capitalized =
        propertyName.isEmpty()
            ? propertyName
            : Character.toUpperCase(propertyName.charAt(0)) + propertyName.substring(1);
    return List.of(propertyName, "get" + capitalized, "is" + capitalized);
  }

  private static boolean isBeanGetter(String name, String prefix) {
    return name.length() > prefix.length()
        && name.startsWith(prefix)
        && Character.isUpperCase(name.charAt(prefix.length()));
  }

  /** As {@code java.beans.Introspector.decapitalize}: {@code URL} stays {@code URL}. */
  private static String decapitalize(String name) {
    if (name.length() > 1 && Character.isUpperCase(name.charAt(1))) {
      return name;
    }
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
