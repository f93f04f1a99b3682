package org.dangjian.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.dangjian.cli.CliRunner;
import org.dangjian.cli.CliRunner.Result;
import org.dangjian.core.calendar.Anniversary;
import org.dangjian.core.calendar.AnniversaryCalendar;
import org.dangjian.core.calendar.AnniversaryKind;
import org.dangjian.core.dataset.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * {@code dangjian anniversaries}: the listing, the CSV and the calendar hold exactly the
 * anniversaries core's {@link AnniversaryCalendar} finds, and the default profile shows no year.
 */
class AnniversariesCommandTest {

  private static final LocalDate FROM = LocalDate.of(2024, 7, 1);
  private static final LocalDate TO = LocalDate.of(2024, 7, 31);

  @TempDir Path dir;

  private Dataset group;
  private Path file;

  private Path groupFile() throws IOException {
    group = Files4Tests.group(3, 400);
    file = Files4Tests.write(group, dir.resolve("group.jsonl"));
    return file;
  }

  /** Runs {@code anniversaries} over the group file for July 2024 with {@code more} options. */
  private Result july(String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "anniversaries", file.toString(), "--from", "2024-07-01", "--to", "2024-07-31"));
    args.addAll(List.of(more));
    return CliRunner.run(args.toArray(String[]::new));
  }

  private List<Anniversary> expected() {
    return AnniversaryCalendar.of(group).between(FROM, TO);
  }

  @Test
  void listsEachAnniversaryOfThePeriodByMonthAndDayWithoutYears() throws IOException {
    groupFile();
    Result result = july();
    List<Anniversary> expected = expected();
    assertThat(expected)
        .extracting(Anniversary::kind)
        .contains(AnniversaryKind.BIRTHDAY, AnniversaryKind.POLITICAL_BIRTHDAY);
    assertThat(result.exitCode()).isZero();
    List<String> lines = result.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("纪念日 2024-07-01 至 2024-07-31：" + expected.size() + " 项");
    assertThat(lines).hasSize(expected.size() + 1);
    DateTimeFormatter monthDay = DateTimeFormatter.ofPattern("MM-dd");
    for (int i = 0; i < expected.size(); i++) {
      Anniversary a = expected.get(i);
      assertThat(lines.get(i + 1))
          .startsWith(
              "  "
                  + a.date().format(monthDay)
                  + "  "
                  + a.kind().label()
                  + "  "
                  + a.memberName()
                  + "  ");
    }
    Set<String> birthYears =
        group.members().stream()
            .map(m -> " " + m.birthDate().getYear())
            .collect(Collectors.toSet());
    String body = String.join("\n", lines.subList(1, lines.size()));
    assertThat(body).doesNotContain("2024-07-").doesNotContain(" 岁");
    assertThat(birthYears).noneMatch(body::contains);
  }

  @Test
  void fullDatesShowTheYearAndTheAge() throws IOException {
    groupFile();
    Result result = july("--dates", "full", "--kind", "birthday", "--lang", "en");
    List<Anniversary> birthdays =
        AnniversaryCalendar.of(group).kinds(Set.of(AnniversaryKind.BIRTHDAY)).between(FROM, TO);
    assertThat(result.exitCode()).isZero();
    assertThat(result.out().lines().skip(1).toList())
        .hasSize(birthdays.size())
        .allSatisfy(line -> assertThat(line).matches("  2024-07-\\d\\d  birthday  .+  turns \\d+"));
  }

  @Test
  void writesACalendarThatIcal4jParsesAndValidates() throws IOException, ParserException {
    groupFile();
    Path ics = dir.resolve("july.ics");
    Result result = july("--ics", ics.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    Calendar calendar;
    try (InputStream in = Files.newInputStream(ics)) {
      calendar = new CalendarBuilder().build(in);
    }
    assertThat(calendar.validate().hasErrors()).isFalse();
    List<VEvent> events = calendar.getComponents("VEVENT");
    List<Anniversary> expected = expected();
    assertThat(events).hasSize(expected.size());
    Set<String> uids = new HashSet<>();
    for (int i = 0; i < events.size(); i++) {
      VEvent event = events.get(i);
      Anniversary a = expected.get(i);
      assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue())
          .isEqualTo(a.date().format(DateTimeFormatter.BASIC_ISO_DATE));
      assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue())
          .isEqualTo(a.memberName() + " · " + a.kind().label());
      uids.add(event.getProperty(Property.UID).orElseThrow().getValue());
    }
    assertThat(uids).hasSize(events.size());
    // the same input gives the same file, so a re-import updates instead of doubling
    byte[] first = Files.readAllBytes(ics);
    july("--ics", ics.toString());
    assertThat(Files.readAllBytes(ics)).isEqualTo(first);
  }

  @Test
  void writesCsvRowsAndKeepsAFullDateFileToItsOwner() throws IOException {
    groupFile();
    Path csv = dir.resolve("july.csv");
    Result result = july("--csv", csv.toString(), "--dates", "full");
    assertThat(result.exitCode()).as(result.err()).isZero();
    byte[] bytes = Files.readAllBytes(csv);
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    List<List<String>> rows;
    try (MappingIterator<List<String>> it =
        new CsvMapper()
            .readerForListOf(String.class)
            .with(CsvReadFeature.WRAP_AS_ARRAY)
            .readValues(text)) {
      rows = it.readAll();
    }
    List<Anniversary> expected = expected();
    assertThat(rows.get(0)).containsExactly("日期", "类别", "姓名", "组织", "说明");
    assertThat(rows).hasSize(expected.size() + 1);
    assertThat(rows.get(1).get(0)).isEqualTo(expected.get(0).date().toString());
    assertThat(rows.get(1).get(2)).isEqualTo(expected.get(0).memberName());
    if (Files.getFileStore(csv).supportsFileAttributeView("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(csv)))
          .isEqualTo("rw-------");
    }
  }

  @Test
  void aSubtreeAndTheMedalFollowTheLibrary() throws IOException {
    groupFile();
    String branch = group.members().get(0).organizationId();
    Result result =
        CliRunner.run(
            "anniversaries",
            file.toString(),
            "--from",
            "2024-01-01",
            "--to",
            "2024-12-31",
            "--under",
            branch,
            "--kind",
            "political-birthday");
    List<Anniversary> expected =
        AnniversaryCalendar.of(group)
            .under(branch)
            .kinds(Set.of(AnniversaryKind.POLITICAL_BIRTHDAY))
            .between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
    assertThat(result.exitCode()).isZero();
    assertThat(result.out().lines().count()).isEqualTo(expected.size() + 1L);
    assertThat(result.out()).contains("及下级组织）：" + expected.size() + " 项");
    Result medal = CliRunner.run("anniversaries", file.toString(), "--medal", "2024-07-01");
    assertThat(medal.exitCode()).isZero();
    assertThat(medal.out().lines().count())
        .isEqualTo(
            AnniversaryCalendar.of(group).fiftyYearsMedal(LocalDate.of(2024, 7, 1)).size() + 1L);
  }

  @Test
  void refusesIncompleteOrContradictoryOptions() throws IOException {
    groupFile();
    Result noEnd = CliRunner.run("anniversaries", file.toString(), "--from", "2024-07-01");
    assertThat(noEnd.exitCode()).isEqualTo(2);
    assertThat(noEnd.err()).contains("--from", "--to");
    Result both =
        CliRunner.run(
            "anniversaries", file.toString(), "--medal", "2024-07-01", "--from", "2024-07-01");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("--medal");
    Result inverted =
        CliRunner.run(
            "anniversaries", file.toString(), "--from", "2024-07-31", "--to", "2024-07-01");
    assertThat(inverted.exitCode()).isEqualTo(2);
    Result unknown = july("--under", "no-such-org");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("no-such-org");
    Result badKind = july("--kind", "wedding");
    assertThat(badKind.exitCode()).isEqualTo(2);
    assertThat(badKind.err()).contains("wedding");
  }
}
