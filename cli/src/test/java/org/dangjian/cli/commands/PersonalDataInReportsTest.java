package org.dangjian.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dangjian.cli.CliRunner;
import org.dangjian.cli.CliRunner.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12: personal numbers in a malformed record are masked in every report. */
class PersonalDataInReportsTest {

  private static final String ID = "320106195410111207";
  private static final String PHONE = "18938905777";

  @TempDir Path dir;

  private Path withMember(String member) throws IOException {
    Path file = Files4Tests.write(Files4Tests.group(3, 30), dir.resolve("group.jsonl"));
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
    lines.add(member);
    Files.write(file, lines);
    return file;
  }

  private static void assertNoLeak(Path file, String expectedCode) {
    for (String report : List.of("text", "json")) {
      Result result =
          CliRunner.run(
              "validate", file.toString(), "--as-of", Files4Tests.DATE, "--report", report);
      String all = result.out() + result.err();
      assertThat(result.out()).as(report).contains(expectedCode);
      assertThat(all).as(report).doesNotContain(ID).doesNotContain(PHONE);
    }
  }

  /** P1: an ID number in an array and a phone number in an object of a rejected record. */
  @Test
  void numbersInsideArrayAndObjectRawValuesAreMasked() throws IOException {
    Path file =
        withMember(
            "{\"kind\":\"member\",\"record\":{\"id\":\"mem-x1\",\"name\":\"张三\",\"idNumber\":[\""
                + ID
                + "\"],\"phone\":{\"p\":\""
                + PHONE
                + "\"}}}");
    assertNoLeak(file, "IO-");
  }

  /** P2: a key missing its closing quote swallows the number into the JSON pointer. */
  @Test
  void numberSwallowedIntoAKeyIsMaskedInThePointer() throws IOException {
    Path file =
        withMember(
            "{\"kind\":\"member\",\"record\":{\"id\":\"mem-x2\",\"idNumber"
                + ID
                + ",\"stage\":\"FULL\",\"phone\":\""
                + PHONE
                + "\"}}");
    assertNoLeak(file, "IO-");
  }

  /** P2: a bare token holding the number. */
  @Test
  void numberInAnUnrecognizedTokenIsMasked() throws IOException {
    Path file =
        withMember(
            "{\"kind\":\"member\",\"record\":{\"id\":\"mem-x3\",\"idNumber\":ID" + ID + "}}");
    assertNoLeak(file, "IO-SYNTAX");
  }
}
