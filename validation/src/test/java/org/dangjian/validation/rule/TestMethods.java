package org.dangjian.validation.rule;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dangjian.validation.internal.ReportAudit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs plain JUnit test methods of this module by reflection and tells which rules they report:
 * enough of JUnit's life cycle for the rule tests here ({@code @BeforeAll} and {@code @BeforeEach}
 * methods without parameters, a new instance per test), nothing more: a method with parameters, or
 * of a class with fields or methods that JUnit would inject, is refused. Used by {@link
 * CatalogueCoverageTest} to check that the test named for a rule really fails it.
 */
final class TestMethods {

  private final Set<Class<?>> prepared = new HashSet<>();

  /**
   * The codes of the rules reported while the test {@code Class#method} (the class name relative to
   * {@code org.dangjian.validation}) runs.
   */
  Set<String> reportedBy(String test) throws ReflectiveOperationException {
    int hash = test.indexOf('#');
    Class<?> type = Class.forName("org.dangjian.validation." + test.substring(0, hash));
    String name = test.substring(hash + 1);
    List<Method> named =
        Arrays.stream(type.getDeclaredMethods()).filter(m -> m.getName().equals(name)).toList();
    if (named.size() != 1) {
      throw new NoSuchMethodException(test + ": " + named.size() + " methods of that name");
    }
    Method method = named.get(0);
    List<Object[]> rows = arguments(method);
    Set<String> codes = new TreeSet<>();
    try (ReportAudit.Listening ignored = ReportAudit.listen(rule -> codes.add(rule.code()))) {
      for (Object[] row : rows) {
        run(type, method, row);
      }
    }
    return codes;
  }

  private static List<Object[]> arguments(Method method) {
    if (method.isAnnotationPresent(Test.class) && method.getParameterCount() == 0) {
      return List.<Object[]>of(new Object[0]);
    }
    if (!method.isAnnotationPresent(ParameterizedTest.class)) {
      throw new IllegalArgumentException(method + " is not a test");
    }
    List<List<String>> texts = new ArrayList<>();
    CsvSource csv = method.getAnnotation(CsvSource.class);
    ValueSource values = method.getAnnotation(ValueSource.class);
    EnumSource enums = method.getAnnotation(EnumSource.class);
    if (csv != null) {
      for (String line : csv.value()) {
        texts.add(csvRow(line));
      }
    } else if (values != null) {
      Arrays.stream(values.strings()).forEach(v -> texts.add(List.of(v)));
      Arrays.stream(values.ints()).forEach(v -> texts.add(List.of(Integer.toString(v))));
      Arrays.stream(values.longs()).forEach(v -> texts.add(List.of(Long.toString(v))));
    } else if (enums != null) {
      Set<String> names = Set.of(enums.names());
      for (Object constant : method.getParameterTypes()[0].getEnumConstants()) {
        String name = ((Enum<?>) constant).name();
        boolean named = names.isEmpty() || names.contains(name);
        if (named == (enums.mode() != EnumSource.Mode.EXCLUDE)) {
          texts.add(List.of(name));
        }
      }
    } else {
      throw new IllegalArgumentException(method + " has a source of arguments not supported here");
    }
    List<Object[]> rows = new ArrayList<>();
    for (List<String> row : texts) {
      Class<?>[] types = method.getParameterTypes();
      if (row.size() != types.length) {
        throw new IllegalArgumentException(method + ": a row of " + row.size() + " arguments");
      }
      Object[] converted = new Object[types.length];
      for (int i = 0; i < types.length; i++) {
        converted[i] = convert(row.get(i), types[i], method);
      }
      rows.add(converted);
    }
    return rows;
  }

  /** A line of a {@code @CsvSource}: comma-separated, trimmed, {@code 'quoted'} where needed. */
  private static List<String> csvRow(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString().trim());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString().trim());
    return cells;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object convert(String text, Class<?> type, Method method) {
    if (type == String.class) {
      return text;
    } else if (type == int.class) {
      return Integer.parseInt(text);
    } else if (type == long.class) {
      return Long.parseLong(text);
    } else if (type == boolean.class) {
      return Boolean.parseBoolean(text);
    } else if (type.isEnum()) {
      return Enum.valueOf((Class<? extends Enum>) type, text);
    }
    throw new IllegalArgumentException(method + ": an argument of " + type + " is not supported");
  }

  private void run(Class<?> type, Method method, Object[] row) throws ReflectiveOperationException {
    if (prepared.add(type)) {
      for (Method m : type.getDeclaredMethods()) {
        if (m.isAnnotationPresent(BeforeAll.class)) {
          invoke(null, m);
        }
      }
    }
    Constructor<?> constructor = type.getDeclaredConstructor();
    constructor.setAccessible(true);
    Object instance = constructor.newInstance();
    for (Method m : type.getDeclaredMethods()) {
      if (m.isAnnotationPresent(BeforeEach.class)) {
        invoke(instance, m);
      }
    }
    invoke(instance, method, row);
  }

  private static void invoke(Object instance, Method method, Object... row)
      throws ReflectiveOperationException {
    if (method.getParameterCount() != row.length
        || Modifier.isStatic(method.getModifiers()) != (instance == null)) {
      throw new IllegalArgumentException(method + " cannot be run without JUnit");
    }
    method.setAccessible(true);
    try {
      method.invoke(instance, row);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(method + " failed", e.getCause());
    }
  }
}
