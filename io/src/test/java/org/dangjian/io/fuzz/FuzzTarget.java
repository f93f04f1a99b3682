package org.dangjian.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.File;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One {@code @FuzzTest} method of a module's tests: its class, its method, and where its seed
 * corpus (the regression inputs, {@code src/test/resources/<package>/<Class>Inputs/<method>/}) and
 * its working corpus ({@code .cifuzz-corpus/<class>/<method>/}, ignored by git) lie. {@link
 * #discover} finds every fuzz test among a module's compiled test classes, so that a new fuzz test
 * joins the campaign without any change to the build.
 *
 * @param className the fully qualified name of the test class
 * @param method the name of the fuzz test method
 */
public record FuzzTarget(String className, String method) {

  /** The target as {@code SimpleClass#method}. */
  public String name() {
    return className.substring(className.lastIndexOf('.') + 1) + "#" + method;
  }

  /** The committed seed corpus under the module's {@code basedir}. */
  public Path inputs(Path basedir) {
    int dot = className.lastIndexOf('.');
    String packagePath = dot < 0 ? "" : className.substring(0, dot).replace('.', '/');
    String simple = className.substring(dot + 1);
    return basedir
        .resolve("src/test/resources")
        .resolve(packagePath)
        .resolve(simple + "Inputs")
        .resolve(method);
  }

  /** The working corpus under the module's {@code basedir}, kept from one campaign to the next. */
  public Path workingCorpus(Path basedir) {
    return basedir.resolve(".cifuzz-corpus").resolve(className).resolve(method);
  }

  /**
   * Finds the fuzz tests among the classes compiled into {@code testClasses}: methods annotated
   * with {@link FuzzTest} or with an annotation that is itself so annotated, in class and method
   * name order.
   *
   * @param testClasses the test output directory of a module
   * @param filter which targets ({@link #name()}) to keep
   * @param loader the class loader that sees the test classes
   * @return the targets found
   * @throws IOException when the directory cannot be walked
   */
  public static List<FuzzTarget> discover(Path testClasses, Pattern filter, ClassLoader loader)
      throws IOException {
    List<FuzzTarget> targets = new ArrayList<>();
    if (!Files.isDirectory(testClasses)) {
      return targets;
    }
    List<Path> classFiles;
    try (Stream<Path> files = Files.walk(testClasses)) {
      classFiles = files.filter(p -> p.toString().endsWith(".class")).sorted().toList();
    }
    for (Path file : classFiles) {
      String relative = testClasses.relativize(file).toString();
      String className =
          relative
              .substring(0, relative.length() - ".class".length())
              .replace(File.separatorChar, '.');
      if (className.contains("$") || className.contains("-")) {
        continue;
      }
      Class<?> type;
      try {
        type = Class.forName(className, false, loader);
      } catch (ClassNotFoundException | LinkageError e) {
        continue;
      }
      for (Method method : type.getDeclaredMethods()) {
        FuzzTarget target = new FuzzTarget(className, method.getName());
        if (isFuzzTest(method) && filter.matcher(target.name()).find()) {
          targets.add(target);
        }
      }
    }
    targets.sort(Comparator.comparing(FuzzTarget::className).thenComparing(FuzzTarget::method));
    return targets;
  }

  private static boolean isFuzzTest(Method method) {
    if (method.isAnnotationPresent(FuzzTest.class)) {
      return true;
    }
    for (Annotation annotation : method.getAnnotations()) {
      if (annotation.annotationType().isAnnotationPresent(FuzzTest.class)) {
        return true;
      }
    }
    return false;
  }
}
