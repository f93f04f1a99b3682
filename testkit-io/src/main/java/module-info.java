/**
 * Fixtures on disk for dangjian-sdk users ({@code DatasetFiles}): a generated dataset, valid or
 * carrying one testkit defect, written as files in every format the io modules write (JSON, JSON
 * Lines, the CSV rosters, the XLSX workbook; bulletins in Markdown, HTML and Word), for the test
 * suites of applications that import files. Separate from {@code org.dangjian.testkit} because the
 * io modules' own tests use testkit.
 */
module org.dangjian.testkit.io {
  requires transitive org.dangjian.testkit;
  requires transitive org.dangjian.io;
  // the CSV and XLSX writers, found by the io module's ServiceLoader
  requires org.dangjian.io.roster;
  // the Markdown, HTML and Word bulletin writers and readers, found the same way
  requires org.dangjian.io.bulletin;

  exports org.dangjian.testkit.io;
}
