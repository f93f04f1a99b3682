package org.dangjian.io.internal.json;

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
 * functional objects over {@link MethodHandle}s: decoding a record calls its builder once per
 * field, and a reflective {@link Method#invoke} per call costs more than reading the field. Each
 * object calls its method handle with {@code invokeExact}, adapted once to an erased type ({@code
 * (Object)Object}, {@code (Object,Object)void}), so every attribute shares the same few lambda
 * forms: no class is spun per method. (Binding each method through {@code LambdaMetafactory}
 * instead made one hidden class per attribute, about 540 for the exchange format, and the class
 * spinning and the compilation of those classes cost more CPU at start-up than a whole small file's
 * validation, see docs/BENCHMARKS.md.) A method that cannot be unreflected (which does not happen
 * for the public generated classes of core) falls back to reflection with the same results.
 */
final class DirectCalls {

  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

  private static final MethodType SUPPLIER = MethodType.methodType(Object.class);

  private static final MethodType FUNCTION = MethodType.methodType(Object.class, Object.class);

  private static final MethodType CONSUMER =
      MethodType.methodType(void.class, Object.class, Object.class);

  private DirectCalls() {}

  /** A static method without parameters, such as a generated {@code builder()}. */
  static Supplier<Object> factory(Method method) {
    if (!Modifier.isStatic(method.getModifiers()) || method.getParameterCount() != 0) {
      throw new IllegalArgumentException("not a static factory: " + method);
    }
    MethodHandle handle = handle(method, SUPPLIER);
    if (handle == null) {
      return () -> invoke(method, null);
    }
    return () -> {
      try {
        return (Object) handle.invokeExact();
      } catch (Throwable e) {
        throw rethrown(e);
      }
    };
  }

  /** An instance method without parameters: an accessor, or a builder's {@code build()}. */
  static Function<Object, Object> function(Method method) {
    if (Modifier.isStatic(method.getModifiers()) || method.getParameterCount() != 0) {
      throw new IllegalArgumentException("not an accessor: " + method);
    }
    MethodHandle handle = handle(method, FUNCTION);
    if (handle == null) {
      return target -> invoke(method, target);
    }
    return target -> {
      try {
        return (Object) handle.invokeExact(target);
      } catch (Throwable e) {
        throw rethrown(e);
      }
    };
  }

  /** An instance method of one parameter whose result is dropped: a builder's setter. */
  static BiConsumer<Object, Object> consumer(Method method) {
    if (Modifier.isStatic(method.getModifiers()) || method.getParameterCount() != 1) {
      throw new IllegalArgumentException("not a setter: " + method);
    }
    MethodHandle handle = handle(method, CONSUMER);
    if (handle == null) {
      return (target, value) -> invoke(method, target, value);
    }
    return (target, value) -> {
      try {
        handle.invokeExact(target, value);
      } catch (Throwable e) {
        throw rethrown(e);
      }
    };
  }

  /**
   * The handle of {@code method} adapted to {@code type} (casts of the receiver and parameter,
   * boxing and unboxing, a dropped result), or null when the method cannot be unreflected.
   */
  private static MethodHandle handle(Method method, MethodType type) {
    try {
      return LOOKUP.unreflect(method).asType(type);
    } catch (IllegalAccessException e) {
      return null;
    }
  }

  /** What a handle threw, as a direct call would have thrown it. */
  private static RuntimeException rethrown(Throwable e) {
    if (e instanceof RuntimeException runtime) {
      return runtime;
    }
    if (e instanceof Error error) {
      throw error;
    }
    // The generated methods declare no checked exception.
    return new IllegalStateException(e);
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
