/**
 * What the CSV and the XLSX roster share: the header names and aliases of each roster ({@link
 * org.dangjian.io.roster.internal.RosterHeaders}), the cells of a record ({@link
 * org.dangjian.io.roster.internal.RosterCells}) and a record of its cells ({@link
 * org.dangjian.io.roster.internal.RosterRows}), with formula neutralization ({@link
 * org.dangjian.io.roster.internal.CellText}). Not exported.
 */
package org.dangjian.io.roster.internal;
