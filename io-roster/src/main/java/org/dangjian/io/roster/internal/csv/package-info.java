/**
 * The CSV roster format: a reader on Jackson's CSV parser that detects UTF-8 or GB18030 and
 * recognizes the roster from its headers, and a writer of one roster as Excel opens it (UTF-8 with
 * byte-order mark, CRLF), with their service providers. Not exported.
 */
package org.dangjian.io.roster.internal.csv;
