package org.dangjian.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dangjian.core.record.ImmutableLocation;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.junit.jupiter.api.Test;

/**
 * The record locations give the same answers whether their blocks stay in memory or go to the
 * temporary file: every record of three kinds (several files and sheets, lines and rows, ids with
 * Chinese characters, some empty) is looked up in order, in reverse and at random, against what was
 * added.
 */
class RecordLocationsTest {

  private static final RecordKind[] KINDS = {
    RecordKind.ORGANIZATION, RecordKind.MEMBER, RecordKind.ACTIVITY
  };

  /** What was added: the kind, the id and the location given. */
  private record Added(RecordKind kind, int index, String id, Location given) {}

  @Test
  void spilledBlocksAnswerLikeBlocksInMemory() {
    RecordLocations inMemory = new RecordLocations("run", Long.MAX_VALUE);
    RecordLocations spilled = new RecordLocations("run", 0);
    RecordLocations partly = new RecordLocations("run", 3 * 20_000);
    List<Added> added = feed(List.of(inMemory, spilled, partly), 7_000);
    try {
      assertThat(inMemory.spilledBytes()).isZero();
      assertThat(spilled.spilledBytes()).isGreaterThan(partly.spilledBytes());
      assertThat(partly.spilledBytes()).isPositive();
      for (RecordKind kind : KINDS) {
        int expected = (int) added.stream().filter(a -> a.kind() == kind).count();
        assertThat(spilled.count(kind)).isEqualTo(expected).isEqualTo(inMemory.count(kind));
      }
      List<Added> order = new ArrayList<>(added);
      lookUp(order, inMemory, spilled, partly);
      java.util.Collections.reverse(order);
      lookUp(order, inMemory, spilled, partly);
      java.util.Collections.shuffle(order, new Random(16));
      lookUp(order, inMemory, spilled, partly);
    } finally {
      inMemory.close();
      spilled.close();
      partly.close();
    }
  }

  @Test
  void withoutBlocksNothingIsSpilled() {
    RecordLocations few = new RecordLocations("run", 0);
    List<Added> added = feed(List.of(few), 100);
    assertThat(few.spilledBytes()).isZero();
    lookUp(added, few);
    few.close();
  }

  private static void lookUp(List<Added> order, RecordLocations... all) {
    for (Added a : order) {
      for (RecordLocations locations : all) {
        Location found = locations.location(a.kind(), a.index());
        assertThat(found).isEqualTo(expected(a));
        assertThat(locations.id(a.kind(), a.index())).isEqualTo(a.id());
      }
    }
  }

  private static Location expected(Added a) {
    ImmutableLocation.Builder b =
        Location.builder()
            .source(a.given().source().orElse("run"))
            .recordKind(a.kind())
            .recordIndex(a.index())
            .recordId(a.id());
    a.given().sheet().ifPresent(b::sheet);
    a.given().line().ifPresent(b::line);
    a.given().row().ifPresent(b::row);
    return b.build();
  }

  /** Adds {@code n} records of mixed kinds to every one of {@code all}; returns what was added. */
  private static List<Added> feed(List<RecordLocations> all, int n) {
    Random random = new Random(62);
    List<Added> added = new ArrayList<>();
    int[] counts = new int[KINDS.length];
    for (int i = 0; i < n; i++) {
      int k = random.nextInt(10) < 6 ? 1 : random.nextInt(KINDS.length);
      RecordKind kind = KINDS[k];
      String id =
          switch (random.nextInt(5)) {
            case 0 -> "";
            case 1 -> "支部-" + i;
            default -> "M" + Integer.toString(i * 7919, 36) + "x".repeat(random.nextInt(30));
          };
      ImmutableLocation.Builder given = Location.builder();
      switch (random.nextInt(4)) {
        case 0 -> given.source("members.csv").line(i + 2);
        case 1 -> given.source("roster.xlsx").sheet(random.nextBoolean() ? "党员" : "组织").row(i + 1);
        case 2 -> given.line(i + 1);
        default -> {
          // no file, no line: the run's source
        }
      }
      Location location = given.build();
      for (RecordLocations locations : all) {
        assertThat(locations.add(kind, id, location)).isEqualTo(counts[k]);
      }
      added.add(new Added(kind, counts[k]++, id, location));
    }
    return added;
  }
}
