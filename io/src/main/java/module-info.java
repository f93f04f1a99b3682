/**
 * Import and export of dangjian-sdk data in the formats it is exchanged in: JSON and JSON Lines,
 * CSV and XLSX rosters, and bulletins as plain text (read), Markdown and HTML. {@code
 * org.dangjian.io} holds the importer and exporter, {@code org.dangjian.io.spi} the interface
 * through which every format is provided and found with {@link java.util.ServiceLoader};
 * implementation lives in the unexported {@code internal} packages.
 */
module org.dangjian.io {
  requires transitive org.dangjian.core;
  requires transitive org.dangjian.validation;
  requires static org.immutables.value.annotations;
  requires java.xml;
  requires tools.jackson.core;
  requires tools.jackson.dataformat.csv;
  requires org.dhatim.fastexcel;
  requires org.dhatim.fastexcel.reader;
  requires org.apache.commons.compress;
  requires org.jsoup;
  requires org.commonmark;
  requires org.commonmark.ext.gfm.tables;
  requires transitive tools.jackson.databind;

  exports org.dangjian.io;
  exports org.dangjian.io.json;
  exports org.dangjian.io.roster;
  exports org.dangjian.io.spi;

  uses org.dangjian.io.spi.FormatReader;
  uses org.dangjian.io.spi.FormatWriter;

  provides org.dangjian.io.spi.FormatReader with
      org.dangjian.io.internal.json.JsonDocumentReader,
      org.dangjian.io.internal.json.JsonLinesReader,
      org.dangjian.io.internal.csv.CsvRosterReader,
      org.dangjian.io.internal.xlsx.XlsxRosterReader,
      org.dangjian.io.internal.bulletin.text.TextBulletinReader,
      org.dangjian.io.internal.bulletin.markdown.MarkdownBulletinReader;
  provides org.dangjian.io.spi.FormatWriter with
      org.dangjian.io.internal.json.JsonDocumentWriter.Provider,
      org.dangjian.io.internal.json.JsonLinesWriter.Provider,
      org.dangjian.io.internal.csv.CsvRosterWriter.Provider,
      org.dangjian.io.internal.xlsx.XlsxRosterWriter.Provider,
      org.dangjian.io.internal.bulletin.markdown.MarkdownBulletinWriter.Provider,
      org.dangjian.io.internal.bulletin.html.HtmlBulletinWriter.Provider;
}
