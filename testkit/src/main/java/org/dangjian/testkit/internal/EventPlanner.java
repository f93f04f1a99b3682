package org.dangjian.testkit.internal;

/** Stub. */
final class EventPlanner {
  private final Draft d;

  EventPlanner(Draft d) {
    this.d = d;
  }

  void plan() {}
}
