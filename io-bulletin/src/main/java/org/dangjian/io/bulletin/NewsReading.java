package org.dangjian.io.bulletin;

import java.util.List;
import org.dangjian.core.bulletin.NewsReport;
import org.dangjian.validation.report.ValidationReport;

/**
 * What {@link NewsReportReader} read from one page: the news reports it could build, in print
 * order, and the report of what it could not use, with line numbers ({@code IO-UNPLACED} for text
 * that belongs to no report, {@code IO-MISSING-FIELD} and {@code IO-REJECTED} for a report without
 * headline, publication or date, {@code IO-ENCODING} and {@code IO-LIMIT} for an unreadable input).
 * Its input summary counts the reports found ({@code read}), built ({@code accepted}) and not built
 * ({@code rejected}).
 *
 * @param reports the reports, possibly none
 * @param report the problems found while reading
 */
public record NewsReading(List<NewsReport> reports, ValidationReport report) {

  /** Copies the list. */
  public NewsReading {
    reports = List.copyOf(reports);
  }
}
