package org.dangjian.examples.spi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjian.core.code.Codes;
import org.dangjian.core.code.Gender;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.io.DataFormat;
import org.dangjian.io.spi.FormatReader;
import org.dangjian.io.spi.ReadContext;
import org.dangjian.validation.InputProblem;

/**
 * Reads {@link TsvMembers#TSV} through the SPI alone: a header that is not {@link
 * TsvMembers#COLUMNS} is reported as {@code IO-FORMAT} and ends the input; a line with a wrong
 * number of cells is {@code IO-SYNTAX}, a value that does not read {@code IO-VALUE}, each with its
 * line and the line rejected; every other line is a member handed to the context, which validates
 * it.
 */
public final class TsvMemberReader implements FormatReader {

  @Override
  public DataFormat format() {
    return TsvMembers.TSV;
  }

  @Override
  public void read(InputStream in, String source, ReadContext context) throws IOException {
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String header = lines.readLine();
    if (header == null || !List.of(header.split("\t", -1)).equals(TsvMembers.COLUMNS)) {
      context.problem(
          InputProblem.FORMAT,
          Location.builder().source(source).line(1).build(),
          String.valueOf(header),
          Map.of("expected", String.join(" ", TsvMembers.COLUMNS)));
      return;
    }
    long index = 0;
    int number = 1;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (context.shouldStop()) {
        context.stoppedEarly();
        return;
      }
      if (!line.isEmpty()) {
        member(line.split("\t", -1), source, number, index++, context);
      }
    }
  }

  private static void member(
      String[] cells, String source, int line, long index, ReadContext context) {
    Location at =
        Location.builder()
            .source(source)
            .recordKind(RecordKind.MEMBER)
            .recordIndex(index)
            .recordId(cells[0])
            .line(line)
            .build();
    if (cells.length != TsvMembers.COLUMNS.size()) {
      context.problem(
          InputProblem.SYNTAX,
          at,
          "",
          Map.of("detail", cells.length + " cells, not " + TsvMembers.COLUMNS.size()));
      context.reject(at, "");
      return;
    }
    Optional<Gender> gender = Codes.lookup(Gender.class, cells[2]);
    Optional<MemberStage> stage = Codes.lookup(MemberStage.class, cells[4]);
    Optional<LocalDate> birthDate = date(cells[3]);
    if (gender.isEmpty() || stage.isEmpty() || birthDate.isEmpty()) {
      String field = gender.isEmpty() ? "gender" : stage.isEmpty() ? "stage" : "birthDate";
      int column = TsvMembers.COLUMNS.indexOf(field);
      context.problem(
          InputProblem.VALUE,
          at.atField(field),
          cells[column],
          Map.of("field", field, "expected", "代码或日期", "expectedEn", "a code or a date"));
      context.reject(at, cells[0] + "\t" + cells[1]);
      return;
    }
    Optional<ResidentIdNumber> idNumber =
        cells[6].isEmpty()
            ? Optional.empty()
            : context.residentIdNumber(cells[6], at.atField("idNumber"));
    Member member =
        ImmutableMember.builder()
            .id(cells[0])
            .name(cells[1])
            .gender(gender.get())
            .birthDate(birthDate.get())
            .stage(stage.get())
            .organizationId(cells[5])
            .idNumber(idNumber)
            .build();
    context.member(member, at);
  }

  private static Optional<LocalDate> date(String text) {
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
