package org.dangjian.cli.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dangjian.cli.CliRunner;
import org.dangjian.cli.CliRunner.Result;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.id.MobileNumber;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.member.Member;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.Privacy;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.testkit.SampleBulletins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: input with full resident ID and mobile numbers, broken in many ways (over 30 kinds of
 * fault in JSON Lines, JSON, CSV, XLSX, Markdown and text), goes through every command that reads
 * it: {@code validate} (text and JSON reports), {@code stats}, {@code bulletin check} (both reports
 * and the {@code --link} file) and {@code convert} to every format that holds it (JSON, JSON Lines,
 * CSV, XLSX; JSON, Markdown, HTML, Word) under {@code masked} and {@code omitted}; no full number
 * of the input may appear on stdout, stderr or in a written file. {@link PrivacySweepFormsTest}
 * does the same for XLS, PDF and Word inputs and {@code news check}.
 */
class PrivacySweepTest {

  private static final String ID = "320106195410111207";
  private static final String ID_BAD_CHECK = "320106195410111208";
  private static final String ID_X = "11010519491231002x";
  private static final String PHONE = "18938905777";
  private static final String PHONE2 = "13912345678";

  /** Output formats whose writers do not yet mask numbers found in free text: none any more. */
  private static final Set<String> NOT_YET_MASKED = Set.of();

  @TempDir Path dir;

  private final Set<String> secrets = new LinkedHashSet<>();
  private final Map<String, Path> faults = new LinkedHashMap<>();

  @Test
  void noFullIdentifierLeavesTheCommandLine() throws IOException {
    Dataset group = DatasetGenerator.generate(GeneratorSettings.proportional(12, 30).build());
    for (Member m : group.members()) {
      m.idNumber().map(ResidentIdNumber::value).ifPresent(secrets::add);
      m.phone().map(MobileNumber::value).ifPresent(secrets::add);
    }
    secrets.addAll(List.of(ID, ID_BAD_CHECK, ID_X.toUpperCase(Locale.ROOT), PHONE, PHONE2));
    Path jsonl = write(group, "base.jsonl");
    Path json = write(group, "base.json");
    Path csv = write(group, "base.csv");
    Path xlsx = write(group, "base.xlsx");
    Path md = write(Dataset.builder().addBulletin(SampleBulletins.issue62()).build(), "b.md");
    String lines = Files.readString(jsonl);
    String member = lines.lines().filter(l -> l.contains("\"idNumber\"")).findFirst().orElseThrow();
    String memberId = field(member, "idNumber");
    String memberPhone = field(member, "phone");

    // JSON Lines: one member line broken in one way each
    UnaryOperator<String> idq = l -> l.replace("\"" + memberId + "\"", "\"" + ID + "\"");
    jsonlFault(
        lines, member, "id-in-array", l -> l.replace("\"" + memberId + "\"", "[\"" + ID + "\"]"));
    jsonlFault(
        lines,
        member,
        "phone-in-object",
        l -> l.replace("\"" + memberPhone + "\"", "{\"p\":\"" + PHONE + "\"}"));
    jsonlFault(lines, member, "id-as-number", l -> l.replace("\"" + memberId + "\"", ID));
    jsonlFault(lines, member, "phone-as-number", l -> l.replace("\"" + memberPhone + "\"", PHONE));
    jsonlFault(lines, member, "id-in-name", l -> l.replaceFirst("\"name\":\"", "\"name\":\"" + ID));
    jsonlFault(
        lines,
        member,
        "phone-in-name",
        l -> l.replaceFirst("\"name\":\"", "\"name\":\"+86" + PHONE));
    jsonlFault(
        lines,
        member,
        "id-in-unknown-field",
        l -> l.replace("{", "{\"remarks\":\"身份证 " + ID + "\","));
    jsonlFault(
        lines,
        member,
        "key-without-quote",
        l -> l.replace("\"idNumber\":\"" + memberId + "\"", "\"idNumber" + ID));
    jsonlFault(lines, member, "id-as-key", l -> l.replace("{", "{\"" + ID + "\":1,"));
    jsonlFault(lines, member, "phone-as-key", l -> l.replace("{", "{\"" + PHONE + "\":\"x\","));
    jsonlFault(lines, member, "bare-token", l -> l.replace("\"" + memberId + "\"", "ID" + ID));
    jsonlFault(
        lines,
        member,
        "unterminated-string",
        l -> l.substring(0, l.indexOf("\"idNumber\"")) + "\"name\":\"" + ID);
    jsonlFault(lines, member, "bad-checksum", l -> l.replace(memberId, ID_BAD_CHECK));
    jsonlFault(
        lines,
        member,
        "id-in-organization-id",
        l -> l.replaceFirst("\"organizationId\":\"[^\"]*\"", "\"organizationId\":\"" + ID + "\""));
    jsonlFault(
        lines,
        member,
        "id-as-record-id",
        l -> l.replaceFirst("\"id\":\"[^\"]*\"", "\"id\":\"" + ID + "\""));
    jsonlFault(
        lines,
        member,
        "phone-in-id-field",
        l -> l.replace("\"" + memberId + "\"", "\"" + PHONE + "\""));
    jsonlFault(
        lines,
        member,
        "id-in-phone-field",
        l -> l.replace("\"" + memberPhone + "\"", "\"" + ID + "\""));
    jsonlFault(
        lines, member, "lower-x", l -> l.replace("\"" + memberId + "\"", "\"ID:" + ID_X + "\""));
    jsonlFault(
        lines,
        member,
        "huge-number",
        l -> l.replace("\"" + memberId + "\"", ID + "9".repeat(2000)));
    jsonlFault(
        lines,
        member,
        "id-in-gender",
        l -> l.replaceFirst("\"gender\":\"[A-Z]+\"", "\"gender\":\"" + ID + "\""));
    jsonlFault(
        lines,
        member,
        "phone-in-date",
        l -> l.replaceFirst("\"birthDate\":\"[^\"]*\"", "\"birthDate\":\"" + PHONE + "\""));
    jsonlFault(
        lines,
        member,
        "id-truncated-line",
        l -> idq.apply(l).substring(0, idq.apply(l).indexOf(ID) + ID.length()));
    fault("not-json.jsonl", ID + " " + PHONE + "\n" + lines);

    // JSON document
    String doc = Files.readString(json);
    fault("doc-truncated.json", doc.substring(0, doc.indexOf(memberId) + memberId.length()));
    fault("doc-id-as-number.json", doc.replace("\"" + memberId + "\"", ID));
    fault("doc-id-as-key.json", doc.replaceFirst("\\{", "{\"" + ID + "\":{\"" + PHONE + "\":1},"));

    // CSV roster
    String roster = Files.readString(csv);
    String header = roster.lines().findFirst().orElseThrow();
    String firstCell = header.split(",", -1)[0];
    fault("header-id.csv", roster.replaceFirst(Pattern.quote(firstCell), ID));
    fault("header-phone.csv", roster.replaceFirst(Pattern.quote(header), header + "," + PHONE));
    fault("cell-swap.csv", roster.replace(memberId, PHONE2).replace(memberPhone, ID));
    fault("cell-unterminated.csv", roster.replace(memberId, "\"" + ID));
    fault("cell-extra.csv", roster.replace(memberId, memberId + "," + ID + "," + PHONE));
    fault("cell-suffix.csv", roster.replace(memberId, ID + "abc"));
    fault("cell-bad-check.csv", roster.replace(memberId, ID_BAD_CHECK));

    // XLSX roster as written with full identifiers
    faults.put("full.xlsx", xlsx);

    // bulletins
    String bulletin = Files.readString(md);
    fault("bulletin-id.md", bulletin + "\n\n联系人身份证号 " + ID + "，电话 " + PHONE + "。\n");
    fault("bulletin-title.md", bulletin.replaceFirst("\n", " " + PHONE2 + "\n"));
    fault("bulletin-link.md", bulletin + "\n\n[张三](https://example.org/" + ID + ")\n");
    fault("bulletin.txt", "中共某支部委员会简报\n\n张三（身份证号 " + ID + "，手机 " + PHONE + "）发言。\n");

    assertThat(faults).hasSizeGreaterThanOrEqualTo(30);
    List<String> leaks = new ArrayList<>();
    List<String> knownGaps = new ArrayList<>();
    for (Map.Entry<String, Path> fault : faults.entrySet()) {
      Path in = fault.getValue();
      for (String report : List.of("text", "json")) {
        Result r =
            CliRunner.run("validate", in.toString(), "--as-of", "2024-01-31", "--report", report);
        check(leaks, fault.getKey() + " validate " + report, r.out() + r.err());
      }
      boolean bulletins = in.toString().endsWith(".md") || in.toString().endsWith(".txt");
      if (bulletins) {
        Path linked = dir.resolve("linked.md");
        Files.deleteIfExists(linked);
        for (String report : List.of("text", "json")) {
          Result r =
              CliRunner.run(
                  "bulletin",
                  "check",
                  in.toString(),
                  jsonl.toString(),
                  "--report",
                  report,
                  "--link",
                  linked.toString(),
                  "--force",
                  "--as-of",
                  "2024-01-31");
          check(leaks, fault.getKey() + " bulletin check " + report, r.out() + r.err());
          if (Files.exists(linked)) {
            check(leaks, fault.getKey() + " bulletin check --link file", contents(linked));
          }
        }
      } else {
        Result r = CliRunner.run("stats", in.toString(), "--as-of", "2024-01-31");
        check(leaks, fault.getKey() + " stats", r.out() + r.err());
      }
      List<String> targets =
          bulletins
              ? List.of("json", "md", "html", "docx")
              : List.of("json", "jsonl", "csv", "xlsx");
      for (String target : targets) {
        for (String privacy : List.of("masked", "omitted")) {
          Path out = dir.resolve("out-" + privacy + "." + target);
          Files.deleteIfExists(out);
          Result r =
              CliRunner.run(
                  "convert",
                  in.toString(),
                  out.toString(),
                  "--privacy",
                  privacy,
                  "--report",
                  "json",
                  "--as-of",
                  "2024-01-31");
          String name = fault.getKey() + " → " + target + " " + privacy;
          check(leaks, name, r.out() + r.err());
          if (Files.exists(out)) {
            check(
                NOT_YET_MASKED.contains(target) ? knownGaps : leaks, name + " file", contents(out));
          }
        }
      }
    }
    assertThat(leaks).isEmpty();
    // the known gap is only free text (names, ids, titles) that records accepted as valid carry
    assertThat(knownGaps).allMatch(gap -> !gap.contains(" validate ") && gap.contains(" file: "));
  }

  private void check(List<String> leaks, String where, String text) {
    String upper = text.toUpperCase(Locale.ROOT);
    for (String secret : secrets) {
      if (upper.contains(secret)) {
        leaks.add(where + ": " + secret);
      }
    }
  }

  /**
   * The text of a written file: its bytes, or for an Office file (a ZIP) the parts it holds; the
   * parts of a Word file also without their XML tags, so that a number split across runs shows.
   */
  static String contents(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String name = file.toString();
    if (!name.endsWith(".xlsx") && !name.endsWith(".docx")) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
    StringBuilder all = new StringBuilder();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        try (InputStream in = zip.getInputStream(e)) {
          String part = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          all.append(part).append('\n');
          if (name.endsWith(".docx")) {
            all.append(part.replaceAll("<[^>]*>", "")).append('\n');
          }
        }
      }
    }
    return all.toString();
  }

  private static String field(String line, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(line);
    assertThat(m.find()).as(name).isTrue();
    return m.group(1);
  }

  private Path write(Dataset dataset, String name) throws IOException {
    Path file = dir.resolve(name);
    DangjianExporter.of(ExportOptions.of(Privacy.FULL)).write(dataset, file);
    return file;
  }

  private void jsonlFault(String lines, String member, String name, UnaryOperator<String> change)
      throws IOException {
    String changed = change.apply(member);
    assertThat(changed).as(name).isNotEqualTo(member);
    fault(name + ".jsonl", lines.replace(member, changed));
  }

  private void fault(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    faults.put(name, file);
  }
}
