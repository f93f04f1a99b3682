package org.dangjian.validation.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dangjian.core.record.RecordKind;
import org.dangjian.testkit.SyntheticGroup;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.ValidationRun;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.report.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * The group testkit's {@link SyntheticGroup} streams (what {@code dangjian generate} writes) is
 * valid under every rule on its date, made in one piece or streamed as copies of a template plus a
 * remainder (here with a 50-member template, so that 105 copies reach the copy region 110105, which
 * the generator's own regions also use, and the remainder's ID numbers must leave it).
 */
class SyntheticGroupValidityTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  @Test
  void aSmallGroupMadeInOnePieceIsValid() {
    ValidationRun run = DangjianValidator.defaults().newRun("generated", AS_OF);
    long records = SyntheticGroup.defaults().stream(62, 60, AS_OF, run);
    ValidationReport report = run.finish();
    assertThat(records).isEqualTo(report.recordCounts().values().stream().mapToLong(n -> n).sum());
    assertThat(report.issues()).extracting(Issue::code).isEmpty();
  }

  @Test
  void aLargeGroupStreamedAsCopiesPlusARemainderIsValid() {
    int members = 50 * 106 + 13;
    ValidationRun run = DangjianValidator.defaults().newRun("generated", AS_OF);
    SyntheticGroup.of(100, 50).stream(7, members, AS_OF, run);
    ValidationReport report = run.finish();
    assertThat(report.recordCounts().get(RecordKind.MEMBER)).isGreaterThanOrEqualTo(members);
    assertThat(report.issues()).extracting(Issue::code).isEmpty();
  }
}
