/**
 * Import and export of dangjian-sdk data in the formats it is exchanged in: JSON and JSON Lines,
 * CSV and XLSX rosters, bulletins. This module is thin in the foundation release: it names the
 * formats; readers and writers follow.
 */
module org.dangjian.io {
  requires transitive org.dangjian.core;
  requires org.dangjian.validation;

  exports org.dangjian.io;
}
