package org.dangjian.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.DatasetView;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.statistics.PartyStatistics;
import org.dangjian.core.statistics.StatisticsTally;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The statistics of {@link DangjianSpark#statistics} are tallies counted per part and merged: for
 * generated datasets of several seeds cut into several numbers of parts at random places, the
 * tallies of the parts (each serialized and read back, as they travel from an executor), merged in
 * a random order and grouping, give exactly the figures {@code PartyStatistics} gives for the whole
 * view, on two dates.
 */
class StatisticsTallyMergeTest {

  @ParameterizedTest
  @CsvSource({"1, 1", "2, 2", "3, 5", "4, 13", "5, 40"})
  void partialTalliesMergeToTheFiguresOfTheWholeView(long seed, int parts) throws Exception {
    Dataset dataset =
        DatasetGenerator.generate(GeneratorSettings.proportional(seed, 1_500).build());
    Random random = new Random(seed * 31 + parts);
    for (var date : List.of(GeneratorSettings.DEFAULT_AS_OF, java.time.LocalDate.of(2015, 7, 1))) {
      DatasetView view = dataset.asOf(date);
      List<StatisticsTally> tallies = new ArrayList<>();
      for (int i = 0; i < parts; i++) {
        tallies.add(StatisticsTally.on(date));
      }
      for (Member member : dataset.members()) {
        tallies.get(random.nextInt(parts)).member(member);
      }
      for (Organization organization : dataset.organizations()) {
        tallies.get(random.nextInt(parts)).organization(organization);
      }
      List<StatisticsTally> travelled = new ArrayList<>();
      for (StatisticsTally tally : tallies) {
        travelled.add(roundTrip(tally));
      }
      StatisticsTally merged = mergeInRandomGrouping(travelled, random);

      assertThat(merged.members()).isEqualTo(PartyStatistics.members(view));
      assertThat(merged.organizations()).isEqualTo(PartyStatistics.organizations(view));
      assertThat(merged.members().total()).isPositive();
    }
  }

  @Test
  void talliesOnDifferentDatesDoNotMerge() {
    StatisticsTally one = StatisticsTally.on(GeneratorSettings.DEFAULT_AS_OF);
    StatisticsTally other = StatisticsTally.on(GeneratorSettings.DEFAULT_AS_OF.plusDays(1));
    assertThatThrownBy(() -> one.merge(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(GeneratorSettings.DEFAULT_AS_OF.toString());
  }

  /** Merges neighbours at random places until one tally is left (a random tree of merges). */
  private static StatisticsTally mergeInRandomGrouping(List<StatisticsTally> tallies, Random r) {
    List<StatisticsTally> left = new ArrayList<>(tallies);
    Collections.shuffle(left, r);
    while (left.size() > 1) {
      int i = r.nextInt(left.size() - 1);
      StatisticsTally merged = left.get(i).merge(left.get(i + 1));
      left.set(i, merged);
      left.remove(i + 1);
    }
    return left.get(0);
  }

  private static StatisticsTally roundTrip(StatisticsTally tally)
      throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(tally);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (StatisticsTally) in.readObject();
    }
  }
}
