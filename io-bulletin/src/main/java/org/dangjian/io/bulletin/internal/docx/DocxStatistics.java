package org.dangjian.io.bulletin.internal.docx;

import java.util.OptionalInt;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.dangjian.core.bulletin.StatedFigure;
import org.dangjian.core.bulletin.StatisticsBlock;

/**
 * The statistics block of the Word layout, as the HTML page sets it: a caption {@code 截至…} and a
 * table with a header row (项目, 数值, 单位) and one row per figure, the parts of a total indented.
 */
final class DocxStatistics {

  private static final String MEMBER_UNIT = "名";
  private static final String ORGANIZATION_UNIT = "家";

  private DocxStatistics() {}

  static void append(DocxBulletinWriter writer, StatisticsBlock block) {
    XWPFParagraph caption = writer.paragraph(ParagraphAlignment.LEFT);
    writer.run(
        caption,
        "截至" + DocxBulletinWriter.chineseDate(block.asOf()),
        DocxBulletinWriter.BODY_FONT,
        14);
    XWPFTable table = writer.document().createTable(1, 3);
    table.setWidth("100%");
    row(writer, table.getRow(0), "项目", "数值", "单位", false);
    count(writer, table, "党员总数", block.memberTotal(), MEMBER_UNIT, false);
    count(writer, table, "预备党员", block.probationaryMembers(), MEMBER_UNIT, true);
    block
        .shareOfEmployeesPercent()
        .ifPresent(
            share -> row(writer, table.createRow(), "占职工比例", share.toPlainString(), "%", false));
    count(writer, table, "党组织总数", block.organizationTotal(), ORGANIZATION_UNIT, false);
    count(writer, table, "党委", block.partyCommittees(), ORGANIZATION_UNIT, true);
    count(writer, table, "党总支", block.generalBranches(), ORGANIZATION_UNIT, true);
    count(writer, table, "党支部", block.branches(), ORGANIZATION_UNIT, true);
    for (StatedFigure other : block.otherFigures()) {
      row(
          writer,
          table.createRow(),
          other.label(),
          other.value().toPlainString(),
          other.unit().orElse(""),
          false);
    }
  }

  private static void count(
      DocxBulletinWriter writer,
      XWPFTable table,
      String label,
      OptionalInt value,
      String unit,
      boolean part) {
    if (value.isPresent()) {
      row(writer, table.createRow(), label, Integer.toString(value.getAsInt()), unit, part);
    }
  }

  private static void row(
      DocxBulletinWriter writer,
      XWPFTableRow row,
      String label,
      String value,
      String unit,
      boolean part) {
    String[] texts = {label, value, unit};
    ParagraphAlignment[] alignments = {
      ParagraphAlignment.LEFT, ParagraphAlignment.RIGHT, ParagraphAlignment.CENTER
    };
    for (int c = 0; c < 3; c++) {
      XWPFParagraph paragraph = row.getCell(c).getParagraphs().get(0);
      paragraph.setAlignment(alignments[c]);
      if (c == 0 && part) {
        paragraph.setIndentationLeft(DocxBulletinWriter.BODY_POINTS * 20 * 2);
      }
      writer.run(paragraph, texts[c], DocxBulletinWriter.BODY_FONT, 14);
    }
  }
}
