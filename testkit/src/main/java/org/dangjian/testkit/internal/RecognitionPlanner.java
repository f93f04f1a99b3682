package org.dangjian.testkit.internal;

/** Stub. */
final class RecognitionPlanner {
  private final Draft d;
  private final People people;

  RecognitionPlanner(Draft d, People people) {
    this.d = d;
    this.people = people;
  }

  void plan() {}
}
