package org.dangjian.io.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.dangjian.core.record.Location;
import org.dangjian.io.DataFormat;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.rule.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed corpus of bad CSV, XLSX and XLS rosters ({@code bad/csv}, {@code bad/xlsx}, written
 * by {@link BadFilesGenerator}, and {@code bad/xls}, written by {@code XlsHostileFiles}): each file
 * gives exactly the decoding issue {@code bad/expected.tsv} names, at the location it names (as the
 * English text report writes it), besides the record it may reject and dataset references to
 * organizations that are not in the file. IO-HEADER-UNKNOWN is information (the column is kept as
 * extras); its files fail on their reference to an organization that is not in the file. The exit
 * column is 2 for files the CLI cannot read as a roster at all (IO-ENCODING, IO-SYNTAX, IO-LIMIT),
 * else 1.
 */
class BadRosterFilesTest {

  /** The names a Chinese message keeps in Latin letters: formats, containers, byte offsets. */
  private static final String CHINESE_TOKENS =
      "XLSX|ZIP|OLE2|BIFF8?|Excel|\\.xlsx?|0x[0-9A-F]+|\\d";

  record Expected(String file, int exit, String rule, String location) {}

  static Stream<Expected> rosterFiles() throws IOException {
    List<Expected> rows = new ArrayList<>();
    try (InputStream in = BadRosterFilesTest.class.getResourceAsStream("/bad/expected.tsv")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      assertThat(lines[0]).isEqualTo("file\texit\trule\tlocation");
      for (int i = 1; i < lines.length; i++) {
        String[] cells = lines[i].split("\t", -1);
        if (cells[0].endsWith(".csv") || cells[0].endsWith(".xlsx") || cells[0].endsWith(".xls")) {
          rows.add(new Expected(cells[0], Integer.parseInt(cells[1]), cells[2], cells[3]));
        }
      }
    }
    assertThat(rows).hasSizeGreaterThanOrEqualTo(28);
    return rows.stream();
  }

  @ParameterizedTest
  @MethodSource("rosterFiles")
  void eachBadFileGivesItsIssueAtItsLocation(Expected expected) throws Exception {
    byte[] bytes;
    try (InputStream in = getClass().getResourceAsStream("/bad/" + expected.file())) {
      bytes = in.readAllBytes();
    }
    DataFormat format = DataFormat.forFileName(expected.file()).orElseThrow();
    Imports imports = Imports.read(bytes, format);
    List<Issue> decoding =
        imports.report.issues().stream()
            // an unknown header is information now (the column is kept as extras, issue 13)
            .filter(i -> i.severity() == Severity.ERROR || i.code().equals("IO-HEADER-UNKNOWN"))
            .filter(i -> !i.code().equals("IO-REJECTED") && !i.code().startsWith("REF-"))
            .toList();
    assertThat(decoding).extracting(Issue::code).containsExactly(expected.rule());
    assertThat(where(decoding.get(0).location())).isEqualTo(expected.location());
    if (expected.rule().equals("IO-SYNTAX")) {
      // the Chinese report says why in Chinese (syntax-details-zh.tsv), the English one in the
      // reader's and the parser's English
      Issue syntax = decoding.get(0);
      assertThat(syntax.message(Locale.ENGLISH)).containsPattern("[a-z]{4,}");
      assertThat(
              syntax
                  .message(Locale.CHINA)
                  .replaceAll(CHINESE_TOKENS, "")
                  .replace(syntax.location().sheet().orElse(""), ""))
          .as(syntax.message(Locale.CHINA))
          .doesNotContainPattern("[A-Za-z]");
    }
    boolean unreadable =
        Map.of("IO-ENCODING", 2, "IO-SYNTAX", 2, "IO-LIMIT", 2).containsKey(expected.rule());
    boolean anyError =
        imports.report.issues().stream().anyMatch(i -> i.severity() == Severity.ERROR);
    assertThat(expected.exit()).isEqualTo(unreadable ? 2 : anyError ? 1 : 0);
    var input = imports.report.input().orElseThrow();
    assertThat(input.read()).isEqualTo(input.accepted() + input.rejected());
    assertThat(bytes.length).isLessThan(100_000);
  }

  /** The file position as the English text report writes it, or "-". */
  static String where(Location l) {
    List<String> parts = new ArrayList<>();
    l.sheet().ifPresent(parts::add);
    if (l.line().isPresent()) {
      parts.add(
          "line "
              + l.line().getAsInt()
              + (l.column().isPresent() ? ":" + l.column().getAsInt() : ""));
    }
    if (l.cell().isPresent()) {
      parts.add(l.cell().get());
    } else if (l.row().isPresent()) {
      parts.add("row " + l.row().getAsInt());
    }
    return parts.isEmpty() ? "-" : String.join(" ", parts);
  }
}
