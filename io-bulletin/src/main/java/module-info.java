/**
 * The bulletins (党群工作简报) of dangjian-sdk as files: plain text (read), Markdown (read and written,
 * lossless) and a printable HTML page (written). It provides a {@link
 * org.dangjian.io.spi.FormatReader} or {@link org.dangjian.io.spi.FormatWriter} for each, which
 * {@code DangjianImporter} and {@code DangjianExporter} find once this module is on the class or
 * module path; its API, {@code org.dangjian.io.bulletin}, gives the Markdown of a single bulletin
 * and reads news reports (新闻稿) from web pages, newspaper text and Markdown. It brings commonmark
 * with its GFM tables extension (to read Markdown) and jsoup (to build the HTML page); the
 * implementation lives in the unexported {@code internal} packages.
 */
module org.dangjian.io.bulletin {
  requires transitive org.dangjian.io;
  requires org.jsoup;
  requires org.commonmark;
  requires org.commonmark.ext.gfm.tables;
  requires org.apache.pdfbox;
  requires org.apache.pdfbox.io;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.ooxml.schemas;
  requires org.apache.xmlbeans;

  exports org.dangjian.io.bulletin;

  provides org.dangjian.io.spi.FormatReader with
      org.dangjian.io.bulletin.internal.text.TextBulletinReader,
      org.dangjian.io.bulletin.internal.markdown.MarkdownBulletinReader,
      org.dangjian.io.bulletin.internal.pdf.PdfBulletinReader,
      org.dangjian.io.bulletin.internal.docx.DocxBulletinReader;
  provides org.dangjian.io.spi.FormatWriter with
      org.dangjian.io.bulletin.internal.markdown.MarkdownBulletinWriter.Provider,
      org.dangjian.io.bulletin.internal.html.HtmlBulletinWriter.Provider,
      org.dangjian.io.bulletin.internal.docx.DocxBulletinWriter.Provider;
}
