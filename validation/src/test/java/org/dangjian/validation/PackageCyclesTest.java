package org.dangjian.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages of validation's main sources depend on each other without a cycle. The graph comes
 * from the sources themselves: every import (static or not) and every qualified name {@code
 * org.dangjian.validation...Type} outside comments and literals. One kind of edge is left out on
 * purpose: the API package {@code org.dangjian.validation} is the facade of the engine, so it
 * creates the engine of the {@code internal} packages ({@code DangjianValidator} starts a {@code
 * Run}), while the engine reads the API's settings; every other dependency points one way. The rule
 * model ({@code rule}) depends on no other package of validation, and the report model ({@code
 * report}) only on the rule model.
 */
class PackageCyclesTest {

  private static final String ROOT = "org.dangjian.validation";
  private static final Path SOURCES =
      Path.of("src", "main", "java", "org", "dangjian", "validation");
  private static final Pattern PACKAGE = Pattern.compile("package\\s+([\\w.]+)\\s*;");
  private static final Pattern REFERENCE =
      Pattern.compile("\\borg\\.dangjian\\.validation((?:\\.[a-z_][a-z0-9_]*)*)\\.(?:[A-Z]|\\*)");

  /** For each package, the packages it uses, with a file that uses each. */
  private static final Map<String, Map<String, String>> GRAPH = new TreeMap<>();

  @BeforeAll
  static void readSources() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String code = codeOnly(Files.readString(file, StandardCharsets.UTF_8));
        Matcher declared = PACKAGE.matcher(code);
        assertThat(declared.find()).as(file.toString()).isTrue();
        String from = declared.group(1);
        Map<String, String> uses = GRAPH.computeIfAbsent(from, p -> new TreeMap<>());
        Matcher m = REFERENCE.matcher(code);
        while (m.find()) {
          String to = ROOT + m.group(1);
          if (!to.equals(from)) {
            uses.putIfAbsent(to, file.getFileName().toString());
          }
        }
      }
    }
  }

  @Test
  void theSourcesHaveTheExpectedPackages() {
    assertThat(GRAPH)
        .containsKeys(ROOT, ROOT + ".rule", ROOT + ".report", ROOT + ".internal")
        .containsKey(ROOT + ".internal.rules");
    assertThat(GRAPH.get(ROOT + ".internal")).containsKey(ROOT);
  }

  @Test
  void thereIsNoPackageCycle() {
    Map<String, Set<String>> edges = new TreeMap<>();
    GRAPH.forEach(
        (from, uses) -> {
          Set<String> to = new TreeSet<>(uses.keySet());
          if (from.equals(ROOT)) {
            to.removeIf(p -> p.startsWith(ROOT + ".internal"));
          }
          to.retainAll(GRAPH.keySet());
          edges.put(from, to);
        });
    List<String> cycles = new ArrayList<>();
    for (Set<String> component : stronglyConnected(edges)) {
      if (component.size() > 1) {
        StringBuilder cycle = new StringBuilder(component.toString()).append(':');
        for (String from : component) {
          for (String to : edges.get(from)) {
            if (component.contains(to)) {
              cycle.append(' ').append(from).append(" -> ").append(to);
              cycle.append(" (").append(GRAPH.get(from).get(to)).append(')');
            }
          }
        }
        cycles.add(cycle.toString());
      }
    }
    assertThat(cycles).isEmpty();
  }

  @Test
  void theRuleModelStandsAloneAndTheReportModelNeedsOnlyIt() {
    assertThat(GRAPH.get(ROOT + ".rule").keySet()).isEmpty();
    assertThat(GRAPH.get(ROOT + ".report").keySet()).containsOnly(ROOT + ".rule");
  }

  /** Tarjan's algorithm, iterative over the recursion of each root. */
  private static List<Set<String>> stronglyConnected(Map<String, Set<String>> edges) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new TreeSet<>();
    List<Set<String>> components = new ArrayList<>();
    for (String root : edges.keySet()) {
      if (!index.containsKey(root)) {
        connect(root, edges, index, low, stack, onStack, components);
      }
    }
    return components;
  }

  private static void connect(
      String node,
      Map<String, Set<String>> edges,
      Map<String, Integer> index,
      Map<String, Integer> low,
      Deque<String> stack,
      Set<String> onStack,
      List<Set<String>> components) {
    index.put(node, index.size());
    low.put(node, index.get(node));
    stack.push(node);
    onStack.add(node);
    for (String next : edges.getOrDefault(node, Set.of())) {
      if (!index.containsKey(next)) {
        connect(next, edges, index, low, stack, onStack, components);
        low.put(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.contains(next)) {
        low.put(node, Math.min(low.get(node), index.get(next)));
      }
    }
    if (low.get(node).equals(index.get(node))) {
      Set<String> component = new TreeSet<>();
      String member;
      do {
        member = stack.pop();
        onStack.remove(member);
        component.add(member);
      } while (!member.equals(node));
      components.add(component);
    }
  }

  /** The source without comments and without the contents of string and character literals. */
  static String codeOnly(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        i = source.indexOf('\n', i);
        i = i < 0 ? n : i;
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
        out.append(' ');
      } else if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3);
        i = end < 0 ? n : end + 3;
        out.append("\"\"");
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < n && source.charAt(j) != c) {
          j += source.charAt(j) == '\\' ? 2 : 1;
        }
        i = j + 1;
        out.append(c).append(c);
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
