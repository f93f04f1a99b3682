package org.dangjian.io.roster;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.record.Location;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.RecordHandler;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.report.ValidationReport;

/** Test helper: imports bytes and keeps the records, their locations and the report. */
public final class Imports implements RecordHandler {

  /** The date imports in tests are judged as of. */
  public static final LocalDate AS_OF = LocalDate.of(2024, 1, 31);

  public final List<Member> members = new ArrayList<>();
  public final List<Organization> organizations = new ArrayList<>();
  public final List<Location> locations = new ArrayList<>();
  public ValidationReport report;

  /** Imports {@code bytes} of {@code format} with default options as of {@link #AS_OF}. */
  public static Imports read(byte[] bytes, DataFormat format) throws Exception {
    return read(bytes, format, ImportOptions.of(AS_OF));
  }

  /** Imports UTF-8 CSV text. */
  public static Imports csv(String text) throws Exception {
    return read(text.getBytes(StandardCharsets.UTF_8), DataFormat.CSV);
  }

  /** Imports {@code bytes} of {@code format} with {@code options}. */
  public static Imports read(byte[] bytes, DataFormat format, ImportOptions options)
      throws Exception {
    Imports imports = new Imports();
    String source = "test." + format.name();
    imports.report =
        DangjianImporter.of(options).read(new ByteArrayInputStream(bytes), source, format, imports);
    return imports;
  }

  @Override
  public void member(Member member, Location location) {
    members.add(member);
    locations.add(location);
  }

  @Override
  public void organization(Organization organization, Location location) {
    organizations.add(organization);
    locations.add(location);
  }

  /** The issues with an IO-* or ID-* code, each as "CODE@where", in report order. */
  public List<String> inputIssues() {
    return report.issues().stream()
        .filter(i -> i.code().startsWith("IO-") || i.code().startsWith("ID-"))
        .map(Imports::describe)
        .collect(Collectors.toList());
  }

  /** "CODE@line:column" for CSV, "CODE@sheet!cell" or "CODE@sheet!row" for XLSX. */
  public static String describe(Issue issue) {
    return issue.code() + "@" + where(issue.location());
  }

  /** The file position of a location, as in bad/expected.tsv. */
  public static String where(Location l) {
    if (l.sheet().isPresent() || l.cell().isPresent() || l.row().isPresent()) {
      String sheet = l.sheet().orElse("");
      if (l.cell().isPresent()) {
        return sheet + "!" + l.cell().get();
      }
      return sheet + (l.row().isPresent() ? "!" + l.row().getAsInt() : "");
    }
    if (l.line().isPresent()) {
      return l.line().getAsInt() + (l.column().isPresent() ? ":" + l.column().getAsInt() : "");
    }
    return "";
  }
}
