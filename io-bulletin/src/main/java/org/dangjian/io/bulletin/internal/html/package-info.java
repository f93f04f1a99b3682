/**
 * The HTML bulletin format: one standalone printable page (A4) built with jsoup, with the style
 * sheet inlined and nothing else referenced. Written only. Not exported.
 */
package org.dangjian.io.bulletin.internal.html;
