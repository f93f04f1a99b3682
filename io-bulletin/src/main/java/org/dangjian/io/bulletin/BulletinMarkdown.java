package org.dangjian.io.bulletin;

import java.util.Objects;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.io.bulletin.internal.markdown.MarkdownBulletinWriter;

/**
 * The Markdown text of one bulletin, exactly as the {@code md} format writes it in a file (the
 * layout of docs/bulletin-markdown.md, lossless), for callers that show or store a bulletin outside
 * a file export, such as a preview in a web page. Files of bulletins in any format are written and
 * read through {@code DangjianExporter} and {@code DangjianImporter}, which find this module's
 * formats by themselves.
 */
public final class BulletinMarkdown {

  private BulletinMarkdown() {}

  /** The Markdown of {@code bulletin}, ending with a line break. */
  public static String of(Bulletin bulletin) {
    return MarkdownBulletinWriter.markdown(Objects.requireNonNull(bulletin, "bulletin"));
  }
}
