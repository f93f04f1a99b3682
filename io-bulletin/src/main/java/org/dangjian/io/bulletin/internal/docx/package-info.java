/**
 * Word (.docx) bulletins: the reader (a ZIP guard, POI's XWPF, then the plain-text layout engine)
 * and the writer of the GB/T 9704 layout.
 */
package org.dangjian.io.bulletin.internal.docx;
