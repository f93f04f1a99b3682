/**
 * The spreadsheet rosters of dangjian-sdk, 党员花名册 and 党组织名册, as CSV (UTF-8 or GB18030) and XLSX
 * files, and legacy Excel 97-2003 (.xls) workbooks, read only: a {@link
 * org.dangjian.io.spi.FormatReader} of each and a {@link org.dangjian.io.spi.FormatWriter} of CSV
 * and XLSX, which {@code DangjianImporter} and {@code DangjianExporter} find once this module is on
 * the class or module path, and {@code org.dangjian.io.roster}, the roster columns and the XLSX
 * template offices fill in. It brings Jackson's CSV module, fastexcel, Commons Compress (with which
 * the XLSX guard inspects a workbook's ZIP entries before fastexcel reads them) and Apache POI
 * (whose HSSF event API reads .xls); the implementation lives in the unexported {@code internal}
 * packages.
 */
module org.dangjian.io.roster {
  requires transitive org.dangjian.io;
  requires java.xml;
  requires tools.jackson.core;
  requires tools.jackson.dataformat.csv;
  requires org.dhatim.fastexcel;
  requires org.dhatim.fastexcel.reader;
  requires org.apache.commons.compress;
  requires org.apache.poi.poi;

  exports org.dangjian.io.roster;
  // The one definition of a dangerous spreadsheet cell, for the CSV listings of the command line.
  exports org.dangjian.io.roster.internal to
      org.dangjian.cli;

  provides org.dangjian.io.spi.FormatReader with
      org.dangjian.io.roster.internal.csv.CsvRosterReader,
      org.dangjian.io.roster.internal.xlsx.XlsxRosterReader,
      org.dangjian.io.roster.internal.xls.XlsRosterReader;
  provides org.dangjian.io.spi.FormatWriter with
      org.dangjian.io.roster.internal.csv.CsvRosterWriter.Provider,
      org.dangjian.io.roster.internal.xlsx.XlsxRosterWriter.Provider;
}
