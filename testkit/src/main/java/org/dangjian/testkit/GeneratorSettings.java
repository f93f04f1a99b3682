package org.dangjian.testkit;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.dangjian.core.points.PointsPolicy;

/**
 * The settings of {@link DatasetGenerator}: the seed, the shape of the organization tree (how many
 * party committees, including the root group committee, general branches and branches), how many
 * Party members and how many of them probationary, the employee count of the root's host unit, the
 * reference date on which the dataset is valid, how many people are in the development pipeline
 * (applicants, activists, development targets; never counted as members) and whether a year of
 * activities is generated, plus the {@link Breadth} of further organization, activity and record
 * kinds (none by default; all of them with {@link #everyKind}). Instances are immutable and built
 * with {@link #builder()}; {@link Builder#build()} rejects impossible combinations with a clear
 * {@link IllegalArgumentException}.
 *
 * <pre>{@code
 * GeneratorSettings s = GeneratorSettings.builder().seed(62).committees(16).generalBranches(4)
 *     .branches(114).members(3096).probationary(197).employees(30960).build();
 * }</pre>
 */
public final class GeneratorSettings {

  /** The default reference date, the end of January 2024 (the date of bulletin issue 62). */
  public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2024, 1, 31);

  /** Full members every branch needs at least (Party Constitution Art. 30, ORG-001). */
  public static final int MIN_FULL_MEMBERS_PER_BRANCH = 3;

  private final long seed;
  private final int committees;
  private final int generalBranches;
  private final int branches;
  private final int members;
  private final int probationary;
  private final OptionalInt employees;
  private final LocalDate asOf;
  private final int applicants;
  private final int activists;
  private final int developmentTargets;
  private final boolean activities;
  private final Optional<PointsPolicy> pointsPolicy;
  private final Breadth breadth;

  private GeneratorSettings(Builder b) {
    this.seed = b.seed;
    this.committees = b.committees;
    this.generalBranches = b.generalBranches;
    this.branches = b.branches;
    this.members = b.members;
    this.probationary = b.probationary;
    this.employees = b.employees;
    this.asOf = b.asOf;
    this.applicants = b.applicants;
    this.activists = b.activists;
    this.developmentTargets = b.developmentTargets;
    this.activities = b.activities;
    this.pointsPolicy = b.pointsPolicy;
    this.breadth = b.breadth;
  }

  /**
   * A builder preset to a group of {@code members} Party members with the proportions of the
   * January 2024 bulletin (docs/DOMAIN.md, "Bulletins"): a branch per 27 members, a committee per 7
   * branches, a general branch per 28 branches, 6.4% probationary, ten employees per member, and a
   * pipeline of 1% applicants, 1% activists and 0.5% development targets. Branches then stay under
   * the 50 members of ORG-002, so the result is valid under every rule.
   *
   * @param seed the random seed
   * @param members the number of Party members, at least 27
   */
  public static Builder proportional(long seed, int members) {
    if (members < 27) {
      throw new IllegalArgumentException("a proportional group needs at least 27 members");
    }
    int branches = members / 27;
    return builder()
        .seed(seed)
        .committees(Math.max(1, branches / 7))
        .generalBranches(branches / 28)
        .branches(branches)
        .members(members)
        .probationary(members * 64 / 1000)
        .employees(members * 10)
        .applicants(members / 100)
        .activists(members / 100)
        .developmentTargets(members / 200);
  }

  /**
   * A builder preset to the {@link #proportional} group of {@code members} with every breadth
   * dimension on ({@link Breadth#everyKind}): every organization kind, every activity kind and
   * every record kind, transfers, mobile members, departures of every kind, pairings, units,
   * instructors, teams, scored ratings, a bulletin and the sample points ledger ({@code
   * PointsPolicy.sample()}); valid under every rule. docs/TESTING.md ("Every kind") gives the
   * proportions and their sources.
   *
   * @param seed the random seed
   * @param members the number of Party members, at least 150 (three committees and a general branch
   *     of 50 members or more each)
   */
  public static Builder everyKind(long seed, int members) {
    if (members < 150) {
      throw new IllegalArgumentException("an every-kind group needs at least 150 members");
    }
    Builder b = proportional(seed, members);
    return b.committees(Math.max(3, b.committees))
        .generalBranches(Math.max(1, b.generalBranches))
        .breadth(Breadth.everyKind(members, b.branches))
        .pointsPolicy(PointsPolicy.sample());
  }

  /** Starts a builder with small defaults: 1 committee, 3 branches, 30 members, 3 probationary. */
  public static Builder builder() {
    return new Builder();
  }

  /** The seed of the random generator; the same settings always give the same dataset. */
  public long seed() {
    return seed;
  }

  /** Party committees (基层党委), including the root group committee. */
  public int committees() {
    return committees;
  }

  /** General branches (党总支). */
  public int generalBranches() {
    return generalBranches;
  }

  /** Branches (党支部). */
  public int branches() {
    return branches;
  }

  /** Party members, full plus probationary. */
  public int members() {
    return members;
  }

  /** Probationary members among {@link #members()}. */
  public int probationary() {
    return probationary;
  }

  /** Full members: {@link #members()} minus {@link #probationary()}. */
  public int fullMembers() {
    return members - probationary;
  }

  /** The employee count of the root's host unit, when set. */
  public OptionalInt employees() {
    return employees;
  }

  /** The reference date on which the generated dataset is valid. */
  public LocalDate asOf() {
    return asOf;
  }

  /** Applicants (入党申请人) in the pipeline; not members. */
  public int applicants() {
    return applicants;
  }

  /** Activists (入党积极分子) in the pipeline; not members. */
  public int activists() {
    return activists;
  }

  /** Development targets (发展对象) in the pipeline; not members. */
  public int developmentTargets() {
    return developmentTargets;
  }

  /** Everyone in the pipeline. */
  public int pipeline() {
    return applicants + activists + developmentTargets;
  }

  /** Whether a year of organizational-life activities is generated. */
  public boolean activities() {
    return activities;
  }

  /**
   * The points scheme under which a points ledger is generated, when set: the activities then list
   * those present, and the entries they and the members' honors earn over the year of activities
   * are derived with {@code PointsLedger.derive}. Empty by default.
   */
  public Optional<PointsPolicy> pointsPolicy() {
    return pointsPolicy;
  }

  /** The breadth dimensions beyond the basic group; {@link Breadth#none()} by default. */
  public Breadth breadth() {
    return breadth;
  }

  /** A builder pre-filled with these settings. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.seed = seed;
    b.committees = committees;
    b.generalBranches = generalBranches;
    b.branches = branches;
    b.members = members;
    b.probationary = probationary;
    b.employees = employees;
    b.asOf = asOf;
    b.applicants = applicants;
    b.activists = activists;
    b.developmentTargets = developmentTargets;
    b.activities = activities;
    b.pointsPolicy = pointsPolicy;
    b.breadth = breadth;
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GeneratorSettings s
        && seed == s.seed
        && committees == s.committees
        && generalBranches == s.generalBranches
        && branches == s.branches
        && members == s.members
        && probationary == s.probationary
        && employees.equals(s.employees)
        && asOf.equals(s.asOf)
        && applicants == s.applicants
        && activists == s.activists
        && developmentTargets == s.developmentTargets
        && activities == s.activities
        && pointsPolicy.equals(s.pointsPolicy)
        && breadth.equals(s.breadth);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        seed,
        committees,
        generalBranches,
        branches,
        members,
        probationary,
        employees,
        asOf,
        applicants,
        activists,
        developmentTargets,
        activities,
        pointsPolicy,
        breadth);
  }

  @Override
  public String toString() {
    return "GeneratorSettings{seed="
        + seed
        + ", committees="
        + committees
        + ", generalBranches="
        + generalBranches
        + ", branches="
        + branches
        + ", members="
        + members
        + ", probationary="
        + probationary
        + ", employees="
        + employees
        + ", asOf="
        + asOf
        + ", pipeline="
        + applicants
        + "/"
        + activists
        + "/"
        + developmentTargets
        + ", activities="
        + activities
        + pointsPolicy.map(p -> ", pointsPolicy=" + p.name()).orElse("")
        + (breadth.any() ? ", " + breadth : "")
        + "}";
  }

  /** Collects and validates the settings of a {@link GeneratorSettings}. */
  public static final class Builder {
    private long seed = 1L;
    private int committees = 1;
    private int generalBranches;
    private int branches = 3;
    private int members = 30;
    private int probationary = 3;
    private OptionalInt employees = OptionalInt.empty();
    private LocalDate asOf = DEFAULT_AS_OF;
    private int applicants;
    private int activists;
    private int developmentTargets;
    private boolean activities = true;
    private Optional<PointsPolicy> pointsPolicy = Optional.empty();
    private Breadth breadth = Breadth.none();

    private Builder() {}

    /** Sets the seed. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Sets the number of party committees, the root group committee included; at least 1. */
    public Builder committees(int committees) {
      this.committees = committees;
      return this;
    }

    /** Sets the number of general branches; at least 0. */
    public Builder generalBranches(int generalBranches) {
      this.generalBranches = generalBranches;
      return this;
    }

    /** Sets the number of branches; at least 1. */
    public Builder branches(int branches) {
      this.branches = branches;
      return this;
    }

    /** Sets the number of Party members (full plus probationary). */
    public Builder members(int members) {
      this.members = members;
      return this;
    }

    /** Sets how many of the members are probationary. */
    public Builder probationary(int probationary) {
      this.probationary = probationary;
      return this;
    }

    /** Sets the employee count of the root's host unit. */
    public Builder employees(int employees) {
      this.employees = OptionalInt.of(employees);
      return this;
    }

    /** Sets or clears the employee count of the root's host unit. */
    public Builder employees(OptionalInt employees) {
      this.employees = Objects.requireNonNull(employees, "employees");
      return this;
    }

    /** Sets the reference date on which the dataset is valid. */
    public Builder asOf(LocalDate asOf) {
      this.asOf = Objects.requireNonNull(asOf, "asOf");
      return this;
    }

    /** Sets the number of applicants in the pipeline. */
    public Builder applicants(int applicants) {
      this.applicants = applicants;
      return this;
    }

    /** Sets the number of activists in the pipeline. */
    public Builder activists(int activists) {
      this.activists = activists;
      return this;
    }

    /** Sets the number of development targets in the pipeline. */
    public Builder developmentTargets(int developmentTargets) {
      this.developmentTargets = developmentTargets;
      return this;
    }

    /** Switches the generation of activities on or off. */
    public Builder activities(boolean activities) {
      this.activities = activities;
      return this;
    }

    /**
     * Generates a points ledger under {@code policy}, with lists of those present at every
     * activity.
     */
    public Builder pointsPolicy(PointsPolicy policy) {
      this.pointsPolicy = Optional.of(policy);
      return this;
    }

    /** Sets the breadth dimensions beyond the basic group (see {@link Breadth}). */
    public Builder breadth(Breadth breadth) {
      this.breadth = Objects.requireNonNull(breadth, "breadth");
      return this;
    }

    /**
     * Validates and builds the settings.
     *
     * @throws IllegalArgumentException when a count is negative, there is no committee or branch,
     *     the probationary members exceed the members, or the full members cannot give every branch
     *     3
     */
    public GeneratorSettings build() {
      GeneratorSettings settings = new GeneratorSettings(this);
      SettingsCheck.check(settings);
      return settings;
    }
  }
}
