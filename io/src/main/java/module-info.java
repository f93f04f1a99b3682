/**
 * Import and export of dangjian-sdk data: the importer and the exporter ({@code org.dangjian.io}),
 * the format service-provider interface through which every format is found with {@link
 * java.util.ServiceLoader} ({@code org.dangjian.io.spi}), and the formats that need nothing beyond
 * Jackson: the JSON exchange document and JSON Lines, with the Jackson module for your own mappers
 * ({@code org.dangjian.io.json}). CSV and XLSX rosters come with {@code org.dangjian.io.roster}
 * (artifact dangjian-io-roster), text, Markdown and HTML bulletins with {@code
 * org.dangjian.io.bulletin} (dangjian-io-bulletin); a JSON-only application needs this module
 * alone. Implementation lives in the {@code internal} packages.
 */
module org.dangjian.io {
  requires transitive org.dangjian.core;
  requires transitive org.dangjian.validation;
  requires static org.immutables.value.annotations;
  requires tools.jackson.core;
  requires transitive tools.jackson.databind;

  exports org.dangjian.io;
  exports org.dangjian.io.json;
  exports org.dangjian.io.spi;
  // The helpers the format modules of the SDK share (text decoding with encoding detection, the
  // masks of personal identifiers): implementation, not API, so exported to those modules only.
  exports org.dangjian.io.internal to
      org.dangjian.io.roster,
      org.dangjian.io.bulletin,
      org.dangjian.spark;
  // JsonLinesSplit: a large JSON Lines file read in splits on a cluster.
  exports org.dangjian.io.internal.json to
      org.dangjian.spark;

  uses org.dangjian.io.spi.FormatReader;
  uses org.dangjian.io.spi.FormatWriter;

  // JsonMapper.builder().findAndAddModules() finds DangjianJsonModule (masked profile).
  provides tools.jackson.databind.JacksonModule with
      org.dangjian.io.json.DangjianJsonModule;
  provides org.dangjian.io.spi.FormatReader with
      org.dangjian.io.internal.json.JsonDocumentReader,
      org.dangjian.io.internal.json.JsonLinesReader;
  provides org.dangjian.io.spi.FormatWriter with
      org.dangjian.io.internal.json.JsonDocumentWriter.Provider,
      org.dangjian.io.internal.json.JsonLinesWriter.Provider;
}
