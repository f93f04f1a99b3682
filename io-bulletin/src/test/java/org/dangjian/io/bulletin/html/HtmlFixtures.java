package org.dangjian.io.bulletin.html;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.bulletin.BulletinItem;
import org.dangjian.core.bulletin.Masthead;
import org.dangjian.core.bulletin.Section;
import org.dangjian.core.bulletin.SectionKind;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.RecordWriter;

/**
 * Bulletins for the HTML tests, besides testkit's {@code SampleBulletins.issue62()} (issue 62 of
 * docs/DOMAIN.md with every part a page can show): small bulletins for pages of several; and
 * helpers that write bulletins through the public exporter.
 */
final class HtmlFixtures {

  private HtmlFixtures() {}

  /** A small bulletin with one news section: for pages of several bulletins. */
  static Bulletin small(int runningNumber, String headline) {
    return Bulletin.builder()
        .masthead(
            Masthead.builder()
                .title("党群工作简报")
                .period(YearMonth.of(2024, runningNumber - 61))
                .runningNumber(runningNumber)
                .build())
        .addSection(
            Section.builder()
                .kind(SectionKind.GROUP_NEWS)
                .heading("集团党群简讯")
                .addItem(BulletinItem.builder().headline(headline).addParagraph("正文。").build())
                .build())
        .build();
  }

  /** The page the public exporter writes for {@code bulletins}. */
  static String page(List<Bulletin> bulletins) throws IOException {
    return new String(pageBytes(bulletins), StandardCharsets.UTF_8);
  }

  /** The bytes of the page the public exporter writes for {@code bulletins}. */
  static byte[] pageBytes(List<Bulletin> bulletins) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter writer =
        DangjianExporter.of(ExportOptions.defaults()).open(out, DataFormat.HTML)) {
      for (Bulletin bulletin : bulletins) {
        writer.write(bulletin);
      }
    }
    return out.toByteArray();
  }
}
