/**
 * Reading and writing dangjian-sdk data in the formats it is exchanged in. {@link
 * org.dangjian.io.DangjianImporter} decodes JSON, JSON Lines, CSV and XLSX files (and bulletins in
 * plain text and Markdown) and validates the records in the same streaming pass, reporting every
 * problem with its file location; {@link org.dangjian.io.DangjianExporter} writes datasets back
 * with a {@link org.dangjian.io.Privacy} profile and spreadsheet-formula neutralization.
 */
@DomainStyle
package org.dangjian.io;

import org.dangjian.core.internal.DomainStyle;
