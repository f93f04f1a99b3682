/**
 * Bulletins (党群工作简报) as text beyond the file formats: {@link
 * org.dangjian.io.bulletin.BulletinMarkdown} gives the Markdown of one bulletin. The formats
 * themselves (plain text, Markdown, HTML) need no API: {@code DangjianImporter} and {@code
 * DangjianExporter} find them once this module is on the class or module path.
 */
package org.dangjian.io.bulletin;
