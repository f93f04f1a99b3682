package org.dangjian.io.internal.json;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaConversionException;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns the generated builders' and records' methods, found once by reflection, into plain
 * functional objects that the JIT compiles as direct calls ({@link LambdaMetafactory}, as the
 * compiler does for a method reference): decoding a record calls its builder once per field, and a
 * reflective {@link Method#invoke} per call costs more than reading the field. A method the
 * metafactory cannot bind (which does not happen for the public generated classes of core) falls
 * back to reflection with the same results.
 */
final class DirectCalls {

  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

  private DirectCalls() {}

  /** A static method without parameters, such as a generated {@code builder()}. */
  static Supplier<Object> factory(Method method) {
    if (!Modifier.isStatic(method.getModifiers()) || method.getParameterCount() != 0) {
      throw new IllegalArgumentException("not a static factory: " + method);
    }
    try {
      MethodHandle target = LOOKUP.unreflect(method);
      CallSite site =
          LambdaMetafactory.metafactory(
              LOOKUP,
              "get",
              MethodType.methodType(Supplier.class),
              MethodType.methodType(Object.class),
              target,
              MethodType.methodType(wrap(method.getReturnType())));
      @SuppressWarnings("unchecked")
      Supplier<Object> supplier = (Supplier<Object>) make(site);
      return supplier;
    } catch (IllegalAccessException | LambdaConversionException e) {
      return () -> invoke(method, null);
    }
  }

  /** An instance method without parameters: an accessor, or a builder's {@code build()}. */
  static Function<Object, Object> function(Method method) {
    if (Modifier.isStatic(method.getModifiers()) || method.getParameterCount() != 0) {
      throw new IllegalArgumentException("not an accessor: " + method);
    }
    try {
      MethodHandle target = LOOKUP.unreflect(method);
      CallSite site =
          LambdaMetafactory.metafactory(
              LOOKUP,
              "apply",
              MethodType.methodType(Function.class),
              MethodType.methodType(Object.class, Object.class),
              target,
              MethodType.methodType(wrap(method.getReturnType()), method.getDeclaringClass()));
      @SuppressWarnings("unchecked")
      Function<Object, Object> function = (Function<Object, Object>) make(site);
      return function;
    } catch (IllegalAccessException | LambdaConversionException e) {
      return target -> invoke(method, target);
    }
  }

  /** An instance method of one parameter whose result is dropped: a builder's setter. */
  static BiConsumer<Object, Object> consumer(Method method) {
    if (Modifier.isStatic(method.getModifiers()) || method.getParameterCount() != 1) {
      throw new IllegalArgumentException("not a setter: " + method);
    }
    try {
      MethodHandle target = LOOKUP.unreflect(method);
      CallSite site =
          LambdaMetafactory.metafactory(
              LOOKUP,
              "accept",
              MethodType.methodType(BiConsumer.class),
              MethodType.methodType(void.class, Object.class, Object.class),
              target,
              MethodType.methodType(
                  void.class, method.getDeclaringClass(), wrap(method.getParameterTypes()[0])));
      @SuppressWarnings("unchecked")
      BiConsumer<Object, Object> consumer = (BiConsumer<Object, Object>) make(site);
      return consumer;
    } catch (IllegalAccessException | LambdaConversionException e) {
      return (target, value) -> invoke(method, target, value);
    }
  }

  private static Object make(CallSite site) {
    try {
      return site.getTarget().invoke();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      // The target of a metafactory call site only returns a new instance: nothing is checked.
      throw new IllegalStateException(e);
    }
  }

  private static Class<?> wrap(Class<?> type) {
    return type.isPrimitive() ? MethodType.methodType(type).wrap().returnType() : type;
  }

  /** A reflective call that rethrows what the method threw, as a direct call would. */
  static Object invoke(Method method, Object target, Object... arguments) {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
