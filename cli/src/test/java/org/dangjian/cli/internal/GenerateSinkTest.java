package org.dangjian.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.core.member.Member;
import org.dangjian.io.RecordWriter;
import org.dangjian.testkit.SyntheticGroup;
import org.junit.jupiter.api.Test;

/**
 * {@code generate} hands testkit's {@link SyntheticGroup} to its {@link RecordWriter}: every record
 * is written, each Party member counts into the progress line, and a failed write surfaces as an
 * {@link UncheckedIOException} for {@link Outputs#write} to report.
 */
class GenerateSinkTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  /** Keeps what it is given. */
  private static class ListWriter implements RecordWriter {
    final List<Object> records = new ArrayList<>();

    @Override
    public void write(Object record) throws IOException {
      records.add(record);
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
  void everyRecordIsWrittenAndEveryPartyMemberCounted() {
    ListWriter writer = new ListWriter();
    Progress progress = quiet();
    long records =
        SyntheticGroup.defaults().stream(62, 60, AS_OF, GenerateCommand.sink(writer, progress));
    assertThat(writer.records).hasSize((int) records);
    assertThat(progress.records()).isEqualTo(60);
    assertThat(
            writer.records.stream()
                .filter(r -> r instanceof Member m && m.stage().isPartyMember())
                .count())
        .isEqualTo(60);
  }

  @Test
  void aFailedWriteIsUnchecked() {
    RecordWriter failing =
        new ListWriter() {
          @Override
          public void write(Object record) throws IOException {
            throw new IOException("disk full");
          }
        };
    assertThatThrownBy(
            () ->
                SyntheticGroup.defaults().stream(
                    62, 60, AS_OF, GenerateCommand.sink(failing, quiet())))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk full");
  }
}
