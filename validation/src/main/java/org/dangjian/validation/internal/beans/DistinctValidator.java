package org.dangjian.validation.internal.beans;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.metadata.BeanDescriptor;
import java.lang.annotation.Annotation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A validator that reports a constraint once per property even where it is declared twice. A
 * constraint on a Java record component reaches both the record's field and its accessor, and with
 * accessors seen as properties ({@link AccessorProperties}) Hibernate Validator checks both:
 * without this filter a user's {@code record Form(@Max(1) int n)} would report {@code n} twice.
 * Violations with the same property path, the same constraint (by annotation value) and the same
 * message template are one; everything else is passed through unchanged.
 */
final class DistinctValidator implements Validator {

  private final Validator delegate;

  DistinctValidator(Validator delegate) {
    this.delegate = delegate;
  }

  @Override
  public <T> Set<ConstraintViolation<T>> validate(T object, Class<?>... groups) {
    return distinct(delegate.validate(object, groups));
  }

  @Override
  public <T> Set<ConstraintViolation<T>> validateProperty(
      T object, String propertyName, Class<?>... groups) {
    return distinct(delegate.validateProperty(object, propertyName, groups));
  }

  @Override
  public <T> Set<ConstraintViolation<T>> validateValue(
      Class<T> beanType, String propertyName, Object value, Class<?>... groups) {
    return distinct(delegate.validateValue(beanType, propertyName, value, groups));
  }

  @Override
  public BeanDescriptor getConstraintsForClass(Class<?> clazz) {
    return delegate.getConstraintsForClass(clazz);
  }

  @Override
  public <T> T unwrap(Class<T> type) {
    return delegate.unwrap(type);
  }

  @Override
  public ExecutableValidator forExecutables() {
    return delegate.forExecutables();
  }

  private record Key(String path, Annotation constraint, String template) {}

  private static <T> Set<ConstraintViolation<T>> distinct(Set<ConstraintViolation<T>> violations) {
    if (violations.size() < 2) {
      return violations;
    }
    Map<Key, ConstraintViolation<T>> kept = new LinkedHashMap<>();
    for (ConstraintViolation<T> violation : violations) {
      kept.putIfAbsent(
          new Key(
              violation.getPropertyPath().toString(),
              violation.getConstraintDescriptor().getAnnotation(),
              violation.getMessageTemplate()),
          violation);
    }
    if (kept.size() == violations.size()) {
      return violations;
    }
    return Collections.unmodifiableSet(new LinkedHashSet<>(kept.values()));
  }
}
