package org.dangjian.validation.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.validation.internal.rules.StructureIndex.Slot;

/**
 * The organization tree of a {@link StructureIndex} once the stream has ended: parents that were
 * seen, cycles, the unit type, ownership and employee count each organization inherits from the
 * nearest one with a host unit, and the Party members of each subtree on the reference date. Works
 * on the slots in place; keeps nothing.
 */
final class SlotTree {

  private SlotTree() {}

  /**
   * Resolves the tree of {@code slots} once the stream ended: parents, cycles, the unit type,
   * ownership and employee count inherited from the nearest organization with a host unit, and the
   * members of each subtree on {@code asOf}.
   */
  static void resolve(List<Slot> slots, LocalDate asOf) {
    for (Slot s : slots) {
      if (!s.seen || s.parentSlot < 0) {
        continue;
      }
      if (slots.get(s.parentSlot).seen) {
        s.parent = s.parentSlot;
      } else {
        s.danglingParent = true;
      }
    }
    markCycles(slots);
    for (Slot s : slots) {
      if (!s.seen) {
        continue;
      }
      Slot at = s;
      for (int guard = 0; at != null && guard <= slots.size(); guard++) {
        if (at.ownUnitType != null) {
          s.unitType = at.ownUnitType;
          s.ownership = at.ownOwnership;
          s.employees = at.ownEmployees;
          break;
        }
        at = at.parent >= 0 ? slots.get(at.parent) : null;
      }
    }
    for (Slot s : slots) {
      if (!s.existsOn(asOf) || (s.fullAsOf == 0 && s.probationaryAsOf == 0)) {
        continue;
      }
      Slot at = s;
      for (int guard = 0; at != null && at.existsOn(asOf) && guard <= slots.size(); guard++) {
        at.subtreeFull += s.fullAsOf;
        at.subtreeProbationary += s.probationaryAsOf;
        at = at.parent >= 0 && !at.inCycle ? slots.get(at.parent) : null;
      }
    }
  }

  private static void markCycles(List<Slot> slots) {
    int[] state = new int[slots.size()];
    for (Slot start : slots) {
      if (!start.seen || state[start.id] != 0) {
        continue;
      }
      List<Slot> path = new ArrayList<>();
      Slot at = start;
      while (at != null && state[at.id] == 0) {
        state[at.id] = 1;
        path.add(at);
        at = at.parent >= 0 ? slots.get(at.parent) : null;
      }
      if (at != null && state[at.id] == 1) {
        for (int i = path.indexOf(at); i < path.size(); i++) {
          path.get(i).inCycle = true;
        }
      }
      for (Slot s : path) {
        state[s.id] = 2;
      }
    }
  }

  /** The chain of a cycle among {@code slots} starting at {@code slot}, ids in parent order. */
  static List<Slot> cycleFrom(List<Slot> slots, Slot slot) {
    List<Slot> chain = new ArrayList<>();
    Slot at = slot;
    do {
      chain.add(at);
      at = slots.get(at.parent);
    } while (at != slot && chain.size() <= slots.size());
    return chain;
  }
}
