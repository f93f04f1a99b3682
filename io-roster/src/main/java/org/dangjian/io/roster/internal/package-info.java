/**
 * What the CSV and the XLSX roster share: the header names and aliases of each roster ({@link
 * org.dangjian.io.roster.internal.RosterHeaders}), the cells of a record ({@link
 * org.dangjian.io.roster.internal.RosterCells}) and a record of its cells ({@link
 * org.dangjian.io.roster.internal.RosterRows}), cell text ({@link
 * org.dangjian.io.roster.internal.CellText}) and the one definition of a dangerous cell, which
 * writers neutralize and readers detect ({@link org.dangjian.io.roster.internal.FormulaCells}). Not
 * exported.
 */
package org.dangjian.io.roster.internal;
