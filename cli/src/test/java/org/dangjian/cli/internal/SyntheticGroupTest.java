package org.dangjian.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.member.Member;
import org.dangjian.core.record.RecordKind;
import org.dangjian.io.RecordWriter;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.ValidationRun;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.report.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * {@code generate} writes exactly the requested number of Party members, valid under every rule on
 * its date, whether the group is made in one piece or streamed as copies of a template plus a
 * remainder group (here with a 50-member template, so that 105 copies reach the copy region 110105,
 * which the generator's own regions also use).
 */
class SyntheticGroupTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  /** Validates what it is given and counts it. */
  private static final class ValidatingWriter implements RecordWriter {
    final ValidationRun run = DangjianValidator.defaults().newRun("generated", AS_OF);
    final Set<String> ids = new HashSet<>();
    final Set<String> idNumbers = new HashSet<>();
    int partyMembers;
    int duplicates;

    @Override
    public void write(Object record) {
      RecordKind kind = RecordKind.of(record);
      switch (kind) {
        case BULLETIN -> throw new AssertionError("the generator writes no bulletins");
        case PAIRING -> {
          return;
        }
        case ORGANIZATION, MEMBER -> duplicates += ids.add(kind.idOf(record)) ? 0 : 1;
        default -> {}
      }
      if (record instanceof Member member) {
        member.idNumber().ifPresent(n -> idNumbers.add(n.value()));
        if (member.stage().isPartyMember()) {
          partyMembers++;
        }
      }
      run.record(kind, record, null);
    }

    @Override
    public long skipped() {
      return 0;
    }

    @Override
    public void close() {}
  }

  private static Progress quiet() {
    return new Progress(new PrintWriter(new StringWriter()), false, () -> 0L, Lang.EN, "generate");
  }

  @Test
  void aSmallGroupIsMadeInOnePieceAndIsValid() {
    ValidatingWriter writer = new ValidatingWriter();
    Progress progress = quiet();
    long records = SyntheticGroup.standard().write(62, 60, AS_OF, writer, progress);
    ValidationReport report = writer.run.finish();
    assertThat(writer.partyMembers).isEqualTo(60);
    assertThat(progress.records()).isEqualTo(60);
    assertThat(records).isEqualTo(report.recordCounts().values().stream().mapToLong(n -> n).sum());
    assertThat(report.issues()).extracting(Issue::code).isEmpty();
  }

  @Test
  void aLargeGroupIsStreamedAsCopiesPlusARemainderWithExactlyTheMembersAsked() {
    int members = 50 * 106 + 13;
    ValidatingWriter writer = new ValidatingWriter();
    new SyntheticGroup(100, 50).write(7, members, AS_OF, writer, quiet());
    ValidationReport report = writer.run.finish();
    assertThat(writer.partyMembers).isEqualTo(members);
    assertThat(writer.duplicates).isZero();
    assertThat(writer.idNumbers).anyMatch(n -> n.startsWith("110105"));
    assertThat(report.issues()).extracting(Issue::code).isEmpty();
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
