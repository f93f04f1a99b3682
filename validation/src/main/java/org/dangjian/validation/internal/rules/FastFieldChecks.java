package org.dangjian.validation.internal.rules;

import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.dangjian.validation.internal.beans.AccessorProperties;
import org.dangjian.validation.internal.rules.FieldRules.Finding;

/**
 * The fast tier of the field rules: the same Jakarta Validation constraints as Hibernate Validator
 * checks, found from Hibernate Validator's own metadata ({@link Validator#getConstraintsForClass})
 * once per class and then checked by plain code ({@link FieldCheck}) over the record's accessors,
 * without the generic cascade, its per-call validator look-ups and its violation objects. A failed
 * constraint becomes a {@link Finding} through {@link FieldRules#finding}, the very method the full
 * tier uses, at the same field path ({@code dues.payments[3].amount}). Whatever the fast tier does
 * not know — a constraint outside {@link FieldCheck}, a class-level or composed constraint, a group
 * other than the default, a nested container, a value of an unexpected type — makes it give the
 * whole record back ({@link #check} returns null), and Hibernate Validator checks it: a user's own
 * constraint is never silently skipped. {@code FieldTiersTest} runs both tiers over generated and
 * mutated data and compares every issue. Thread-safe; the plans are built once per class.
 */
final class FastFieldChecks {

  private static final AccessorProperties GETTERS = new AccessorProperties();

  private final Validator metadata;

  private final ClassValue<Plan> plans =
      new ClassValue<>() {
        @Override
        protected Plan computeValue(Class<?> type) {
          return plan(type);
        }
      };

  /** A fast tier that reads the constraints from {@code metadata}. */
  FastFieldChecks(Validator metadata) {
    this.metadata = metadata;
  }

  /**
   * The failed constraints of {@code record} and of everything it cascades into, or null when the
   * record holds something only Hibernate Validator checks.
   */
  List<Finding> check(Object record) {
    List<Finding> found = new ArrayList<>(0);
    try {
      walk(record, null, found);
    } catch (FieldCheck.Unsupported e) {
      return null;
    }
    return found;
  }

  private void walk(Object bean, FieldPath path, List<Finding> found) {
    Plan plan = plans.get(bean.getClass());
    if (plan.reason() != null) {
      throw FieldCheck.UNSUPPORTED;
    }
    for (Property property : plan.properties()) {
      Object value = property.get(bean);
      FieldPath here = new FieldPath(path, property.name(), -1, null);
      checkAll(property.checks(), value, here, found);
      if (property.cascaded() && value != null) {
        walk(value, here, found);
      }
      if (value != null) {
        for (Element element : property.elements()) {
          elements(element, value, here, found);
        }
      }
    }
  }

  private void elements(Element element, Object container, FieldPath here, List<Finding> found) {
    if (container instanceof Optional<?> optional) {
      if (optional.isPresent()) {
        element(element, optional.get(), here, found);
      }
    } else if (container instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        element(element, list.get(i), new FieldPath(here.parent(), here.name(), i, null), found);
      }
    } else if (container instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        Object value = element.typeArgument() == 0 ? entry.getKey() : entry.getValue();
        FieldPath at = new FieldPath(here.parent(), here.name(), -1, entry.getKey());
        element(element, value, at, found);
      }
    } else {
      throw FieldCheck.UNSUPPORTED;
    }
  }

  private void element(Element element, Object value, FieldPath at, List<Finding> found) {
    checkAll(element.checks(), value, at, found);
    if (element.cascaded() && value != null) {
      walk(value, at, found);
    }
  }

  private static void checkAll(
      FieldCheck[] checks, Object value, FieldPath at, List<Finding> found) {
    for (FieldCheck check : checks) {
      if (!check.test(value)) {
        found.add(FieldRules.finding(check.descriptor(), at.toString(), value));
      }
    }
  }

  // ---- plans, built once per class from Hibernate Validator's metadata ----

  /**
   * Why the fast tier gives records of {@code type} back to Hibernate Validator, or null when it
   * checks them itself (for tests and for the curious).
   */
  String unsupported(Class<?> type) {
    return plans.get(type).reason();
  }

  private Plan plan(Class<?> type) {
    try {
      BeanDescriptor bean = metadata.getConstraintsForClass(type);
      if (!bean.getConstraintDescriptors().isEmpty()) {
        throw new NotPlanned(type.getName() + ": class-level constraints");
      }
      List<Property> properties = new ArrayList<>();
      for (PropertyDescriptor descriptor : bean.getConstrainedProperties()) {
        properties.add(property(type, descriptor));
      }
      return new Plan(null, properties.toArray(Property[]::new));
    } catch (NotPlanned e) {
      return new Plan(e.getMessage(), new Property[0]);
    }
  }

  private static Property property(Class<?> type, PropertyDescriptor descriptor) {
    String name = descriptor.getPropertyName();
    String where = type.getName() + "." + name;
    FieldCheck[] checks = checks(descriptor.getConstraintDescriptors(), type, where);
    MethodHandle getter = getter(type, name);
    if (getter == null) {
      throw new NotPlanned(where + ": no public accessor");
    }
    Class<?> valueType = getter.type().returnType();
    // Hibernate Validator unwraps an OptionalInt or OptionalLong by default: a constraint on one is
    // a constraint on its number, absent being null.
    boolean unwrap = valueType == OptionalInt.class || valueType == OptionalLong.class;
    if (checks.length > 0 && isOptional(valueType) && !unwrap) {
      throw new NotPlanned(where + ": a constraint on an optional itself");
    }
    List<Element> elements = new ArrayList<>();
    boolean elementsCascaded = false;
    for (ContainerElementTypeDescriptor e : descriptor.getConstrainedContainerElementTypes()) {
      Class<?> container = e.getContainerClass();
      int argument = e.getTypeArgumentIndex();
      boolean known =
          (container == Optional.class || container == List.class) && argument == 0
              || container == Map.class && argument <= 1;
      if (!known || !e.getConstrainedContainerElementTypes().isEmpty()) {
        throw new NotPlanned(where + ": container " + container.getName() + " #" + argument);
      }
      if (e.isCascaded() && container == Map.class && argument == 0) {
        throw new NotPlanned(where + ": cascading into map keys");
      }
      elementsCascaded |= e.isCascaded();
      elements.add(
          new Element(argument, checks(e.getConstraintDescriptors(), type, where), e.isCascaded()));
    }
    boolean cascaded = descriptor.isCascaded();
    if (cascaded && isContainer(valueType)) {
      // @Valid on a list or optional (or reported for its elements) cascades into its elements.
      if (!(Optional.class == valueType || List.class.isAssignableFrom(valueType))) {
        throw new NotPlanned(where + ": cascading into a " + valueType.getName());
      }
      if (!elementsCascaded) {
        elements.add(new Element(0, new FieldCheck[0], true));
      }
      cascaded = false;
    }
    MethodHandle generic = getter.asType(MethodType.methodType(Object.class, Object.class));
    return new Property(name, generic, unwrap, checks, cascaded, elements.toArray(Element[]::new));
  }

  /**
   * The checks of {@code descriptors}, each constraint once; a constraint not known ends the plan.
   */
  private static FieldCheck[] checks(
      Set<ConstraintDescriptor<?>> descriptors, Class<?> type, String where) {
    Set<Object> seen = new LinkedHashSet<>();
    List<FieldCheck> checks = new ArrayList<>();
    for (ConstraintDescriptor<?> descriptor : descriptors) {
      String constraint = descriptor.getAnnotation().annotationType().getSimpleName();
      if (!descriptor.getComposingConstraints().isEmpty()) {
        throw new NotPlanned(where + ": composed constraint " + constraint);
      }
      if (!inDefaultGroupOnly(descriptor, type)) {
        throw new NotPlanned(where + ": groups " + descriptor.getGroups() + " of " + constraint);
      }
      if (!seen.add(descriptor.getAnnotation())) {
        continue;
      }
      FieldCheck check = FieldCheck.of(descriptor);
      if (check == null) {
        throw new NotPlanned(where + ": constraint " + constraint);
      }
      checks.add(check);
    }
    return checks.toArray(FieldCheck[]::new);
  }

  /**
   * True when the constraint belongs to the default group and to no other, apart from the implicit
   * group of the type that declares it (an interface of the record's class): what a validation of
   * the default group checks.
   */
  private static boolean inDefaultGroupOnly(ConstraintDescriptor<?> descriptor, Class<?> type) {
    if (!descriptor.getGroups().contains(Default.class)) {
      return false;
    }
    for (Class<?> group : descriptor.getGroups()) {
      if (group != Default.class && !group.isAssignableFrom(type)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The accessor Hibernate Validator reads the property through ({@link AccessorProperties}), as a
   * handle: a public method of a public class or interface of the record's type.
   */
  private static MethodHandle getter(Class<?> type, String property) {
    for (String name : GETTERS.getGetterMethodNameCandidates(property)) {
      Method method = publicMethod(type, name);
      if (method != null) {
        try {
          return MethodHandles.publicLookup().unreflect(method);
        } catch (IllegalAccessException e) {
          throw new NotPlanned(type.getName() + "." + property + ": " + e.getMessage());
        }
      }
    }
    return null;
  }

  private static Method publicMethod(Class<?> type, String name) {
    if (type == null) {
      return null;
    }
    if (Modifier.isPublic(type.getModifiers())) {
      try {
        Method method = type.getMethod(name);
        if (Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
          return method;
        }
      } catch (NoSuchMethodException e) {
        // look in the supertypes
      }
    }
    for (Class<?> parent : type.getInterfaces()) {
      Method method = publicMethod(parent, name);
      if (method != null) {
        return method;
      }
    }
    return publicMethod(type.getSuperclass(), name);
  }

  private static boolean isOptional(Class<?> type) {
    return type == Optional.class
        || type == OptionalInt.class
        || type == OptionalLong.class
        || type == OptionalDouble.class;
  }

  private static boolean isContainer(Class<?> type) {
    return isOptional(type)
        || Iterable.class.isAssignableFrom(type)
        || Map.class.isAssignableFrom(type)
        || Collection.class.isAssignableFrom(type)
        || type.isArray();
  }

  /** A class's constrained properties, or the reason it is not supported (null when it is). */
  private record Plan(String reason, Property[] properties) {}

  /** Why a class cannot be planned; ends the planning of that class. */
  private static final class NotPlanned extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotPlanned(String reason) {
      super(reason, null, false, false);
    }
  }

  /** A constrained property: its accessor, own checks, cascade and container elements. */
  private record Property(
      String name,
      MethodHandle getter,
      boolean unwrap,
      FieldCheck[] checks,
      boolean cascaded,
      Element[] elements) {

    Object get(Object bean) {
      Object value;
      try {
        value = (Object) getter.invokeExact(bean);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
      if (!unwrap) {
        return value;
      }
      if (value instanceof OptionalInt number) {
        return number.isPresent() ? (Object) number.getAsInt() : null;
      }
      OptionalLong number = (OptionalLong) value;
      return number.isPresent() ? (Object) number.getAsLong() : null;
    }
  }

  /** The constrained element of a container: type argument 0 (or 1, the values of a map). */
  private record Element(int typeArgument, FieldCheck[] checks, boolean cascaded) {}

  /**
   * A field path as a chain, made into text only for a failed constraint: the property name, then a
   * list index or map key in brackets, as {@link FieldRules#fieldPath} writes Hibernate Validator's
   * paths.
   */
  private record FieldPath(FieldPath parent, String name, int index, Object key) {
    @Override
    public String toString() {
      StringBuilder out = new StringBuilder();
      append(out);
      return out.toString();
    }

    private void append(StringBuilder out) {
      if (parent != null) {
        parent.append(out);
        out.append('.');
      }
      out.append(name);
      if (index >= 0) {
        out.append('[').append(index).append(']');
      } else if (key != null) {
        out.append('[').append(key).append(']');
      }
    }
  }
}
