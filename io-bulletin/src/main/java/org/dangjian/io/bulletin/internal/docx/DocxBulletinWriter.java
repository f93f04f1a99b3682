package org.dangjian.io.bulletin.internal.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.bulletin.BulletinItem;
import org.dangjian.core.bulletin.Distribution;
import org.dangjian.core.bulletin.Masthead;
import org.dangjian.core.bulletin.PriorityItem;
import org.dangjian.core.bulletin.Section;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.Privacy;
import org.dangjian.io.RecordWriter;
import org.dangjian.io.bulletin.internal.BulletinOnlyWriter;
import org.dangjian.io.bulletin.internal.ChineseNumerals;
import org.dangjian.io.spi.FormatWriter;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * Writes bulletins as one Word document ({@code .docx}) in the layout of the HTML page, which
 * follows GB/T 9704-2012: an A4 sheet with margins of 37, 35, 28 and 26 mm, the red masthead title
 * (红头) in 小标宋, the issue line, the publishers with the publication date set right, the red rule,
 * then each section's heading {@code 【…】} in 黑体 (outline level 1), its statistics table ({@link
 * DocxStatistics}), its items (a {@code ➤} headline in 楷体, outline level 2, the date set right,
 * paragraphs in 仿宋 3号 with a two-character first-line indent) and its {@code ◇} priorities, and the
 * trailer between two rules (distribution, editor and approver, print run); each bulletin after the
 * first starts a new page. The document is built in memory and written at {@link #close()}. Unless
 * the privacy profile is {@link Privacy#FULL}, resident ID and mobile numbers in any text are
 * masked. Organizations, members, activities and pairings have no place in it: skipped and counted.
 * {@link DocxBulletinReader} reads what this writes back to the same masthead, sections,
 * statistics, item headlines and priorities.
 */
public final class DocxBulletinWriter extends BulletinOnlyWriter {

  static final String RED = "C00000";
  static final String TITLE_FONT = "方正小标宋简体";
  static final String HEADING_FONT = "黑体";
  static final String HEADLINE_FONT = "楷体_GB2312";
  static final String BODY_FONT = "仿宋_GB2312";

  /** 3号: the body size of GB/T 9704, in points. */
  static final int BODY_POINTS = 16;

  /** Twips (1/20 pt) per millimetre. */
  private static final double TWIPS_PER_MM = 1440 / 25.4;

  /** The text width of an A4 sheet with the margins above, in twips (the right tab stop). */
  static final int TEXT_WIDTH = twips(210 - 28 - 26);

  private final OutputStream out;
  private final XWPFDocument document = new XWPFDocument();
  private int bulletins;
  private boolean closed;

  /** The provider of the {@code docx} writer. */
  public static final class Provider implements FormatWriter {
    @Override
    public DataFormat format() {
      return DocxBulletinReader.DOCX;
    }

    @Override
    public RecordWriter open(OutputStream out, ExportOptions options) throws IOException {
      return new DocxBulletinWriter(out, options.privacy());
    }
  }

  /**
   * A writer onto {@code out}, which {@link #close()} closes. Unless {@code privacy} is {@link
   * Privacy#FULL}, resident ID and mobile numbers found anywhere in the text are masked.
   */
  public DocxBulletinWriter(OutputStream out, Privacy privacy) {
    super(privacy);
    this.out = out;
    page();
  }

  private void page() {
    CTSectPr section = document.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(twips(210)));
    size.setH(BigInteger.valueOf(twips(297)));
    CTPageMar margins = section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(twips(37)));
    margins.setBottom(BigInteger.valueOf(twips(35)));
    margins.setLeft(BigInteger.valueOf(twips(28)));
    margins.setRight(BigInteger.valueOf(twips(26)));
  }

  static int twips(double millimetres) {
    return (int) Math.round(millimetres * TWIPS_PER_MM);
  }

  @Override
  protected void bulletin(Bulletin bulletin) throws IOException {
    if (closed) {
      throw new IOException("the Word document is already written");
    }
    masthead(bulletin.masthead(), bulletins > 0);
    bulletins++;
    for (Section section : bulletin.sections()) {
      section(section);
    }
    trailer(bulletin);
  }

  private void masthead(Masthead masthead, boolean newPage) {
    XWPFParagraph title = paragraph(ParagraphAlignment.CENTER);
    title.setPageBreak(newPage);
    XWPFRun run = run(title, masthead.title(), TITLE_FONT, 36);
    run.setBold(true);
    run.setColor(RED);
    run.setCharacterSpacing(BODY_POINTS * 2);
    StringBuilder issue = new StringBuilder(masthead.periodText());
    masthead.issueNumber().ifPresent(n -> issue.append('\u3000').append(issueNumber(n)));
    masthead
        .runningNumber()
        .ifPresent(n -> issue.append('\u3000').append("总").append(issueNumber(n)));
    run(paragraph(ParagraphAlignment.CENTER), issue.toString(), BODY_FONT, BODY_POINTS);
    String publishers = masthead.publisherLine();
    Optional<LocalDate> published = masthead.publishDate();
    XWPFParagraph line = paragraph(ParagraphAlignment.LEFT);
    CTTabStop stop = line.getCTP().addNewPPr().addNewTabs().addNewTab();
    stop.setPos(BigInteger.valueOf(TEXT_WIDTH));
    stop.setVal(STTabJc.RIGHT);
    XWPFRun publisherRun = run(line, publishers, BODY_FONT, BODY_POINTS);
    if (published.isPresent()) {
      publisherRun.addTab();
      publisherRun.setText(text(chineseDate(published.get())));
    }
    DocxRules.bottom(line, RED, 20);
  }

  private static String issueNumber(int n) {
    return "第" + ChineseNumerals.format(n) + "期";
  }

  private void section(Section section) {
    XWPFParagraph heading = paragraph(ParagraphAlignment.LEFT);
    heading.getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);
    run(heading, "【" + section.heading() + "】", HEADING_FONT, BODY_POINTS);
    section.statistics().ifPresent(block -> DocxStatistics.append(this, block));
    for (BulletinItem item : section.items()) {
      item(item);
    }
    for (PriorityItem priority : section.priorities()) {
      StringBuilder text = new StringBuilder("◇").append(priority.text());
      List<String> responsible = priority.responsibleOrganizations();
      if (!responsible.isEmpty()) {
        text.append("（").append(String.join("、", responsible)).append("）");
      }
      XWPFParagraph line = paragraph(ParagraphAlignment.LEFT);
      line.setIndentationLeft(BODY_POINTS * 20 * 2);
      line.setIndentationHanging(BODY_POINTS * 20);
      run(line, text.toString(), BODY_FONT, BODY_POINTS);
    }
  }

  private void item(BulletinItem item) {
    XWPFParagraph headline = paragraph(ParagraphAlignment.LEFT);
    headline.getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.ONE);
    run(headline, "➤" + item.headline(), HEADLINE_FONT, BODY_POINTS).setBold(true);
    Optional<String> dateText = item.dateText().or(() -> item.date().map(d -> chineseDate(d)));
    dateText.ifPresent(d -> run(paragraph(ParagraphAlignment.RIGHT), d, BODY_FONT, BODY_POINTS));
    for (String text : item.paragraphs()) {
      body(text);
    }
  }

  /** Appends a body paragraph with a two-character first-line indent. */
  void body(String text) {
    XWPFParagraph paragraph = paragraph(ParagraphAlignment.BOTH);
    paragraph.setIndentationFirstLine(BODY_POINTS * 20 * 2);
    run(paragraph, text, BODY_FONT, BODY_POINTS);
  }

  private void trailer(Bulletin bulletin) {
    Optional<Distribution> distribution = bulletin.distribution();
    boolean signoff = bulletin.editor().isPresent() || bulletin.approver().isPresent();
    OptionalInt copies = bulletin.printCount();
    if (distribution.isEmpty() && !signoff && copies.isEmpty()) {
      return;
    }
    XWPFParagraph first = null;
    XWPFParagraph last = null;
    if (distribution.isPresent()) {
      for (String[] line :
          List.of(
              new String[] {"报：", String.join("，", distribution.get().reportTo())},
              new String[] {"送：", String.join("，", distribution.get().sendTo())},
              new String[] {"发：", String.join("，", distribution.get().issueTo())})) {
        if (!line[1].isEmpty()) {
          last = trailerLine(line[0] + line[1] + "。");
          first = first == null ? last : first;
        }
      }
    }
    if (signoff) {
      StringBuilder text = new StringBuilder();
      bulletin.editor().ifPresent(e -> text.append("编辑：").append(e));
      bulletin
          .approver()
          .ifPresent(
              a -> text.append(text.length() > 0 ? "\u3000\u3000" : "").append("签发：").append(a));
      last = trailerLine(text.toString());
      first = first == null ? last : first;
    }
    if (copies.isPresent()) {
      last = trailerLine("印数：" + copies.getAsInt() + "份");
      first = first == null ? last : first;
    }
    DocxRules.top(first, "000000", 6);
    DocxRules.bottom(last, "000000", 6);
  }

  private XWPFParagraph trailerLine(String text) {
    XWPFParagraph line = paragraph(ParagraphAlignment.LEFT);
    run(line, text, BODY_FONT, 14);
    return line;
  }

  XWPFParagraph paragraph(ParagraphAlignment alignment) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setAlignment(alignment);
    return paragraph;
  }

  /**
   * Appends a run of {@code text} (under the privacy profile) in {@code font} at {@code points}.
   */
  XWPFRun run(XWPFParagraph paragraph, String text, String font, int points) {
    XWPFRun run = paragraph.createRun();
    run.setFontFamily(font);
    run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
    run.setFontSize(points);
    run.setText(text(text));
    return run;
  }

  XWPFDocument document() {
    return document;
  }

  static String chineseDate(LocalDate date) {
    return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try (out;
        document) {
      document.write(out);
    }
  }
}
