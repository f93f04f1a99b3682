package org.dangjian.io.bulletin.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.bulletin.BulletinItem;
import org.dangjian.core.bulletin.ImmutableBulletin;
import org.dangjian.core.bulletin.Section;
import org.dangjian.core.bulletin.SectionKind;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.Privacy;
import org.dangjian.io.RecordWriter;
import org.dangjian.testkit.SampleBulletins;
import org.junit.jupiter.api.Test;

/**
 * The Word writer: the layout's parts are in the document (red title, A4 margins of GB/T 9704,
 * outline levels of sections and items, the statistics table), personal numbers in the text are
 * masked unless the profile is full, and two bulletins go to one document, the second from a new
 * page.
 */
class DocxWriterTest {

  private static final DataFormat DOCX = DataFormat.forName("docx").orElseThrow();
  private static final String MOBILE = "13812345678";

  private static Bulletin withMobile() {
    Bulletin issue = SampleBulletins.issue62();
    Section extra =
        Section.builder()
            .kind(SectionKind.GROUP_NEWS)
            .heading("集团党群简讯")
            .addItem(
                BulletinItem.builder()
                    .headline("联系人变更")
                    .addParagraphs("联系人王某某，电话" + MOBILE + "。")
                    .build())
            .build();
    return ImmutableBulletin.copyOf(issue).withSections(extra);
  }

  private static String documentXml(byte[] docx) throws Exception {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (entry.getName().equals("word/document.xml")) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no word/document.xml");
  }

  private static byte[] write(Privacy privacy, Object... records) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter writer =
        DangjianExporter.of(ExportOptions.builder().privacy(privacy).build()).open(out, DOCX)) {
      for (Object record : records) {
        writer.write(record);
      }
    }
    return out.toByteArray();
  }

  @Test
  void theLayoutOfTheHtmlPageIsInTheDocument() throws Exception {
    String xml = documentXml(write(Privacy.FULL, SampleBulletins.issue62()));
    assertThat(xml)
        .contains("w:color w:val=\"C00000\"", "党群工作简报", "总第六十二期", "【党建大数据】", "➤")
        .contains("w:pgMar w:top=\"2098\"", "w:left=\"1587\"")
        .contains("w:outlineLvl w:val=\"0\"", "w:outlineLvl w:val=\"1\"")
        .contains("<w:tbl>", "党员总数", "3096")
        .doesNotContain("w:br w:type=\"page\"");
  }

  @Test
  void personalNumbersAreMaskedUnlessTheProfileIsFull() throws Exception {
    assertThat(documentXml(write(Privacy.MASKED, withMobile())))
        .doesNotContain(MOBILE)
        .contains("138");
    assertThat(documentXml(write(Privacy.OMITTED, withMobile()))).doesNotContain(MOBILE);
    assertThat(documentXml(write(Privacy.FULL, withMobile()))).contains(MOBILE);
  }

  @Test
  void twoBulletinsShareOneDocumentTheSecondFromANewPage() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RecordWriter writer = DangjianExporter.of(ExportOptions.defaults()).open(out, DOCX);
    writer.write(SampleBulletins.issue62());
    writer.write(SampleBulletins.issue62());
    writer.close();
    assertThat(writer.skipped()).isZero();
    String xml = documentXml(out.toByteArray());
    assertThat(xml.split("总第六十二期", -1)).hasSize(3);
    assertThat(xml).contains("w:pageBreakBefore");
  }
}
