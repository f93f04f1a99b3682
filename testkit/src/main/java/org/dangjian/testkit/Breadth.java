package org.dangjian.testkit;

/**
 * The breadth dimensions of a generated group, beyond the committees, general branches, branches,
 * members and six routine activity kinds every dataset has: which other organization kinds appear
 * (mass organizations linked to their party organization, joint and temporary branches, party
 * groups, discipline commissions, organ party committees and working committees), whether every
 * activity kind is held, how many members transferred in or out, are mobile, lost contact, left
 * (every departure kind in turn) or paid dues late, and how many pairing agreements, units with
 * their coverage, instructors and vanguard posts and teams there are, whether ratings carry the
 * scores of the bundled sample rating scheme, whether posts show the holders of the previous term,
 * and whether the dataset carries a bulletin reporting on it. {@link #none()} (the default of
 * {@link GeneratorSettings}) adds nothing, so the existing presets are unchanged; {@link
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

  private static final Breadth NONE = new BreadthBuilder().build();

  /** The dimensions, held in a builder of their own that nothing else can reach. */
  private final BreadthBuilder v;

  Breadth(BreadthBuilder b) {
    this.v = b.copy();
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
        .departures(Math.max(6, members * 13 / 1000))
        .arrears(Math.max(1, members / 100))
        .pairings(Math.max(1, branches / 10))
        .units(Math.max(4, branches / 4))
        .instructors(Math.max(1, branches / 25))
        .teams(Math.max(4, branches / 5))
        .honors(
            Math.max(org.dangjian.core.recognition.HonorLevel.values().length, members * 7 / 1000))
        .scoredRatings(true)
        .postHistory(true)
        .bulletin(true)
        .build();
  }

  /** Starts a builder with every dimension off. */
  public static BreadthBuilder builder() {
    return new BreadthBuilder();
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
    return v.massOrganizations;
  }

  /** Branches that are joint branches (联合党支部) of two to four units each. */
  public int jointBranches() {
    return v.jointBranches;
  }

  /** Temporary branches (临时党支部) of a project, whose members keep their home branch. */
  public int temporaryBranches() {
    return v.temporaryBranches;
  }

  /** Party groups (党小组) in every branch of 20 or more members, meeting monthly. */
  public boolean partyGroups() {
    return v.partyGroups;
  }

  /** A discipline commission (纪委) under the root committee. */
  public boolean disciplineCommission() {
    return v.disciplineCommission;
  }

  /** The first segment committee is an organ party committee (机关党委), the second a working one. */
  public boolean committeeKinds() {
    return v.committeeKinds;
  }

  /** Activities of every {@code ActivityKind}, beyond the six routine kinds. */
  public boolean everyActivityKind() {
    return v.everyActivityKind;
  }

  /** Members whose relation was transferred in from outside the dataset. */
  public int transfersIn() {
    return v.transfersIn;
  }

  /** Former members whose relation was transferred out of the dataset in the last year. */
  public int transfersOut() {
    return v.transfersOut;
  }

  /** Members away with a mobile member's card (流动党员) for a few months. */
  public int mobileMembers() {
    return v.mobileMembers;
  }

  /** Members out of contact (失联) for a short while. */
  public int lostContact() {
    return v.lostContact;
  }

  /** Former members who left, every {@code DepartureKind} in turn. */
  public int departures() {
    return v.departures;
  }

  /** Members who paid a few months of dues late, within the six months the rules allow. */
  public int arrears() {
    return v.arrears;
  }

  /** Pairing agreements (结对共建) between two branches and an outside party. */
  public int pairings() {
    return v.pairings;
  }

  /**
   * Units (单位) beyond the host companies, which get a unit each: joint-branch units, units covered
   * by an instructor and uncovered ones.
   */
  public int units() {
    return v.units;
  }

  /** Party-building instructors (党建指导员) appointed to organizations and units. */
  public int instructors() {
    return v.instructors;
  }

  /** Vanguard posts and teams (先锋岗、示范岗、突击队 …), every {@code TeamKind} in turn. */
  public int teams() {
    return v.teams;
  }

  /**
   * Honors beyond the basic group's few enterprise ones: to members and branches, every {@code
   * HonorLevel} in turn.
   */
  public int honors() {
    return v.honors;
  }

  /** Ratings carry the criterion scores of the bundled sample rating scheme. */
  public boolean scoredRatings() {
    return v.scoredRatings;
  }

  /** Posts of committees with a previous term show that term's holders as well. */
  public boolean postHistory() {
    return v.postHistory;
  }

  /** The dataset carries a bulletin of the as-of month that reports on it. */
  public boolean bulletin() {
    return v.bulletin;
  }

  /** A builder pre-filled with these dimensions. */
  public BreadthBuilder toBuilder() {
    return v.copy();
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
    Object[] values = {
      v.massOrganizations,
      v.jointBranches,
      v.temporaryBranches,
      v.partyGroups,
      v.disciplineCommission,
      v.committeeKinds,
      v.everyActivityKind,
      v.transfersIn,
      v.transfersOut,
      v.mobileMembers,
      v.lostContact,
      v.departures,
      v.arrears,
      v.pairings,
      v.units,
      v.instructors,
      v.teams,
      v.honors,
      v.scoredRatings,
      v.postHistory,
      v.bulletin
    };
    String[] names = {
      "massOrganizations",
      "jointBranches",
      "temporaryBranches",
      "partyGroups",
      "disciplineCommission",
      "committeeKinds",
      "everyActivityKind",
      "transfersIn",
      "transfersOut",
      "mobileMembers",
      "lostContact",
      "departures",
      "arrears",
      "pairings",
      "units",
      "instructors",
      "teams",
      "honors",
      "scoredRatings",
      "postHistory",
      "bulletin"
    };
    StringBuilder text = new StringBuilder("Breadth{");
    for (int i = 0; i < names.length; i++) {
      text.append(i == 0 ? "" : ", ").append(names[i]).append('=').append(values[i]);
    }
    return text.append('}').toString();
  }
}
