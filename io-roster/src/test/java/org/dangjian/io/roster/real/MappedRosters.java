package org.dangjian.io.roster.real;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dangjian.io.roster.real.RealRosters.Person;

/**
 * Generates the rosters of the corpus that layout detection cannot read and a mapping profile can
 * ({@code real/m*}): headers in a dialect the vocabulary does not know, with codes instead of
 * labels, and a roster without any header row. Each has a planted birth date that disagrees with
 * the ID number, so that {@code ID-BIRTH} must name its cell. Run with the rest of the corpus by
 * {@code RealRosterCorpusTest#regenerate}.
 */
final class MappedRosters {

  private MappedRosters() {}

  /** m01: a title row, headers no template uses, gender and stage as codes. */
  static RosterBook unknownDialect() {
    RosterBook book = new RosterBook();
    RosterBook.SheetSpec sheet = book.sheet("名册");
    sheet.row("瑞丰科技党员信息登记表").merge(0, 6);
    sheet.row("人员名字", "男女", "生辰", "证件号", "在册情况", "归属支部", "个人爱好");
    for (int i = 0; i < 10; i++) {
      Person p = RealRosters.person(1200 + i, "第一党支部");
      LocalDate birth = i == 3 ? p.birth().plusDays(1) : p.birth(); // D6: not the ID's day
      sheet.row(
          p.name(),
          i == 6 ? "X" : p.male() ? "M" : "F", // B9: a code the mapping does not map
          birth.toString(),
          p.id(),
          p.probationary() ? "预备" : "在册",
          p.branch(),
          i % 2 == 0 ? "摄影" : "");
    }
    return book;
  }

  /** m02: no header row at all; dates as yyyyMMdd, stage as Z/Y, a remark in column G. */
  static RosterBook noHeader() {
    RosterBook book = new RosterBook();
    RosterBook.SheetSpec sheet = book.sheet("Sheet1");
    for (int i = 0; i < 8; i++) {
      Person p = RealRosters.person(1300 + i, "第二党支部");
      LocalDate birth = i == 4 ? p.birth().minusYears(1) : p.birth(); // C5: not the ID's year
      sheet.row(
          p.name(),
          p.male() ? "M" : "F",
          String.format(
              "%d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth()),
          p.id(),
          p.probationary() ? "Y" : "Z",
          p.branch(),
          i == 2 ? "转入" : "");
    }
    return book;
  }

  /** Writes the files of this part of the corpus into {@code dir}. */
  static void writeAll(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.write(dir.resolve("m01-unknown-dialect.xlsx"), unknownDialect().xlsx());
    Files.write(dir.resolve("m01-unknown-dialect.xls"), unknownDialect().xls());
    Files.write(dir.resolve("m02-no-header.xlsx"), noHeader().xlsx());
    Files.write(dir.resolve("m02-no-header.csv"), noHeader().csv(StandardCharsets.UTF_8, false));
  }
}
