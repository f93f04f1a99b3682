package org.dangjian.testkit;

import java.time.LocalDate;
import java.util.Objects;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.record.RecordVisitor;

/**
 * A synthetic enterprise group of exactly {@code members} Party members, valid on its date,
 * streamed to a {@link RecordVisitor} in bounded memory whatever its size (what {@code dangjian
 * generate} writes). Up to {@link #DEFAULT_IN_MEMORY} members it is one group from {@link
 * GeneratorSettings#proportional}; above, it is {@link DatasetGenerator#stream copies} of a {@link
 * #DEFAULT_TEMPLATE}-member group (ids prefixed {@code k<copy>-}, fresh ID numbers in regions
 * {@code 11xxxx}) plus one group for the remainder, whose ID numbers of Beijing regions ({@code
 * 11xxxx}) move to Tianjin ({@code 12xxxx}) so that they cannot meet a copy's. The same arguments
 * give the same records in the same order. {@link #streamEveryKind} streams instead a group of
 * {@link GeneratorSettings#everyKind every kind} of record, made in one piece.
 *
 * <pre>{@code
 * long records = SyntheticGroup.defaults().stream(62, 100_000, LocalDate.of(2024, 12, 31), sink);
 * }</pre>
 */
public final class SyntheticGroup {

  /** Members generated in one piece at most by {@link #defaults()}; above, copies are streamed. */
  public static final int DEFAULT_IN_MEMORY = 20_000;

  /** Members of the template of the streamed copies of {@link #defaults()}. */
  public static final int DEFAULT_TEMPLATE = 2_000;

  /**
   * The smallest group: the root is always a party committee, and one of fewer than 50 members
   * draws the ORG-014 warning.
   */
  public static final int MIN_MEMBERS = 50;

  /** The largest group of {@link #defaults()}: as many copies as the generator can stream. */
  public static final int MAX_MEMBERS = 10_000_000;

  private final int inMemory;
  private final int template;

  private SyntheticGroup(int inMemory, int template) {
    this.inMemory = inMemory;
    this.template = template;
  }

  /**
   * The generation with the default sizes: one piece up to {@value #DEFAULT_IN_MEMORY} members,
   * copies of a {@value #DEFAULT_TEMPLATE}-member template above.
   *
   * @return the generation
   */
  public static SyntheticGroup defaults() {
    return new SyntheticGroup(DEFAULT_IN_MEMORY, DEFAULT_TEMPLATE);
  }

  /**
   * A generation with other sizes, for tests of the streamed form with small groups.
   *
   * @param inMemory the most members made in one piece, at least {@code template + MIN_MEMBERS}
   * @param template the members of one streamed copy, at least {@link #MIN_MEMBERS}
   * @return the generation
   * @throws IllegalArgumentException when the sizes are out of range
   */
  public static SyntheticGroup of(int inMemory, int template) {
    if (template < MIN_MEMBERS || inMemory < template + MIN_MEMBERS) {
      throw new IllegalArgumentException(
          "need template >= "
              + MIN_MEMBERS
              + " and inMemory >= template + "
              + MIN_MEMBERS
              + ", not "
              + inMemory
              + " and "
              + template);
    }
    return new SyntheticGroup(inMemory, template);
  }

  /**
   * The proportional settings of a group of {@code members} valid on {@code asOf}: those of the
   * group made in one piece, or of each copy with {@code members} the template's size.
   *
   * @param seed the random seed
   * @param members the Party members
   * @param asOf the date the data is valid on
   * @return the settings
   * @throws IllegalArgumentException when no valid group of that size can be made
   */
  public static GeneratorSettings settings(long seed, int members, LocalDate asOf) {
    return GeneratorSettings.proportional(seed, members).asOf(asOf).build();
  }

  /**
   * The every-kind settings ({@link GeneratorSettings#everyKind}) of a group of {@code members}
   * valid on {@code asOf}: every organization, activity and record kind.
   *
   * @param seed the random seed
   * @param members the Party members, at least 150
   * @param asOf the date the data is valid on
   * @return the settings
   * @throws IllegalArgumentException when no valid group of that size can be made
   */
  public static GeneratorSettings everyKindSettings(long seed, int members, LocalDate asOf) {
    return GeneratorSettings.everyKind(seed, members).asOf(asOf).build();
  }

  /**
   * Streams a group of {@link #everyKindSettings every kind} into {@code sink}, made in one piece:
   * every record kind, each through the visitor's method of its kind, in the order of {@code
   * Dataset.accept} (organizations, members, activities, pairings, bulletins, units, point entries,
   * teams).
   *
   * @param seed the random seed
   * @param members the Party members, 150 to the most made in one piece ({@value
   *     #DEFAULT_IN_MEMORY} for the default sizes)
   * @param asOf the date the data is valid on
   * @param sink receives the records; an exception it throws ends the stream
   * @return the number of records streamed
   * @throws IllegalArgumentException when {@code members} is out of range
   */
  public long streamEveryKind(
      long seed, int members, LocalDate asOf, RecordVisitor<Location> sink) {
    if (members > inMemory) {
      throw new IllegalArgumentException(
          "an every-kind group is made in one piece, at most "
              + inMemory
              + " members, not "
              + members);
    }
    Counter counter = new Counter(Objects.requireNonNull(sink, "sink"));
    counter.dataset(DatasetGenerator.generate(everyKindSettings(seed, members, asOf)), false);
    return counter.records;
  }

  /**
   * Streams the group into {@code sink}: organizations, members and activities, each with an
   * unknown location, through the visitor's method of its kind. Exactly {@code members} of the
   * members are Party members (full or probationary).
   *
   * @param seed the random seed
   * @param members the Party members, {@link #MIN_MEMBERS} to {@link #MAX_MEMBERS} for the default
   *     sizes
   * @param asOf the date the data is valid on
   * @param sink receives the records; an exception it throws ends the stream
   * @return the number of records streamed
   * @throws IllegalArgumentException when no valid group of that size can be made
   */
  public long stream(long seed, int members, LocalDate asOf, RecordVisitor<Location> sink) {
    Counter counter = new Counter(Objects.requireNonNull(sink, "sink"));
    if (members <= inMemory) {
      counter.dataset(DatasetGenerator.generate(settings(seed, members, asOf)), false);
      return counter.records;
    }
    int copies = members / template;
    int rest = members % template;
    if (rest > 0 && rest < MIN_MEMBERS) {
      copies--;
      rest += template;
    }
    DatasetGenerator.stream(settings(seed, template, asOf), copies, counter);
    if (rest > 0) {
      counter.dataset(DatasetGenerator.generate(settings(seed + 1, rest, asOf)), true);
    }
    return counter.records;
  }

  /** A Beijing ID number ({@code 11xxxx}) moved to the same county digits in Tianjin. */
  static ResidentIdNumber outsideCopyRegions(ResidentIdNumber id) {
    String value = id.value();
    if (!value.startsWith("11")) {
      return id;
    }
    return ResidentIdNumber.of(
        "12" + value.substring(2, 6), id.birthDate(), Integer.parseInt(value.substring(14, 17)));
  }

  /** Hands records on to the sink, through the method of their kind, and counts them. */
  private static final class Counter implements RecordVisitor<Location> {
    private final RecordVisitor<Location> sink;
    long records;

    Counter(RecordVisitor<Location> sink) {
      this.sink = sink;
    }

    void dataset(Dataset dataset, boolean moveRegions) {
      Location unknown = Location.unknown();
      dataset.organizations().forEach(o -> organization(o, unknown));
      for (Member member : dataset.members()) {
        member(
            moveRegions
                ? ImmutableMember.copyOf(member)
                    .withIdNumber(member.idNumber().map(SyntheticGroup::outsideCopyRegions))
                : member,
            unknown);
      }
      dataset.activities().forEach(a -> activity(a, unknown));
      dataset.pairings().forEach(p -> pairing(p, unknown));
      dataset.bulletins().forEach(b -> bulletin(b, unknown));
      dataset.units().forEach(u -> unit(u, unknown));
      dataset.pointEntries().forEach(e -> pointEntry(e, unknown));
      dataset.teams().forEach(t -> team(t, unknown));
    }

    @Override
    public void record(RecordKind kind, Object record, Location location) {
      records++;
      kind.accept(record, location, sink);
    }
  }
}
