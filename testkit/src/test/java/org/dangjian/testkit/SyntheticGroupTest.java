package org.dangjian.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.member.Member;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.record.RecordVisitor;
import org.junit.jupiter.api.Test;

/**
 * {@link SyntheticGroup} streams exactly the requested number of Party members, whether the group
 * is made in one piece or streamed as copies of a template plus a remainder group (here with a
 * 50-member template, so that 105 copies reach the copy region 110105, which the generator's own
 * regions also use), with no id or ID number twice. That the records are valid under every rule is
 * checked in validation's tests ({@code SyntheticGroupValidityTest}), which may use the validator.
 */
class SyntheticGroupTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  /** Collects what it is given, through the method of each kind. */
  private static final class Collector implements RecordVisitor<Location> {
    final List<Object> records = new ArrayList<>();
    final Set<String> ids = new HashSet<>();
    final Set<String> idNumbers = new HashSet<>();
    int partyMembers;
    int duplicates;
    int duplicateIdNumbers;

    @Override
    public void member(Member member, Location location) {
      RecordVisitor.super.member(member, location);
      if (member.idNumber().isPresent() && !idNumbers.add(member.idNumber().get().value())) {
        duplicateIdNumbers++;
      }
      if (member.stage().isPartyMember()) {
        partyMembers++;
      }
    }

    @Override
    public void record(RecordKind kind, Object record, Location location) {
      assertThat(kind).isIn(RecordKind.ORGANIZATION, RecordKind.MEMBER, RecordKind.ACTIVITY);
      assertThat(location).isEqualTo(Location.unknown());
      records.add(record);
      duplicates += ids.add(kind + " " + kind.idOf(record)) ? 0 : 1;
    }
  }

  @Test
  void anEveryKindGroupStreamsEveryRecordKindOfTheGeneratedDataset() {
    Map<RecordKind, Integer> counts = new EnumMap<>(RecordKind.class);
    long records =
        SyntheticGroup.of(300, 150)
            .streamEveryKind(
                4,
                200,
                AS_OF,
                new RecordVisitor<Location>() {
                  @Override
                  public void record(RecordKind kind, Object record, Location location) {
                    counts.merge(kind, 1, Integer::sum);
                  }
                });
    Dataset expected = DatasetGenerator.generate(SyntheticGroup.everyKindSettings(4, 200, AS_OF));
    assertThat(counts.keySet()).containsExactlyInAnyOrder(RecordKind.values());
    assertThat(counts.get(RecordKind.UNIT)).isEqualTo(expected.units().size());
    assertThat(counts.get(RecordKind.TEAM)).isEqualTo(expected.teams().size());
    assertThat(counts.get(RecordKind.POINT_ENTRY)).isEqualTo(expected.pointEntries().size());
    assertThat(records).isEqualTo(counts.values().stream().mapToLong(Integer::longValue).sum());
    assertThatThrownBy(
            () -> SyntheticGroup.of(300, 150).streamEveryKind(4, 301, AS_OF, new Collector()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one piece");
  }

  @Test
  void aSmallGroupIsTheGeneratedDatasetInOnePiece() {
    Collector sink = new Collector();
    long records = SyntheticGroup.defaults().stream(62, 60, AS_OF, sink);
    Dataset expected = DatasetGenerator.generate(SyntheticGroup.settings(62, 60, AS_OF));
    List<Object> inOrder = new ArrayList<>();
    inOrder.addAll(expected.organizations());
    inOrder.addAll(expected.members());
    inOrder.addAll(expected.activities());
    assertThat(sink.records).isEqualTo(inOrder);
    assertThat(records).isEqualTo(inOrder.size());
    assertThat(sink.partyMembers).isEqualTo(60);
  }

  @Test
  void aLargeGroupIsStreamedAsCopiesPlusARemainderWithExactlyTheMembersAsked() {
    int members = 50 * 106 + 13;
    Collector sink = new Collector();
    long records = SyntheticGroup.of(100, 50).stream(7, members, AS_OF, sink);
    assertThat(records).isEqualTo(sink.records.size());
    assertThat(sink.partyMembers).isEqualTo(members);
    assertThat(sink.duplicates).isZero();
    assertThat(sink.duplicateIdNumbers).isZero();
    assertThat(sink.idNumbers).anyMatch(n -> n.startsWith("110105"));
  }

  @Test
  void theSameArgumentsGiveTheSameRecords() {
    Collector first = new Collector();
    Collector second = new Collector();
    SyntheticGroup.of(100, 50).stream(8, 130, AS_OF, first);
    SyntheticGroup.of(100, 50).stream(8, 130, AS_OF, second);
    assertThat(first.records).isEqualTo(second.records);
  }

  @Test
  void sizesThatCannotMakeAGroupAreRefused() {
    assertThatThrownBy(() -> SyntheticGroup.of(100, 49))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SyntheticGroup.of(99, 50))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SyntheticGroup.defaults().stream(1, 10, AS_OF, new Collector()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void remainderIdNumbersLeaveTheCopyRegionsKeepingBirthDateAndGender() {
    ResidentIdNumber beijing = ResidentIdNumber.parse("11010519491231002X").value().orElseThrow();
    ResidentIdNumber moved = SyntheticGroup.outsideCopyRegions(beijing);
    assertThat(moved.value()).startsWith("12010519491231002").hasSize(18);
    assertThat(ResidentIdNumber.parse(moved.value()).value()).contains(moved);
    assertThat(moved.birthDate()).isEqualTo(beijing.birthDate());
    assertThat(moved.gender()).isEqualTo(beijing.gender());
    ResidentIdNumber suzhou = ResidentIdNumber.of("320505", LocalDate.of(1980, 5, 1), 7);
    assertThat(SyntheticGroup.outsideCopyRegions(suzhou)).isSameAs(suzhou);
  }
}
