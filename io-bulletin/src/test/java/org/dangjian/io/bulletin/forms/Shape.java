package org.dangjian.io.bulletin.forms;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.bulletin.Masthead;
import org.dangjian.core.bulletin.PriorityItem;
import org.dangjian.core.bulletin.Publisher;
import org.dangjian.core.bulletin.Section;
import org.dangjian.core.bulletin.StatisticsBlock;
import org.dangjian.core.record.Location;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.RecordHandler;
import org.dangjian.io.bulletin.text.TextImports;
import org.dangjian.validation.report.ValidationReport;

/**
 * What every form of a bulletin must agree on: the masthead (without linked ids), each section's
 * kind and heading, the statistics block, the item headlines and the priorities as printed (text
 * and responsible organizations in brackets), plus the bulletins and report of one import.
 */
record Shape(
    String title,
    List<String> publishers,
    String statement,
    String period,
    String issue,
    String running,
    String published,
    List<String> sections,
    String statistics,
    List<List<String>> headlines,
    List<String> priorities) {

  /** Imports {@code bytes} in {@code format} and gives the only bulletin's shape and the report. */
  static Read read(byte[] bytes, String format) {
    List<Bulletin> bulletins = new ArrayList<>();
    RecordHandler handler =
        new RecordHandler() {
          @Override
          public void bulletin(Bulletin bulletin, Location location) {
            bulletins.add(bulletin);
          }
        };
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      ValidationReport report =
          DangjianImporter.of(ImportOptions.of(TextImports.AS_OF))
              .read(in, "test." + format, DataFormat.forName(format).orElseThrow(), handler);
      return new Read(bulletins, report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a resource of the test class path. */
  static Read resource(String name, String format) {
    try (InputStream in = Shape.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + name);
      }
      return read(in.readAllBytes(), format);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  record Read(List<Bulletin> bulletins, ValidationReport report) {
    Shape shape() {
      if (bulletins.size() != 1) {
        throw new AssertionError("expected one bulletin: " + report.issues());
      }
      return of(bulletins.get(0));
    }
  }

  static Shape of(Bulletin bulletin) {
    Masthead m = bulletin.masthead();
    List<String> sections = new ArrayList<>();
    List<List<String>> headlines = new ArrayList<>();
    List<String> priorities = new ArrayList<>();
    String statistics = "";
    for (Section section : bulletin.sections()) {
      sections.add(section.kind() + " " + section.heading());
      headlines.add(section.items().stream().map(i -> i.headline()).toList());
      for (PriorityItem priority : section.priorities()) {
        priorities.add(
            priority.text()
                + (priority.responsibleOrganizations().isEmpty()
                    ? ""
                    : "（" + String.join("、", priority.responsibleOrganizations()) + "）"));
      }
      if (section.statistics().isPresent()) {
        statistics = statistics(section.statistics().get());
      }
    }
    return new Shape(
        m.title(),
        m.publishers().stream().map(Publisher::name).toList(),
        m.compilingStatement().orElse(""),
        m.period().toString(),
        m.issueNumber().toString(),
        m.runningNumber().toString(),
        m.publishDate().toString(),
        sections,
        statistics,
        headlines,
        priorities);
  }

  private static String statistics(StatisticsBlock block) {
    return String.join(
        " ",
        "asOf=" + block.asOf(),
        "members=" + block.memberTotal(),
        "probationary=" + block.probationaryMembers(),
        "share=" + block.shareOfEmployeesPercent().map(s -> s.stripTrailingZeros().toPlainString()),
        "organizations=" + block.organizationTotal(),
        "committees=" + block.partyCommittees(),
        "generalBranches=" + block.generalBranches(),
        "branches=" + block.branches(),
        "other="
            + block.otherFigures().stream()
                .map(f -> f.label() + "=" + f.value().toPlainString() + f.unit().orElse(""))
                .toList());
  }
}
