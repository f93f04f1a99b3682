package org.dangjian.io.roster.internal;

import java.util.Map;
import org.dangjian.io.internal.SyntaxDetails;

/**
 * The arguments of the XLSX and XLS readers' {@code IO-SYNTAX} issues: the English detail and its
 * Chinese wording from the table {@code syntax-details-zh.tsv} beside this class (the CSV reader
 * translates Jackson's errors itself, {@code csv.CsvSyntaxTexts}).
 */
public final class RosterSyntaxDetails {

  private static final SyntaxDetails TABLE =
      SyntaxDetails.read(RosterSyntaxDetails.class.getResourceAsStream("syntax-details-zh.tsv"));

  private RosterSyntaxDetails() {}

  /** {@code detail} and, when the table knows it, {@code detailZh}. */
  public static Map<String, String> of(String english) {
    return TABLE.arguments(english);
  }
}
