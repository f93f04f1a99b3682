/**
 * The PDF bulletin reader: PDFBox text extraction in reading order, page furniture removed, wrapped
 * lines joined, then the plain-text layout engine.
 */
package org.dangjian.io.bulletin.internal.pdf;
