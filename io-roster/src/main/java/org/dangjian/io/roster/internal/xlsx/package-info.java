/**
 * The XLSX roster format: a guard that checks a workbook's ZIP entries against the reading limits
 * before fastexcel-reader opens it, the reader of both roster sheets, and a streaming writer with
 * fastexcel, with their service providers. Not exported.
 */
package org.dangjian.io.roster.internal.xlsx;
