package org.dangjian.io.bulletin.news;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The expectation file of one corpus article ({@code name.expected} beside it): tab-separated key
 * and value per line, {@code #} comments. {@code reports} and {@code unplaced} count for the page;
 * then per report {@code report N} followed by its headline, publication, publishedOn, reporters
 * ({@code |}-separated), dateLine, date, editor (empty for none), paragraphs (a count), one {@code
 * organization} line per organization named and one {@code figure} line per figure ({@code
 * label|value|unit|approximate}), in print order.
 */
final class NewsExpectation {

  int reports;
  int unplaced;
  final List<Report> each = new ArrayList<>();

  static final class Report {
    String headline = "";
    String publication = "";
    String publishedOn = "";
    List<String> reporters = List.of();
    String dateLine = "";
    String date = "";
    String editor = "";
    int paragraphs;
    final List<String> organizations = new ArrayList<>();
    final List<String> figures = new ArrayList<>();
  }

  static NewsExpectation of(Path file) throws IOException {
    NewsExpectation out = new NewsExpectation();
    Report current = null;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      String key = tab < 0 ? line : line.substring(0, tab);
      String value = tab < 0 ? "" : line.substring(tab + 1);
      switch (key) {
        case "reports" -> out.reports = Integer.parseInt(value);
        case "unplaced" -> out.unplaced = Integer.parseInt(value);
        case "report" -> {
          current = new Report();
          out.each.add(current);
        }
        case "headline" -> current.headline = value;
        case "publication" -> current.publication = value;
        case "publishedOn" -> current.publishedOn = value;
        case "reporters" ->
            current.reporters = value.isEmpty() ? List.of() : List.of(value.split("\\|"));
        case "dateLine" -> current.dateLine = value;
        case "date" -> current.date = value;
        case "editor" -> current.editor = value;
        case "paragraphs" -> current.paragraphs = Integer.parseInt(value);
        case "organization" -> current.organizations.add(value);
        case "figure" -> current.figures.add(value);
        default -> throw new IllegalArgumentException(file + ": unknown key " + key);
      }
    }
    return out;
  }
}
