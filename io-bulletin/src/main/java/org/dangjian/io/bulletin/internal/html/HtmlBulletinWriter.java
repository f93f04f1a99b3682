package org.dangjian.io.bulletin.internal.html;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.Privacy;
import org.dangjian.io.RecordWriter;
import org.dangjian.io.bulletin.internal.BulletinOnlyWriter;
import org.dangjian.io.spi.FormatWriter;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Writes bulletins as one standalone printable HTML page in UTF-8: every bulletin an {@code
 * <article>} on its own A4 sheet, the style sheet inlined, no script, font, image or other file
 * referenced, so that the page prints and archives as it is. The page is built with jsoup, which
 * escapes every text, and is written at {@link #close()} (its title names the bulletins it holds);
 * a bulletin takes a few kilobytes of memory until then. Organizations, members, activities and
 * pairings have no place on the page: they are skipped and counted. The same bulletins in the same
 * order give the same bytes.
 */
public final class HtmlBulletinWriter extends BulletinOnlyWriter {

  /** The title of a page that holds no bulletin. */
  static final String EMPTY_TITLE = "党群工作简报";

  private final OutputStream out;
  private final Document page;
  private String firstDesignation;
  private int bulletins;
  private boolean closed;

  /** The provider of the {@link DataFormat#HTML} writer. */
  public static final class Provider implements FormatWriter {
    @Override
    public DataFormat format() {
      return DataFormat.HTML;
    }

    @Override
    public RecordWriter open(OutputStream out, ExportOptions options) throws IOException {
      return new HtmlBulletinWriter(out, options.privacy());
    }
  }

  /** A writer onto {@code out}, which {@link #close()} closes, writing every text as it is. */
  public HtmlBulletinWriter(OutputStream out) {
    this(out, Privacy.FULL);
  }

  /**
   * A writer onto {@code out}, which {@link #close()} closes. Unless {@code privacy} is {@link
   * Privacy#FULL}, resident ID and mobile numbers found anywhere in the page's text are masked.
   */
  public HtmlBulletinWriter(OutputStream out, Privacy privacy) {
    super(privacy);
    this.out = out;
    this.page = Document.createShell("");
    page.outputSettings()
        .charset(StandardCharsets.UTF_8)
        .escapeMode(Entities.EscapeMode.base)
        .prettyPrint(true)
        .indentAmount(1);
    page.prependChild(new DocumentType("html", "", ""));
    Element html = page.expectFirst("html").attr("lang", "zh-CN");
    Element head = html.expectFirst("head");
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta")
        .attr("name", "viewport")
        .attr("content", "width=device-width, initial-scale=1");
    head.appendElement("meta").attr("name", "generator").attr("content", "dangjian-sdk");
    head.appendElement("title");
    head.appendElement("style").appendChild(new DataNode(PageStyle.CSS));
  }

  @Override
  protected void bulletin(Bulletin bulletin) throws IOException {
    if (closed) {
      throw new IOException("the HTML page is already written");
    }
    if (bulletins == 0) {
      firstDesignation = bulletin.designation();
    }
    bulletins++;
    BulletinArticle.append(page.body(), bulletin);
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    page.title(title());
    try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      String html = page.outerHtml();
      writer.write(text(html));
      writer.write('\n');
    }
  }

  /** The designation of the only bulletin, or of the first one and how many there are. */
  private String title() {
    if (bulletins == 0) {
      return EMPTY_TITLE;
    }
    return bulletins == 1 ? firstDesignation : firstDesignation + " 等" + bulletins + "期";
  }
}
