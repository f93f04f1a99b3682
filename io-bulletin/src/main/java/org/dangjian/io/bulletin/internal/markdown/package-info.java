/**
 * The Markdown bulletin format of docs/bulletin-markdown.md, lossless: a writer, and a reader on
 * commonmark (with GFM tables) that assembles the bulletin back from the headings, lists, table and
 * machine-data comments the writer puts out. Not exported.
 */
package org.dangjian.io.bulletin.internal.markdown;
