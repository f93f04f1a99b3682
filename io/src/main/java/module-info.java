/**
 * Import and export of dangjian-sdk data in the formats it is exchanged in: JSON and JSON Lines,
 * CSV and XLSX rosters, and bulletins as plain text (read), Markdown and HTML (written). {@code
 * org.dangjian.io} holds the importer and exporter; implementation lives in the unexported {@code
 * internal} packages.
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
  exports org.dangjian.io.roster;
  exports org.dangjian.io.json;
}
