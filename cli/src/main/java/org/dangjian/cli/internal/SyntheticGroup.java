package org.dangjian.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.record.RecordVisitor;
import org.dangjian.io.RecordWriter;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;

/**
 * Writes a synthetic enterprise group of exactly {@code members} Party members for {@code
 * generate}, valid on its date, in bounded memory. Up to {@link #DEFAULT_IN_MEMORY} members it is
 * one group from {@link GeneratorSettings#proportional}; above, it is streamed as {@link
 * DatasetGenerator#stream copies} of a {@link #DEFAULT_TEMPLATE}-member group (ids prefixed {@code
 * k<copy>-}, fresh ID numbers in regions {@code 11xxxx}) plus one group for the remainder, whose ID
 * numbers of Beijing regions ({@code 11xxxx}) move to Tianjin ({@code 12xxxx}) so that they cannot
 * meet a copy's.
 */
final class SyntheticGroup {

  /** Members generated in one piece at most; above, copies of a template are streamed. */
  static final int DEFAULT_IN_MEMORY = 20_000;

  /** Members of the template of the streamed copies. */
  static final int DEFAULT_TEMPLATE = 2_000;

  /**
   * The smallest group: the root is always a party committee, and one of fewer than 50 members
   * draws the ORG-014 warning.
   */
  static final int MIN_MEMBERS = 50;

  /** The largest group: as many copies as the generator can stream. */
  static final int MAX_MEMBERS = 10_000_000;

  private final int inMemory;
  private final int template;

  SyntheticGroup(int inMemory, int template) {
    this.inMemory = inMemory;
    this.template = template;
  }

  /** The group generation with the default sizes. */
  static SyntheticGroup standard() {
    return new SyntheticGroup(DEFAULT_IN_MEMORY, DEFAULT_TEMPLATE);
  }

  /** The proportional settings of a group of {@code members} valid on {@code asOf}. */
  static GeneratorSettings settings(long seed, int members, LocalDate asOf) {
    return GeneratorSettings.proportional(seed, members).asOf(asOf).build();
  }

  /**
   * Writes the group to {@code writer}, counting each Party member into {@code progress}; returns
   * the number of records written. A failed write surfaces as an {@link UncheckedIOException}.
   */
  long write(long seed, int members, LocalDate asOf, RecordWriter writer, Progress progress) {
    Counter sink = new Counter(writer, progress);
    if (members <= inMemory) {
      sink.dataset(DatasetGenerator.generate(settings(seed, members, asOf)), false);
      return sink.records;
    }
    int copies = members / template;
    int rest = members % template;
    if (rest > 0 && rest < MIN_MEMBERS) {
      copies--;
      rest += template;
    }
    DatasetGenerator.stream(settings(seed, template, asOf), copies, sink);
    if (rest > 0) {
      sink.dataset(DatasetGenerator.generate(settings(seed + 1, rest, asOf)), true);
    }
    return sink.records;
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

  /** Hands records to the writer and counts them. */
  private static final class Counter implements RecordVisitor<Location> {
    private final RecordWriter writer;
    private final Progress progress;
    long records;

    Counter(RecordWriter writer, Progress progress) {
      this.writer = writer;
      this.progress = progress;
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
    }

    @Override
    public void member(Member member, Location location) {
      RecordVisitor.super.member(member, location);
      if (member.stage().isPartyMember()) {
        progress.record();
      }
    }

    @Override
    public void record(RecordKind kind, Object record, Location location) {
      try {
        writer.write(record);
        records++;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
