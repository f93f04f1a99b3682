/**
 * The spreadsheet rosters that party offices keep, 党员花名册 (members) and 党组织名册 (organizations): their
 * columns ({@link org.dangjian.io.roster.MemberColumn}, {@link
 * org.dangjian.io.roster.OrganizationColumn}) with Chinese and English headers, aliases and value
 * types, and {@link org.dangjian.io.roster.RosterTemplate}, an empty XLSX workbook with drop-down
 * lists that offices can fill in and import. Reading and writing rosters goes through {@code
 * DangjianImporter} and {@code DangjianExporter} with the CSV and XLSX formats; {@link
 * org.dangjian.io.roster.RosterInspector} shows how a roster file is read (header, columns, skipped
 * rows, a masked preview) as a {@link org.dangjian.io.roster.RosterInspection}.
 */
package org.dangjian.io.roster;
