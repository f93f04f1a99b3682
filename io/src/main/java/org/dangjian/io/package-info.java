/**
 * Reading and writing dangjian-sdk data in the formats it is exchanged in. {@link
 * org.dangjian.io.DangjianImporter} decodes every installed {@link org.dangjian.io.DataFormat}
 * (JSON and JSON Lines here; CSV and XLSX rosters with dangjian-io-roster; plain-text and Markdown
 * bulletins with dangjian-io-bulletin) and validates the records in the same streaming pass,
 * reporting every problem with its file location; {@link org.dangjian.io.DangjianExporter} writes
 * datasets back with a {@link org.dangjian.io.Privacy} profile and spreadsheet-formula
 * neutralization. Formats are service providers ({@code org.dangjian.io.spi}), so a jar on the path
 * adds one.
 */
@DomainStyle
package org.dangjian.io;

import org.dangjian.core.internal.DomainStyle;
