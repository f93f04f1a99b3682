package org.dangjian.cli.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.dangjian.cli.CliRunner;
import org.dangjian.cli.CliRunner.Result;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.id.MobileNumber;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.link.MentionLinker;
import org.dangjian.core.member.Member;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.Privacy;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.testkit.SampleBulletins;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, the privacy sweep over the inputs {@link PrivacySweepTest} does not make: legacy XLS
 * rosters (full numbers in cells, in a header, as a numeric cell, with a bad checksum), PDF and
 * Word bulletins (numbers in the text and in the PDF's title), and news pages (numbers in the
 * headline, the source line and the paragraphs, as text, Markdown and HTML). Every command that
 * reads them runs on each: {@code validate} (text and JSON), {@code stats}, {@code convert} to
 * every format that holds them under {@code masked} and {@code omitted}, {@code bulletin check}
 * (both reports and the {@code --link} file) and {@code news check}. No full number of the inputs
 * may appear on stdout, stderr or in a written file.
 */
class PrivacySweepFormsTest {

  private static final String ID = "320106195410111207";
  private static final String ID_BAD_CHECK = "320106195410111208";
  private static final String PHONE = "18938905777";
  private static final String PHONE2 = "13912345678";
  private static final String AS_OF = "2024-01-31";

  @TempDir Path dir;

  private final Set<String> secrets = new LinkedHashSet<>();
  private final List<String> leaks = new ArrayList<>();
  private int runs;

  @Test
  void noFullIdentifierLeavesTheCommandLineFromXlsPdfWordAndNewsPages() throws IOException {
    Dataset group = DatasetGenerator.generate(GeneratorSettings.proportional(12, 30).build());
    for (Member m : group.members()) {
      m.idNumber().map(ResidentIdNumber::value).ifPresent(secrets::add);
      m.phone().map(MobileNumber::value).ifPresent(secrets::add);
    }
    secrets.addAll(List.of(ID, ID_BAD_CHECK, PHONE, PHONE2));
    Path jsonl = export(group, "group.jsonl");
    Path xlsx = export(group, "group.xlsx");
    String memberId = group.members().get(0).idNumber().orElseThrow().value();
    String memberPhone = group.members().get(0).phone().orElseThrow().value();

    Map<String, Path> rosters = new LinkedHashMap<>();
    rosters.put("full.xls", xls(xlsx, "full.xls", UnaryOperator.identity(), false));
    rosters.put("header-id.xls", xls(xlsx, "header-id.xls", t -> t.equals("姓名") ? ID : t, false));
    rosters.put(
        "swapped.xls",
        xls(
            xlsx,
            "swapped.xls",
            t -> t.equals(memberId) ? PHONE2 : t.equals(memberPhone) ? ID_BAD_CHECK : t,
            false));
    rosters.put("phone-as-number.xls", xls(xlsx, "phone-as-number.xls", t -> t, true));
    rosters.put(
        "id-in-name.xls",
        xls(xlsx, "id-in-name.xls", t -> t.equals(memberId) ? "身份证" + ID + "号" : t, false));

    Map<String, Path> bulletins = new LinkedHashMap<>();
    bulletins.put("numbers.pdf", pdf("numbers.pdf", "Bulletin 2024", false));
    bulletins.put("title.pdf", pdf("title.pdf", "ID " + ID + " tel " + PHONE, true));
    Path clean = docx(markdown(), "clean.docx");
    bulletins.put(
        "numbers.docx", edit(clean, "numbers.docx", false, "联系人身份证号 " + ID + "，电话 " + PHONE + "。"));
    bulletins.put(
        "title.docx", edit(clean, "title.docx", true, "身份证 " + ID_BAD_CHECK + " 手机 " + PHONE2));

    Map<String, Path> pages = new LinkedHashMap<>();
    String name = MentionLinker.shortName(root(group));
    pages.put("article.txt", page("article.txt", name, false));
    pages.put("article.md", page("article.md", name, false));
    pages.put("article.html", page("article.html", name, true));

    assertThat(rosters.size() + bulletins.size() + pages.size()).isGreaterThanOrEqualTo(12);
    for (Map.Entry<String, Path> roster : rosters.entrySet()) {
      Path in = roster.getValue();
      validate(roster.getKey(), in);
      run(roster.getKey() + " stats", "stats", in.toString(), "--as-of", AS_OF);
      convert(roster.getKey(), in, List.of("json", "jsonl", "csv", "xlsx"));
    }
    for (Map.Entry<String, Path> bulletin : bulletins.entrySet()) {
      Path in = bulletin.getValue();
      validate(bulletin.getKey(), in);
      convert(bulletin.getKey(), in, List.of("json", "md", "html", "docx"));
      bulletinCheck(bulletin.getKey(), in, jsonl);
    }
    for (Map.Entry<String, Path> page : pages.entrySet()) {
      for (String lang : List.of("zh", "en")) {
        run(
            page.getKey() + " news check " + lang,
            "news",
            "check",
            page.getValue().toString(),
            jsonl.toString(),
            "--lang",
            lang,
            "--as-of",
            AS_OF);
      }
    }
    assertThat(runs).isGreaterThan(100);
    assertThat(leaks).isEmpty();
  }

  private void validate(String name, Path in) {
    for (String report : List.of("text", "json")) {
      run(
          name + " validate " + report,
          "validate",
          in.toString(),
          "--as-of",
          AS_OF,
          "--report",
          report);
    }
  }

  private void convert(String name, Path in, List<String> targets) throws IOException {
    for (String target : targets) {
      for (String privacy : List.of("masked", "omitted")) {
        Path out = dir.resolve("out-" + privacy + "." + target);
        Files.deleteIfExists(out);
        run(
            name + " → " + target + " " + privacy,
            "convert",
            in.toString(),
            out.toString(),
            "--privacy",
            privacy,
            "--report",
            "text",
            "--as-of",
            AS_OF);
        if (Files.exists(out)) {
          check(name + " → " + target + " " + privacy + " file", PrivacySweepTest.contents(out));
        }
      }
    }
  }

  private void bulletinCheck(String name, Path in, Path data) throws IOException {
    Path linked = dir.resolve("linked.md");
    for (String report : List.of("text", "json")) {
      Files.deleteIfExists(linked);
      run(
          name + " bulletin check " + report,
          "bulletin",
          "check",
          in.toString(),
          data.toString(),
          "--report",
          report,
          "--link",
          linked.toString(),
          "--as-of",
          AS_OF);
      if (Files.exists(linked)) {
        check(name + " bulletin check --link file", PrivacySweepTest.contents(linked));
      }
    }
  }

  private void run(String where, String... args) {
    Result r = CliRunner.run(args);
    runs++;
    assertThat(r.exitCode()).as(where + ": " + r.err()).isBetween(0, 2);
    check(where, r.out() + r.err());
  }

  private void check(String where, String text) {
    String upper = text.toUpperCase(Locale.ROOT);
    for (String secret : secrets) {
      if (upper.contains(secret)) {
        leaks.add(where + ": " + secret);
      }
    }
  }

  private Path export(Dataset dataset, String name) throws IOException {
    Path file = dir.resolve(name);
    DangjianExporter.of(ExportOptions.of(Privacy.FULL)).write(dataset, file);
    return file;
  }

  private static String root(Dataset group) {
    return group.organizations().stream()
        .filter(o -> o.parentId().isEmpty())
        .findFirst()
        .orElseThrow()
        .name();
  }

  /**
   * {@code xlsx} copied cell by cell as text into an .xls workbook, each text changed by {@code
   * change}; with {@code numericPhones}, an 11-digit text becomes a numeric cell.
   */
  private Path xls(Path xlsx, String name, UnaryOperator<String> change, boolean numericPhones)
      throws IOException {
    Path xls = dir.resolve(name);
    try (ReadableWorkbook in = new ReadableWorkbook(xlsx.toFile());
        HSSFWorkbook out = new HSSFWorkbook()) {
      for (org.dhatim.fastexcel.reader.Sheet sheet : in.getSheets().toList()) {
        Sheet copy = out.createSheet(sheet.getName());
        for (org.dhatim.fastexcel.reader.Row row : sheet.read()) {
          Row target = copy.createRow(row.getRowNum() - 1);
          for (Cell cell : row) {
            if (cell != null && cell.getRawValue() != null) {
              String text = change.apply(cell.getText());
              if (numericPhones && text.matches("1\\d{10}")) {
                target.createCell(cell.getColumnIndex()).setCellValue(Double.parseDouble(text));
              } else {
                target.createCell(cell.getColumnIndex()).setCellValue(text);
              }
            }
          }
        }
      }
      try (OutputStream file = Files.newOutputStream(xls)) {
        out.write(file);
      }
    }
    return xls;
  }

  /** A one-page PDF of Latin text holding both numbers; with {@code inTitle}, also its title. */
  private Path pdf(String name, String title, boolean inTitle) throws IOException {
    Path file = dir.resolve(name);
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      if (inTitle) {
        document.getDocumentInformation().setTitle(title);
      }
      try (PDPageContentStream text = new PDPageContentStream(document, page)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        text.newLineAtOffset(72, 700);
        text.setLeading(16);
        for (String line :
            List.of(
                title,
                "Contact ID " + ID + ", mobile " + PHONE,
                "Checksum " + ID_BAD_CHECK + " and +86 " + PHONE2)) {
          text.showText(line);
          text.newLine();
        }
        text.endText();
      }
      document.save(file.toFile());
    }
    return file;
  }

  private String markdown() throws IOException {
    Path md = export(Dataset.builder().addBulletin(SampleBulletins.issue62()).build(), "b.md");
    return Files.readString(md);
  }

  /** {@code markdown} converted with full identifiers into a Word file. */
  private Path docx(String markdown, String name) throws IOException {
    Path md = dir.resolve(name + ".md");
    Files.writeString(md, markdown);
    Path docx = dir.resolve(name);
    Result r = CliRunner.run("convert", md.toString(), docx.toString(), "--privacy", "full");
    assertThat(r.exitCode()).as(r.err()).isBetween(0, 1);
    return docx;
  }

  /**
   * {@code docx} with {@code text} added: as a run of the first paragraph (the masthead) when
   * {@code first}, else as a paragraph of its own at the end.
   */
  private Path edit(Path docx, String name, boolean first, String text) throws IOException {
    Path edited = dir.resolve(name);
    try (InputStream in = Files.newInputStream(docx);
        XWPFDocument document = new XWPFDocument(in)) {
      if (first) {
        document.getParagraphs().get(0).createRun().setText(" " + text);
      } else {
        document.createParagraph().createRun().setText(text);
      }
      try (OutputStream out = Files.newOutputStream(edited)) {
        document.write(out);
      }
    }
    assertThat(PrivacySweepTest.contents(edited))
        .as("the Word input holds the text")
        .contains(text);
    return edited;
  }

  /** A news page about the organization {@code name} with both numbers in every part. */
  private Path page(String file, String name, boolean html) throws IOException {
    String headline = name + "：党建引领发展 热线" + PHONE;
    String source = "2024-01-10 10:20 来源:示例日报 张某 " + PHONE2;
    String paragraph =
        "近年来，" + name + "下辖党支部3个，党员" + ID + "人，联系人身份证号" + ID_BAD_CHECK + "，电话" + PHONE + "。";
    String text;
    if (html) {
      text =
          "<html><head><title>"
              + headline
              + "</title></head><body><h1>"
              + headline
              + "</h1><p>"
              + source
              + "</p><p>"
              + paragraph
              + "</p></body></html>\n";
    } else if (file.endsWith(".md")) {
      text = "# " + headline + "\n\n" + source + "\n\n" + paragraph + "\n";
    } else {
      text = "首页 新闻频道 党建\n" + headline + "\n" + source + "\n" + paragraph + "\n版权所有 示例日报\n";
    }
    Path path = dir.resolve(file);
    Files.writeString(path, text, StandardCharsets.UTF_8);
    return path;
  }
}
