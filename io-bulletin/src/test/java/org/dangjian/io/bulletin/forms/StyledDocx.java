package org.dangjian.io.bulletin.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTxbxContent;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Builds issue 62 of docs/DOMAIN.md as an office would type it in Word, unlike the SDK's own Word
 * writer: the masthead in a two-row table, the publishers in a text box, sections and items in the
 * built-in heading styles ({@code heading 2} and {@code heading 3}, brackets and markers left off
 * after the first), the figures as one sentence with the numbers in bold runs, the priorities and
 * the trailer as plain paragraphs. {@link FormsCorpus} writes it to {@code real/forms/}.
 */
final class StyledDocx {

  private StyledDocx() {}

  static byte[] issue62() throws IOException {
    try (XWPFDocument document = new XWPFDocument()) {
      XWPFStyles styles = document.createStyles();
      for (int level = 1; level <= 3; level++) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId("Heading" + level);
        style.addNewName().setVal("heading " + level);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
        styles.addStyle(new XWPFStyle(style));
      }
      XWPFTable masthead = document.createTable(2, 2);
      masthead.getRow(0).getCell(0).getParagraphs().get(0).createRun().setText("党群工作简报");
      masthead.getRow(0).getCell(0).getParagraphs().get(0).setStyle("Heading1");
      masthead.getRow(1).getCell(0).getParagraphs().get(0).createRun().setText("2024.1　第一期");
      masthead.getRow(1).getCell(1).getParagraphs().get(0).createRun().setText("总第六十二期");
      XWPFParagraph anchor = document.createParagraph();
      textBox(anchor, "协鑫集团党委、工会、团委联合编制");
      anchor.createRun().setText("2024年2月5日");

      heading(document, 2, "【党建要闻】");
      heading(document, 3, "➤二十届中央纪委三次全会在京召开");
      plain(document, "全会审议通过了工作报告。");

      heading(document, 2, "党建大数据");
      XWPFParagraph figures = document.createParagraph();
      String[] parts = {
        "截至2024年1月31日，集团共有党员总数",
        "3096",
        "名，其中预备党员",
        "197",
        "名，占职工比例",
        "10",
        "%；党组织总数",
        "134",
        "家，其中党委",
        "16",
        "家，党总支",
        "4",
        "家，党支部",
        "114",
        "家；发展党员",
        "45",
        "名，党员先锋岗",
        "60",
        "个。"
      };
      for (int i = 0; i < parts.length; i++) {
        XWPFRun run = figures.createRun();
        run.setText(parts[i]);
        run.setBold(i % 2 == 1);
      }

      heading(document, 2, "集团党群简讯");
      heading(document, 3, "集团党委召开2024年党建工作会议");
      plain(document, "会议总结了2023年党建工作，部署了2024年重点任务。");
      heading(document, 2, "基层党建动态");
      heading(document, 3, "➤能源板块党委召开2023年度基层党组织书记抓党建述职评议会");
      plain(document, "1月13日，能源板块党委召开2023年度基层党组织书记抓党建述职评议会。");
      plain(document, "会上，各支部书记逐一述职，板块党委书记逐一点评。");
      heading(document, 2, "基层工建动态");
      heading(document, 3, "新能源板块工会开展新春走访慰问");
      plain(document, "板块工会走访慰问困难职工。");
      heading(document, 2, "基层团建动态");
      heading(document, 3, "科技板块团委组织青年志愿服务活动");
      plain(document, "团员青年走进社区开展志愿服务。");
      heading(document, 2, "学习园地");
      heading(document, 3, "《习近平谈治国理政》第四卷");
      plain(document, "推荐书目：*第四卷* 第1章 — “坚持和发展中国特色社会主义”。");
      heading(document, 2, "二月份重点工作");
      plain(document, "◇召开2023年度基层党组织书记抓党建述职评议会（各板块党委）");
      plain(document, "◇开展春节期间走访慰问困难党员、职工");
      plain(document, "报：苏州市委组织部。");
      plain(document, "送：集团各部门。");
      plain(document, "发：各板块党委，各党支部。");
      plain(document, "编辑：集团党委办公室　　签发：王某某");
      plain(document, "印数：200份");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    }
  }

  private static void heading(XWPFDocument document, int level, String text) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setStyle("Heading" + level);
    paragraph.createRun().setText(text);
  }

  private static void plain(XWPFDocument document, String text) {
    document.createParagraph().createRun().setText(text);
  }

  /** Anchors a VML text box holding {@code text} in {@code paragraph}, as older Word files do. */
  private static void textBox(XWPFParagraph paragraph, String text) {
    CTP ctp = paragraph.getCTP();
    var pict = ctp.addNewR().addNewPict();
    try (var cursor = pict.newCursor()) {
      cursor.toEndToken();
      cursor.beginElement(
          new javax.xml.namespace.QName("urn:schemas-microsoft-com:vml", "shape", "v"));
      cursor.beginElement(
          new javax.xml.namespace.QName("urn:schemas-microsoft-com:vml", "textbox", "v"));
      cursor.beginElement(
          new javax.xml.namespace.QName(
              "http://schemas.openxmlformats.org/wordprocessingml/2006/main", "txbxContent", "w"));
    }
    CTTxbxContent content =
        (CTTxbxContent)
            pict
                .selectPath(
                    "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'"
                        + " .//w:txbxContent")[0]
                .changeType(CTTxbxContent.type);
    content.addNewP().addNewR().addNewT().setStringValue(text);
  }
}
