/**
 * The legacy Excel 97-2003 ({@code .xls}, BIFF8) roster reader, streaming through Apache POI's HSSF
 * event API behind a guard that checks the BIFF record stream first.
 */
package org.dangjian.io.roster.internal.xls;
