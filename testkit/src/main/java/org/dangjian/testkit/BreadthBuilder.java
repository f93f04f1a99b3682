package org.dangjian.testkit;

/**
 * Collects the dimensions of a {@link Breadth}: start with {@link Breadth#builder()} (every
 * dimension off) or {@link Breadth#toBuilder()}, set what you need, then {@link #build()}; counts
 * must not be negative. A builder of its own class (not a nested {@code Breadth.Builder}) only to
 * keep each class short.
 */
public final class BreadthBuilder {
  boolean massOrganizations;
  int jointBranches;
  int temporaryBranches;
  boolean partyGroups;
  boolean disciplineCommission;
  boolean committeeKinds;
  boolean everyActivityKind;
  int transfersIn;
  int transfersOut;
  int mobileMembers;
  int lostContact;
  int departures;
  int arrears;
  int pairings;
  int units;
  int instructors;
  int teams;
  int honors;
  boolean scoredRatings;
  boolean postHistory;
  boolean bulletin;

  BreadthBuilder() {}

  /** See {@link Breadth#massOrganizations()}. */
  public BreadthBuilder massOrganizations(boolean on) {
    this.massOrganizations = on;
    return this;
  }

  /** See {@link Breadth#jointBranches()}. */
  public BreadthBuilder jointBranches(int count) {
    this.jointBranches = count;
    return this;
  }

  /** See {@link Breadth#temporaryBranches()}. */
  public BreadthBuilder temporaryBranches(int count) {
    this.temporaryBranches = count;
    return this;
  }

  /** See {@link Breadth#partyGroups()}. */
  public BreadthBuilder partyGroups(boolean on) {
    this.partyGroups = on;
    return this;
  }

  /** See {@link Breadth#disciplineCommission()}. */
  public BreadthBuilder disciplineCommission(boolean on) {
    this.disciplineCommission = on;
    return this;
  }

  /** See {@link Breadth#committeeKinds()}. */
  public BreadthBuilder committeeKinds(boolean on) {
    this.committeeKinds = on;
    return this;
  }

  /** See {@link Breadth#everyActivityKind()}. */
  public BreadthBuilder everyActivityKind(boolean on) {
    this.everyActivityKind = on;
    return this;
  }

  /** See {@link Breadth#transfersIn()}. */
  public BreadthBuilder transfersIn(int count) {
    this.transfersIn = count;
    return this;
  }

  /** See {@link Breadth#transfersOut()}. */
  public BreadthBuilder transfersOut(int count) {
    this.transfersOut = count;
    return this;
  }

  /** See {@link Breadth#mobileMembers()}. */
  public BreadthBuilder mobileMembers(int count) {
    this.mobileMembers = count;
    return this;
  }

  /** See {@link Breadth#lostContact()}. */
  public BreadthBuilder lostContact(int count) {
    this.lostContact = count;
    return this;
  }

  /** See {@link Breadth#departures()}. */
  public BreadthBuilder departures(int count) {
    this.departures = count;
    return this;
  }

  /** See {@link Breadth#arrears()}. */
  public BreadthBuilder arrears(int count) {
    this.arrears = count;
    return this;
  }

  /** See {@link Breadth#pairings()}. */
  public BreadthBuilder pairings(int count) {
    this.pairings = count;
    return this;
  }

  /** See {@link Breadth#units()}. */
  public BreadthBuilder units(int count) {
    this.units = count;
    return this;
  }

  /** See {@link Breadth#instructors()}. */
  public BreadthBuilder instructors(int count) {
    this.instructors = count;
    return this;
  }

  /** See {@link Breadth#teams()}. */
  public BreadthBuilder teams(int count) {
    this.teams = count;
    return this;
  }

  /** See {@link Breadth#honors()}. */
  public BreadthBuilder honors(int count) {
    this.honors = count;
    return this;
  }

  /** See {@link Breadth#scoredRatings()}. */
  public BreadthBuilder scoredRatings(boolean on) {
    this.scoredRatings = on;
    return this;
  }

  /** See {@link Breadth#postHistory()}. */
  public BreadthBuilder postHistory(boolean on) {
    this.postHistory = on;
    return this;
  }

  /** See {@link Breadth#bulletin()}. */
  public BreadthBuilder bulletin(boolean on) {
    this.bulletin = on;
    return this;
  }

  BreadthBuilder copy() {
    BreadthBuilder b = new BreadthBuilder();
    b.massOrganizations = massOrganizations;
    b.jointBranches = jointBranches;
    b.temporaryBranches = temporaryBranches;
    b.partyGroups = partyGroups;
    b.disciplineCommission = disciplineCommission;
    b.committeeKinds = committeeKinds;
    b.everyActivityKind = everyActivityKind;
    b.transfersIn = transfersIn;
    b.transfersOut = transfersOut;
    b.mobileMembers = mobileMembers;
    b.lostContact = lostContact;
    b.departures = departures;
    b.arrears = arrears;
    b.pairings = pairings;
    b.units = units;
    b.instructors = instructors;
    b.teams = teams;
    b.honors = honors;
    b.scoredRatings = scoredRatings;
    b.postHistory = postHistory;
    b.bulletin = bulletin;
    return b;
  }

  /**
   * Builds the breadth.
   *
   * @throws IllegalArgumentException when a count is negative
   */
  public Breadth build() {
    int[] counts = {
      jointBranches,
      temporaryBranches,
      transfersIn,
      transfersOut,
      mobileMembers,
      lostContact,
      departures,
      arrears,
      pairings,
      units,
      instructors,
      teams,
      honors
    };
    for (int c : counts) {
      if (c < 0) {
        throw new IllegalArgumentException("breadth counts must not be negative: " + c);
      }
    }
    return new Breadth(this);
  }
}
