/**
 * The news report reader: plain text, Markdown and HTML pages turned into lines ({@link
 * org.dangjian.io.bulletin.internal.news.NewsLines}), site chrome dropped ({@link
 * org.dangjian.io.bulletin.internal.news.Chrome}), articles found by their source lines ({@link
 * org.dangjian.io.bulletin.internal.news.Bylines}) and assembled ({@link
 * org.dangjian.io.bulletin.internal.news.NewsAssembler}), figures read from sentences ({@link
 * org.dangjian.io.bulletin.internal.news.SentenceFigures}). Documented in docs/BULLETINS.md.
 */
package org.dangjian.io.bulletin.internal.news;
