package org.dangjian.io.bulletin.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.bulletin.BulletinItem;
import org.dangjian.core.bulletin.Section;
import org.dangjian.core.bulletin.SectionKind;
import org.junit.jupiter.api.Test;

/**
 * The tolerances of the layout engine that real bulletins need, each shown on a small text: what is
 * dropped as furniture, what is read in another place than the strict layout says, and that a block
 * of lines it cannot place is one issue at its first line.
 */
class LayoutToleranceTest {

  private static final String HEAD = TextBulletinReadTest.HEAD;

  @Test
  void aBlockOfUnplacedLinesIsOneIssueAtItsFirstLine() {
    String text =
        HEAD
            + "【集团党群简讯】\n"
            + "本栏目由集团党委办公室供稿。\n" // 5
            + "欢迎各单位踊跃投稿。\n" // 6
            + "投稿邮箱见内网。\n" // 7
            + "➤集团党委召开2024年党建工作会议\n"
            + "　　1月19日，集团党委召开会议。\n"
            + "【二月份重点工作】\n"
            + "各单位要高度重视。\n"; // 11: another reason, another block
    TextImports imports = TextImports.text(text);
    assertThat(imports.issues()).containsExactly("IO-UNPLACED@5:1", "IO-UNPLACED@11:1");
    assertThat(imports.report.issues().get(0).value()).contains("本栏目由集团党委办公室供稿。 …");
  }

  @Test
  void logoLinesAndALeadHeadlineThatAnItemRepeatsAreDropped() {
    String text = "XY GROUP\n协鑫\n" + HEAD + "集团党委召开2024年党建工作会议\n" + TextBulletinReadTest.NEWS;
    TextImports imports = TextImports.text(text);
    assertThat(imports.issues()).isEmpty();
    assertThat(imports.bulletin().masthead().runningNumber()).hasValue(62);
    // a line that is no logo (not in the title or publisher line) stays reported
    TextImports other =
        TextImports.text("内部资料\n" + HEAD + "另一条头条新闻标题\n" + TextBulletinReadTest.NEWS);
    assertThat(other.issues()).containsExactly("IO-UNPLACED@1:1", "IO-UNPLACED@5:1");
  }

  @Test
  void sectionNamesWithAPrefixAndUnbracketedHeadingsHaveTheirKinds() {
    String text =
        HEAD
            + "## 协鑫集团党建数据\n"
            + "(截止 2024 年 1 月底统计)\n"
            + "党员总数 **3 096** 名  \n"
            + "占员工总数比 **10%**\n"
            + "其中预备党员数 197 名\n"
            + "#### 【XX集团党群简讯】\n"
            + "### ➤ 集团党委召开2024年党建工作会议\n"
            + "1月19日，集团党委召开会议。\n"
            + "基层党建动态\n"
            + "➤ **能源板块党委召开述职\n评议会**\n"
            + "1月13日召开。\n"
            + "三月份重点工作\n"
            + "- ◇ 做好党费收缴工作；\n";
    TextImports imports = TextImports.text(text);
    assertThat(imports.issues()).isEmpty();
    Bulletin bulletin = imports.bulletin();
    assertThat(bulletin.sections())
        .extracting(Section::kind)
        .containsExactly(
            SectionKind.STATISTICS,
            SectionKind.GROUP_NEWS,
            SectionKind.GRASSROOTS_PARTY,
            SectionKind.PRIORITIES);
    assertThat(bulletin.sections().get(0).heading()).isEqualTo("协鑫集团党建数据");
    var block = bulletin.sections().get(0).statistics().orElseThrow();
    assertThat(block.asOf()).hasToString("2024-01-31");
    assertThat(block.memberTotal()).hasValue(3096);
    assertThat(block.probationaryMembers()).hasValue(197);
    assertThat(block.shareOfEmployeesPercent().orElseThrow()).isEqualByComparingTo("10");
    assertThat(bulletin.sections().get(2).items())
        .extracting(BulletinItem::headline)
        .containsExactly("能源板块党委召开述职评议会");
    assertThat(bulletin.priorities()).extracting(p -> p.text()).containsExactly("做好党费收缴工作；");
  }

  @Test
  void aFirstHeadlineWithoutMarkerStandsOnlyWhenTheSectionShowsStrayMarkers() {
    String pdf =
        HEAD
            + "【集团党群简讯】\n"
            + "总第六十二期\n" // the masthead's running number, moved below the heading
            + "集团党委召开2024年党建工作会议\n"
            + "1月19日，集团党委召开会议，要求压紧压\n"
            + "➤\n" // a marker glyph inside a sentence
            + "实管党治党责任。\n"
            + "➤ 集团工会召开职代会\n"
            + "1月25日召开。\n"
            + "➤\n"; // and one after the last item
    TextImports imports = TextImports.text(pdf);
    assertThat(imports.issues()).isEmpty();
    List<BulletinItem> items = imports.bulletin().sections().get(0).items();
    assertThat(items)
        .extracting(BulletinItem::headline)
        .containsExactly("集团党委召开2024年党建工作会议", "集团工会召开职代会");
    assertThat(items.get(0).paragraphs()).containsExactly("1月19日，集团党委召开会议，要求压紧压实管党治党责任。");
    TextImports typed =
        TextImports.text(HEAD + "【集团党群简讯】\n本栏目供稿单位\n　　集团党委办公室。\n➤集团工会召开职代会\n　　1月25日召开。\n");
    assertThat(typed.issues()).containsExactly("IO-UNPLACED@5:1");
    assertThat(typed.bulletin().sections().get(0).items()).hasSize(1);
  }
}
