package org.dangjian.core.statistics;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.code.EducationBand;
import org.dangjian.core.code.Gender;
import org.dangjian.core.code.Occupation;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.StatisticalClass;

/**
 * The membership and organization figures of {@link PartyStatistics} as a running tally on one
 * date, for data that arrives in parts (a stream too large to hold, the partitions of a cluster
 * job): each part is counted into its own tally, and {@link #merge} adds one tally to another.
 * Merging is associative and commutative, so parts may be counted anywhere and merged in any
 * grouping and order; the figures of the merged tally equal those {@link PartyStatistics#members}
 * and {@link PartyStatistics#organizations} give for the view of all parts on the same date ({@code
 * PartyStatistics} itself counts with this class). A tally is small (a few dozen counters) and
 * serializable; it is not thread-safe.
 *
 * <pre>{@code
 * StatisticsTally part = StatisticsTally.on(LocalDate.of(2024, 1, 31));
 * members.forEach(part::member);
 * MemberStatistics figures = part.merge(otherPart).members();
 * }</pre>
 */
public final class StatisticsTally implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final MemberStage[] STAGES = MemberStage.values();
  private static final EducationBand[] BANDS = EducationBand.values();
  private static final AgeBand[] AGES = AgeBand.values();
  private static final JoiningEra[] ERAS = JoiningEra.values();
  private static final Occupation[] OCCUPATIONS = Occupation.values();
  private static final OrganizationKind[] KINDS = OrganizationKind.values();

  private final LocalDate date;
  private final long[] byStage = new long[STAGES.length];
  private final long[] byBand = new long[BANDS.length];
  private final long[] byAge = new long[AGES.length];
  private final long[] byEra = new long[ERAS.length];
  private final long[] byOccupation = new long[OCCUPATIONS.length];
  private final long[] byKind = new long[KINDS.length];
  private long total;
  private long women;
  private long minorities;
  private long unknownEthnicity;
  private long college;
  private long unknownEducation;
  private long unknownEra;
  private long unknownOccupation;
  private long committees;
  private long generalBranches;
  private long branches;

  private StatisticsTally(LocalDate date) {
    this.date = Objects.requireNonNull(date, "date");
  }

  /** An empty tally on {@code date}: the identity of {@link #merge}. */
  public static StatisticsTally on(LocalDate date) {
    return new StatisticsTally(date);
  }

  /** The date the figures are taken on (ages, stages, who is placed, which organizations exist). */
  public LocalDate date() {
    return date;
  }

  /**
   * Counts {@code member} if the view on the date places them: a stage and a home organization on
   * the date ({@code DatasetView.people()}); otherwise the tally is unchanged.
   */
  public void member(Member member) {
    Optional<MemberStage> stage = member.stageOn(date);
    if (stage.isPresent() && member.organizationOn(date).isPresent()) {
      person(stage.get(), member);
    }
  }

  /** Counts {@code organization} if it exists on the date; otherwise the tally is unchanged. */
  public void organization(Organization organization) {
    if (organization.existsOn(date)) {
      counted(organization);
    }
  }

  /** Counts a person placed on the date with {@code stage}. */
  void person(MemberStage stage, Member m) {
    byStage[stage.ordinal()]++;
    if (!stage.isPartyMember()) {
      return;
    }
    total++;
    if (m.gender() == Gender.FEMALE) {
      women++;
    }
    if (m.ethnicity().isEmpty()) {
      unknownEthnicity++;
    } else if (m.ethnicity().get().isMinority()) {
      minorities++;
    }
    if (m.education().isEmpty()) {
      unknownEducation++;
    } else {
      EducationBand band = m.education().get().band();
      byBand[band.ordinal()]++;
      if (band.isCollegeOrAbove()) {
        college++;
      }
    }
    byAge[AgeBand.of(m.ageOn(date)).ordinal()]++;
    if (m.development().admissionDate().isEmpty()) {
      unknownEra++;
    } else {
      byEra[JoiningEra.of(m.development().admissionDate().get()).ordinal()]++;
    }
    if (m.occupation().isEmpty()) {
      unknownOccupation++;
    } else {
      byOccupation[m.occupation().get().ordinal()]++;
    }
  }

  /** Counts an organization known to exist on the date. */
  void counted(Organization org) {
    byKind[org.kind().ordinal()]++;
    StatisticalClass cls = org.kind().statisticalClass();
    if (cls == StatisticalClass.COMMITTEE) {
      committees++;
    } else if (cls == StatisticalClass.GENERAL_BRANCH) {
      generalBranches++;
    } else if (cls == StatisticalClass.BRANCH) {
      branches++;
    }
  }

  /**
   * Adds {@code other}'s counts to this tally and returns this tally.
   *
   * @throws IllegalArgumentException when the tallies are on different dates
   */
  public StatisticsTally merge(StatisticsTally other) {
    if (!date.equals(other.date)) {
      throw new IllegalArgumentException(
          "cannot merge a tally on " + other.date + " into one on " + date);
    }
    add(byStage, other.byStage);
    add(byBand, other.byBand);
    add(byAge, other.byAge);
    add(byEra, other.byEra);
    add(byOccupation, other.byOccupation);
    add(byKind, other.byKind);
    total += other.total;
    women += other.women;
    minorities += other.minorities;
    unknownEthnicity += other.unknownEthnicity;
    college += other.college;
    unknownEducation += other.unknownEducation;
    unknownEra += other.unknownEra;
    unknownOccupation += other.unknownOccupation;
    committees += other.committees;
    generalBranches += other.generalBranches;
    branches += other.branches;
    return this;
  }

  /** The membership figures counted so far. */
  public MemberStatistics members() {
    return new MemberStatistics(
        count(total),
        map(MemberStage.class, STAGES, byStage),
        count(women),
        count(minorities),
        count(unknownEthnicity),
        count(college),
        map(EducationBand.class, BANDS, byBand),
        count(unknownEducation),
        map(AgeBand.class, AGES, byAge),
        map(JoiningEra.class, ERAS, byEra),
        count(unknownEra),
        map(Occupation.class, OCCUPATIONS, byOccupation),
        count(unknownOccupation));
  }

  /** The organization figures counted so far. */
  public OrganizationStatistics organizations() {
    return new OrganizationStatistics(
        map(OrganizationKind.class, KINDS, byKind),
        count(committees),
        count(generalBranches),
        count(branches));
  }

  private static void add(long[] into, long[] from) {
    for (int i = 0; i < into.length; i++) {
      into[i] += from[i];
    }
  }

  private static <E extends Enum<E>> Map<E, Integer> map(Class<E> type, E[] keys, long[] counts) {
    Map<E, Integer> map = new EnumMap<>(type);
    for (int i = 0; i < keys.length; i++) {
      map.put(keys[i], count(counts[i]));
    }
    return map;
  }

  /** The figures are ints, as in {@code PartyStatistics}: a count beyond that range is refused. */
  private static int count(long value) {
    return Math.toIntExact(value);
  }
}
