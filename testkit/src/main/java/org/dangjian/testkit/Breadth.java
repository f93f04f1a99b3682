package org.dangjian.testkit;

import java.util.Locale;

/**
 * The breadth dimensions of a generated group, beyond the committees, general branches, branches,
 * members and six routine activity kinds every dataset has: which other organization kinds appear
 * (mass organizations linked to their party organization, joint and temporary branches, party
 * groups, discipline commissions, organ party committees and working committees), whether every
 * activity kind is held, how many members transferred in or out, are mobile, lost contact, left
 * (every departure kind in turn) or paid dues late, and how many pairing agreements, units with
 * their coverage, instructors and vanguard posts and teams there are, whether ratings carry the
 * scores of the bundled sample rating scheme, whether posts show the holders of the previous term,
 * and whether the dataset carries a bulletin reporting on it. {@link #none()} (the default of {@link
 * GeneratorSettings}) adds nothing, so the existing presets are unchanged; {@link
 * GeneratorSettings#everyKind(long, int)} switches everything on in realistic proportions. Build
 * one with {@link #builder()} or change one with {@link #toBuilder()}; the output stays valid under
 * every rule whatever the combination.
 *
 * <pre>{@code
 * Breadth b = Breadth.builder().massOrganizations(true).transfersIn(12).departures(6).build();
 * GeneratorSettings s = GeneratorSettings.proportional(7, 600).breadth(b).build();
 * }</pre>
 */
public final class Breadth {

  private static final Breadth NONE = new Builder().build();

  private final boolean massOrganizations;
  private final int jointBranches;
  private final int temporaryBranches;
  private final boolean partyGroups;
  private final boolean disciplineCommission;
  private final boolean committeeKinds;
  private final boolean everyActivityKind;
  private final int transfersIn;
  private final int transfersOut;
  private final int mobileMembers;
  private final int lostContact;
  private final int departures;
  private final int arrears;
  private final int pairings;
  private final int units;
  private final int instructors;
  private final int teams;
  private final int honors;
  private final boolean scoredRatings;
  private final boolean postHistory;
  private final boolean bulletin;

  private Breadth(Builder b) {
    this.massOrganizations = b.massOrganizations;
    this.jointBranches = b.jointBranches;
    this.temporaryBranches = b.temporaryBranches;
    this.partyGroups = b.partyGroups;
    this.disciplineCommission = b.disciplineCommission;
    this.committeeKinds = b.committeeKinds;
    this.everyActivityKind = b.everyActivityKind;
    this.transfersIn = b.transfersIn;
    this.transfersOut = b.transfersOut;
    this.mobileMembers = b.mobileMembers;
    this.lostContact = b.lostContact;
    this.departures = b.departures;
    this.arrears = b.arrears;
    this.pairings = b.pairings;
    this.units = b.units;
    this.instructors = b.instructors;
    this.teams = b.teams;
    this.honors = b.honors;
    this.scoredRatings = b.scoredRatings;
    this.postHistory = b.postHistory;
    this.bulletin = b.bulletin;
  }

  /** Nothing beyond the basic group: the default. */
  public static Breadth none() {
    return NONE;
  }

  /**
   * Every dimension on, in the proportions of docs/TESTING.md ("Every kind") for a group of {@code
   * members} Party members and {@code branches} branches.
   *
   * @param members the Party members of the group
   * @param branches the branches of the group
   * @return the breadth
   */
  public static Breadth everyKind(int members, int branches) {
    return builder()
        .massOrganizations(true)
        .jointBranches(Math.max(1, branches / 20))
        .temporaryBranches(Math.max(1, branches / 50))
        .partyGroups(true)
        .disciplineCommission(true)
        .committeeKinds(true)
        .everyActivityKind(true)
        .transfersIn(Math.max(1, members * 3 / 100))
        .transfersOut(Math.max(1, members * 2 / 100))
        .mobileMembers(Math.max(1, members * 2 / 100))
        .lostContact(Math.max(1, members / 1000))
        .departures(Math.max(6, members * 8 / 1000))
        .arrears(Math.max(1, members / 100))
        .pairings(Math.max(1, branches / 10))
        .units(Math.max(4, branches / 4))
        .instructors(Math.max(1, branches / 25))
        .teams(Math.max(4, branches / 5))
        .honors(Math.max(org.dangjian.core.recognition.HonorLevel.values().length, members / 100))
        .scoredRatings(true)
        .postHistory(true)
        .bulletin(true)
        .build();
  }

  /** Starts a builder with every dimension off. */
  public static Builder builder() {
    return new Builder();
  }

  /** True when some dimension is on. */
  public boolean any() {
    return !equals(NONE);
  }

  /**
   * A trade union and a youth league committee with a league branch under the root committee, a
   * union federation, and a trade union in every segment committee.
   */
  public boolean massOrganizations() {
    return massOrganizations;
  }

  /** Branches that are joint branches (联合党支部) of two to four units each. */
  public int jointBranches() {
    return jointBranches;
  }

  /** Temporary branches (临时党支部) of a project, whose members keep their home branch. */
  public int temporaryBranches() {
    return temporaryBranches;
  }

  /** Party groups (党小组) in every branch of 20 or more members, meeting monthly. */
  public boolean partyGroups() {
    return partyGroups;
  }

  /** A discipline commission (纪委) under the root committee. */
  public boolean disciplineCommission() {
    return disciplineCommission;
  }

  /** The first segment committee is an organ party committee (机关党委), the second a working one. */
  public boolean committeeKinds() {
    return committeeKinds;
  }

  /** Activities of every {@code ActivityKind}, beyond the six routine kinds. */
  public boolean everyActivityKind() {
    return everyActivityKind;
  }

  /** Members whose relation was transferred in from outside the dataset. */
  public int transfersIn() {
    return transfersIn;
  }

  /** Former members whose relation was transferred out of the dataset in the last year. */
  public int transfersOut() {
    return transfersOut;
  }

  /** Members away with a mobile member's card (流动党员) for a few months. */
  public int mobileMembers() {
    return mobileMembers;
  }

  /** Members out of contact (失联) for a short while. */
  public int lostContact() {
    return lostContact;
  }

  /** Former members who left, every {@code DepartureKind} in turn. */
  public int departures() {
    return departures;
  }

  /** Members who paid a few months of dues late, within the six months the rules allow. */
  public int arrears() {
    return arrears;
  }

  /** Pairing agreements (结对共建) between two branches and an outside party. */
  public int pairings() {
    return pairings;
  }

  /**
   * Units (单位) beyond the host companies, which get a unit each: joint-branch units, units
   * covered by an instructor and uncovered ones.
   */
  public int units() {
    return units;
  }

  /** Party-building instructors (党建指导员) appointed to organizations and units. */
  public int instructors() {
    return instructors;
  }

  /** Vanguard posts and teams (先锋岗、示范岗、突击队 …), every {@code TeamKind} in turn. */
  public int teams() {
    return teams;
  }

  /**
   * Honors beyond the basic group's few enterprise ones: to members and branches, every {@code
   * HonorLevel} in turn.
   */
  public int honors() {
    return honors;
  }

  /** Ratings carry the criterion scores of the bundled sample rating scheme. */
  public boolean scoredRatings() {
    return scoredRatings;
  }

  /** Posts of committees with a previous term show that term's holders as well. */
  public boolean postHistory() {
    return postHistory;
  }

  /** The dataset carries a bulletin of the as-of month that reports on it. */
  public boolean bulletin() {
    return bulletin;
  }

  /** A builder pre-filled with these dimensions. */
  public Builder toBuilder() {
    return new Builder()
        .massOrganizations(massOrganizations)
        .jointBranches(jointBranches)
        .temporaryBranches(temporaryBranches)
        .partyGroups(partyGroups)
        .disciplineCommission(disciplineCommission)
        .committeeKinds(committeeKinds)
        .everyActivityKind(everyActivityKind)
        .transfersIn(transfersIn)
        .transfersOut(transfersOut)
        .mobileMembers(mobileMembers)
        .lostContact(lostContact)
        .departures(departures)
        .arrears(arrears)
        .pairings(pairings)
        .units(units)
        .instructors(instructors)
        .teams(teams)
        .honors(honors)
        .scoredRatings(scoredRatings)
        .postHistory(postHistory)
        .bulletin(bulletin);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Breadth b && toString().equals(b.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "Breadth{mass=%b, joint=%d, temporary=%d, groups=%b, discipline=%b, committeeKinds=%b,"
            + " everyActivityKind=%b, transfersIn=%d, transfersOut=%d, mobile=%d, lostContact=%d,"
            + " departures=%d, arrears=%d, pairings=%d, units=%d, instructors=%d, teams=%d,"
            + " honors=%d, scoredRatings=%b, postHistory=%b, bulletin=%b}",
        massOrganizations,
        jointBranches,
        temporaryBranches,
        partyGroups,
        disciplineCommission,
        committeeKinds,
        everyActivityKind,
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
        honors,
        scoredRatings,
        postHistory,
        bulletin);
  }

  /** Collects the dimensions of a {@link Breadth}; counts must not be negative. */
  public static final class Builder {
    private boolean massOrganizations;
    private int jointBranches;
    private int temporaryBranches;
    private boolean partyGroups;
    private boolean disciplineCommission;
    private boolean committeeKinds;
    private boolean everyActivityKind;
    private int transfersIn;
    private int transfersOut;
    private int mobileMembers;
    private int lostContact;
    private int departures;
    private int arrears;
    private int pairings;
    private int units;
    private int instructors;
    private int teams;
    private int honors;
    private boolean scoredRatings;
    private boolean postHistory;
    private boolean bulletin;

    private Builder() {}

    /** See {@link Breadth#massOrganizations()}. */
    public Builder massOrganizations(boolean on) {
      this.massOrganizations = on;
      return this;
    }

    /** See {@link Breadth#jointBranches()}; at most the branches of the group. */
    public Builder jointBranches(int count) {
      this.jointBranches = count;
      return this;
    }

    /** See {@link Breadth#temporaryBranches()}. */
    public Builder temporaryBranches(int count) {
      this.temporaryBranches = count;
      return this;
    }

    /** See {@link Breadth#partyGroups()}. */
    public Builder partyGroups(boolean on) {
      this.partyGroups = on;
      return this;
    }

    /** See {@link Breadth#disciplineCommission()}. */
    public Builder disciplineCommission(boolean on) {
      this.disciplineCommission = on;
      return this;
    }

    /** See {@link Breadth#committeeKinds()}; needs three committees or more to show. */
    public Builder committeeKinds(boolean on) {
      this.committeeKinds = on;
      return this;
    }

    /** See {@link Breadth#everyActivityKind()}; needs activities switched on. */
    public Builder everyActivityKind(boolean on) {
      this.everyActivityKind = on;
      return this;
    }

    /** See {@link Breadth#transfersIn()}. */
    public Builder transfersIn(int count) {
      this.transfersIn = count;
      return this;
    }

    /** See {@link Breadth#transfersOut()}. */
    public Builder transfersOut(int count) {
      this.transfersOut = count;
      return this;
    }

    /** See {@link Breadth#mobileMembers()}. */
    public Builder mobileMembers(int count) {
      this.mobileMembers = count;
      return this;
    }

    /** See {@link Breadth#lostContact()}. */
    public Builder lostContact(int count) {
      this.lostContact = count;
      return this;
    }

    /** See {@link Breadth#departures()}. */
    public Builder departures(int count) {
      this.departures = count;
      return this;
    }

    /** See {@link Breadth#arrears()}. */
    public Builder arrears(int count) {
      this.arrears = count;
      return this;
    }

    /** See {@link Breadth#pairings()}. */
    public Builder pairings(int count) {
      this.pairings = count;
      return this;
    }

    /** See {@link Breadth#units()}. */
    public Builder units(int count) {
      this.units = count;
      return this;
    }

    /** See {@link Breadth#instructors()}. */
    public Builder instructors(int count) {
      this.instructors = count;
      return this;
    }

    /** See {@link Breadth#teams()}. */
    public Builder teams(int count) {
      this.teams = count;
      return this;
    }

    /** See {@link Breadth#honors()}. */
    public Builder honors(int count) {
      this.honors = count;
      return this;
    }

    /** See {@link Breadth#scoredRatings()}. */
    public Builder scoredRatings(boolean on) {
      this.scoredRatings = on;
      return this;
    }

    /** See {@link Breadth#postHistory()}. */
    public Builder postHistory(boolean on) {
      this.postHistory = on;
      return this;
    }

    /** See {@link Breadth#bulletin()}. */
    public Builder bulletin(boolean on) {
      this.bulletin = on;
      return this;
    }

    /**
     * Builds the breadth.
     *
     * @throws IllegalArgumentException when a count is negative
     */
    public Breadth build() {
      int[] counts = {
        jointBranches, temporaryBranches, transfersIn, transfersOut, mobileMembers, lostContact,
        departures, arrears, pairings, units, instructors, teams, honors
      };
      for (int c : counts) {
        if (c < 0) {
          throw new IllegalArgumentException("breadth counts must not be negative: " + c);
        }
      }
      return new Breadth(this);
    }
  }
}
