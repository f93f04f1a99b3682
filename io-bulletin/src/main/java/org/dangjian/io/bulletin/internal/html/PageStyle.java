package org.dangjian.io.bulletin.internal.html;

/**
 * The style sheet of the bulletin page, inlined into its {@code <style>} element so that the page
 * needs no other file. Print first: an A4 sheet with the margins of GB/T 9704-2012 (top 37 mm,
 * bottom 35 mm, left 28 mm, right 26 mm), 仿宋 3号 (16 pt) body text at a line height of 1.75, the red
 * masthead title and rule (红头), headings in the faces the standard gives to its heading levels (黑体
 * for the first, 楷体 for the second), each bulletin on a new sheet. On screen the same content sits
 * on a white A4-sized sheet.
 */
final class PageStyle {

  /** The CSS text; constant, so that the same bulletins always give the same page. */
  static final String CSS =
      """

      @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
      html { color: #000; background: #fff; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      body {
        margin: 0;
        font-family: "仿宋_GB2312", "FangSong_GB2312", "仿宋", FangSong, STFangsong, "Noto Serif CJK SC", "Source Han Serif SC", "宋体", SimSun, serif;
        font-size: 16pt;
        line-height: 1.75;
        text-align: justify;
        overflow-wrap: anywhere;
      }
      article.bulletin + article.bulletin { break-before: page; }
      .masthead { text-align: center; margin-bottom: 1.5em; }
      .masthead-title {
        margin: 0;
        color: #c00;
        font-family: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "小标宋", "宋体", SimSun, "Noto Serif CJK SC", "Source Han Serif SC", serif;
        font-size: 36pt;
        font-weight: bold;
        line-height: 1.4;
        letter-spacing: 0.15em;
      }
      .masthead-issue { margin: 0.25em 0 0; text-indent: 0; text-align: center; }
      .masthead-issue span + span { margin-left: 1em; }
      .masthead-line { display: flex; justify-content: space-between; gap: 1em; margin-top: 0.5em; text-align: left; }
      .masthead-rule { height: 0; margin: 0.3em 0 0; border: 0; border-top: 2.5pt solid #c00; }
      h2.section-heading {
        margin: 1em 0 0.5em;
        font-family: "黑体", SimHei, "Noto Sans CJK SC", "Source Han Sans SC", "Heiti SC", sans-serif;
        font-size: 16pt;
        font-weight: normal;
        break-after: avoid;
      }
      .item { margin: 0 0 0.75em; }
      h3.item-headline {
        margin: 0.5em 0 0;
        font-family: "楷体_GB2312", "KaiTi_GB2312", "楷体", KaiTi, STKaiti, "Noto Serif CJK SC", "Source Han Serif SC", serif;
        font-size: 16pt;
        font-weight: bold;
        break-after: avoid;
      }
      .marker { margin-right: 0.25em; }
      p { margin: 0; text-indent: 2em; }
      p.item-date { text-indent: 0; text-align: right; }
      table.statistics { width: 100%; margin: 0.5em 0; border-collapse: collapse; font-size: 14pt; break-inside: avoid; }
      table.statistics caption { caption-side: top; padding-bottom: 0.25em; text-align: left; }
      table.statistics th, table.statistics td { padding: 0.1em 0.5em; border: 0.75pt solid #000; }
      table.statistics thead th { font-family: "黑体", SimHei, "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; font-weight: normal; text-align: center; }
      table.statistics tbody th { font-weight: normal; text-align: left; }
      table.statistics tr.part th { padding-left: 2em; }
      table.statistics td.value { text-align: right; font-variant-numeric: tabular-nums; }
      table.statistics td.unit { text-align: center; }
      ul.priorities { margin: 0; padding: 0; list-style: none; }
      ul.priorities li { padding-left: 2em; text-indent: -1.25em; }
      .trailer { margin-top: 2em; border-top: 0.75pt solid #000; border-bottom: 0.75pt solid #000; font-size: 14pt; break-inside: avoid; }
      .trailer p { text-indent: 0; padding: 0 1em; }
      .trailer .signoff span + span { margin-left: 2em; }
      @media screen {
        html { background: #e8e8e8; }
        article.bulletin {
          box-sizing: border-box;
          width: 210mm;
          min-height: 297mm;
          margin: 8mm auto;
          padding: 37mm 26mm 35mm 28mm;
          background: #fff;
          box-shadow: 0 0 2mm rgba(0, 0, 0, 0.3);
        }
      }
      """;

  private PageStyle() {}
}
