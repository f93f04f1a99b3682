package org.dangjian.core.calendar;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.organization.Organization;

/** The ids of an organization and everything below it, by the dataset's parent links. */
final class Subtree {

  private Subtree() {}

  /** A test for "in the subtree of root"; everything passes without a root. */
  static Predicate<String> of(Dataset dataset, Optional<String> root) {
    if (root.isEmpty()) {
      return id -> true;
    }
    Map<String, List<String>> children = new HashMap<>();
    for (Organization org : dataset.organizations()) {
      org.parentId()
          .ifPresent(
              p -> children.computeIfAbsent(p, k -> new java.util.ArrayList<>()).add(org.id()));
    }
    Set<String> ids = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(root.get()));
    while (!todo.isEmpty()) {
      String id = todo.pop();
      if (ids.add(id)) {
        todo.addAll(children.getOrDefault(id, List.of()));
      }
    }
    return ids::contains;
  }
}
