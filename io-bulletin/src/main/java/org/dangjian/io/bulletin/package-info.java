/**
 * Bulletins (党群工作简报) as text beyond the file formats: {@link
 * org.dangjian.io.bulletin.BulletinMarkdown} gives the Markdown of one bulletin, and {@link
 * org.dangjian.io.bulletin.NewsReportReader} reads news reports (新闻稿) from web pages, newspaper
 * text and Markdown into {@code NewsReport}s with the figures their sentences state ({@link
 * org.dangjian.io.bulletin.NewsReading}). The formats themselves (plain text, Markdown, HTML) need
 * no API: {@code DangjianImporter} and {@code DangjianExporter} find them once this module is on
 * the class or module path.
 */
package org.dangjian.io.bulletin;
