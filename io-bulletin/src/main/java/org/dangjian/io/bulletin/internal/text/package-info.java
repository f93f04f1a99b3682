/**
 * The plain-text bulletin reader: the layout of docs/bulletin-text.md, tolerant of the variations
 * of real bulletins, with every line it cannot place reported. Read only. Not exported.
 */
package org.dangjian.io.bulletin.internal.text;
