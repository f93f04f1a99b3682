package org.dangjian.io.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.io.xlsx.XlsxFiles;

/**
 * Writes the committed corpus of bad CSV and XLSX rosters under {@code
 * src/test/resources/bad/{csv,xlsx}} (run once by hand with the test class path; the files are
 * committed, {@code BadFilesTest} checks what each gives). Every file has one deliberate defect.
 */
public final class BadFilesGenerator {

  private static final String HEADER = "编号,姓名,性别,出生日期,公民身份号码,人员类别,所在党组织\r\n";
  private static final String ID =
      ResidentIdNumber.of("110101", LocalDate.of(1990, 3, 7), 123).value();

  private BadFilesGenerator() {}

  /** Writes the files into the directory {@code args[0]} (the {@code bad} folder). */
  public static void main(String[] args) throws IOException {
    Path bad = Path.of(args[0]);
    Path csv = Files.createDirectories(bad.resolve("csv"));
    Path xlsx = Files.createDirectories(bad.resolve("xlsx"));
    String good = "M1,张三,男,1990-03-07," + ID + ",正式党员,B1\r\n";

    byte[] latin =
        (HEADER.replace(
                "编号,姓名,性别,出生日期,公民身份号码,人员类别,所在党组织",
                "id,name,gender,birthDate,idNumber,stage,organizationId"))
            .getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream wrong = new ByteArrayOutputStream();
    wrong.write(latin);
    wrong.write("M1,Jos".getBytes(StandardCharsets.US_ASCII));
    wrong.write(new byte[] {(byte) 0xE9, (byte) 0xFF});
    wrong.write(",1,1990-03-07,,5,B1\r\n".getBytes(StandardCharsets.US_ASCII));
    Files.write(csv.resolve("wrong-encoding.csv"), wrong.toByteArray());

    text(csv, "unknown-header.csv", HEADER.replace("所在党组织", "所在党组织,爱好") + good);
    text(csv, "duplicate-header.csv", HEADER.replace("人员类别", "人员类别,姓名") + good);
    text(csv, "missing-header.csv", HEADER.replace("出生日期,", "") + "M1,张三,男," + ID + ",正式党员,B1\r\n");
    text(csv, "bad-date.csv", HEADER + good + "M2,李四,女,1990-02-30,,正式党员,B1\r\n");
    text(csv, "bad-enum.csv", HEADER + good + "M2,李四,女人,1990-02-03,,正式党员,B1\r\n");
    text(csv, "bad-id-number.csv", HEADER + good.replace(ID, ID.substring(0, 17) + "9"));
    text(
        csv,
        "formula.csv",
        HEADER
            + "M1,\"=HYPERLINK(\"\"http://example.com\"\",\"\"张三\"\")\",男,1990-03-07,,正式党员,B1\r\n");
    text(
        csv,
        "too-many-columns.csv",
        HEADER + "M1,张三,男,1990-03-07,,正式党员,B1" + ",".repeat(300) + "\r\n");
    text(csv, "huge-field.csv", HEADER + "M1," + "A".repeat(40_000) + ",男,1990-03-07,,正式党员,B1\r\n");

    String[] header = {"编号", "姓名", "性别", "出生日期", "公民身份号码", "人员类别", "所在党组织"};
    Files.write(
        xlsx.resolve("formula.xlsx"),
        XlsxFiles.workbook("党员花名册")
            .row(0, 1, header)
            .row(
                0,
                2,
                "M1",
                "#f:HYPERLINK(\"http://example.com\",\"张三\")",
                "男",
                "1990-03-07",
                "",
                "正式党员",
                "B1")
            .bytes());
    Files.write(
        xlsx.resolve("bad-date.xlsx"),
        XlsxFiles.workbook("党员花名册")
            .row(0, 1, header)
            .row(0, 2, "M1", "张三", "男", "#n:60", "", "正式党员", "B1")
            .bytes());
    Files.write(
        xlsx.resolve("unknown-header.xlsx"),
        XlsxFiles.workbook("党员花名册")
            .row(0, 1, "编号", "姓名", "性别", "出生日期", "人员类别", "所在党组织", "籍贯")
            .bytes());
    Files.write(xlsx.resolve("not-a-workbook.xlsx"), "编号,姓名\r\n".getBytes(StandardCharsets.UTF_8));
    Files.write(
        xlsx.resolve("shared-strings-bomb.xlsx"),
        XlsxFiles.workbook("党员花名册").row(0, 1, "#s:0", "#s:2147483646").sharedStrings("编号").bytes());
    Files.write(
        xlsx.resolve("huge-shared-string.xlsx"),
        XlsxFiles.workbook("党员花名册")
            .row(0, 1, "#s:0", "#s:1")
            .sharedStrings("编号", "名".repeat(40_000))
            .bytes());
    Files.write(xlsx.resolve("zip-bomb.xlsx"), zipBomb());
  }

  private static void text(Path dir, String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  /** A workbook whose sheet inflates to 60 MB of white space: ratio about 1000. */
  private static byte[] zipBomb() throws IOException {
    byte[] base = XlsxFiles.workbook("党员花名册").row(0, 1, "编号").bytes();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out);
        java.util.zip.ZipInputStream in =
            new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(base))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        zip.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
          zip.write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                  .getBytes(StandardCharsets.UTF_8));
          byte[] spaces = new byte[1 << 20];
          java.util.Arrays.fill(spaces, (byte) ' ');
          for (int i = 0; i < 60; i++) {
            zip.write(spaces);
          }
          zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        } else {
          zip.write(in.readAllBytes());
        }
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
