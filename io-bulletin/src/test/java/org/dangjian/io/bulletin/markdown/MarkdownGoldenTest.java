package org.dangjian.io.bulletin.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.dangjian.io.bulletin.BulletinMarkdown;
import org.dangjian.testkit.SampleBulletins;
import org.junit.jupiter.api.Test;

/**
 * The Markdown of the issue-62 fixture is the committed file {@code bulletin/issue62.md}, byte for
 * byte (after a deliberate change of the layout, regenerate it by running this test with {@code
 * -Ddangjian.docs.update=true}), and a CommonMark parser with GFM tables sees in it the intended
 * structure: one level 1 title, the sections as level 2 headings, the items as level 3 headings,
 * the statistics as a table with the figures, and no machine data in the rendered HTML.
 */
class MarkdownGoldenTest {

  private static final Path GOLDEN = Path.of("src/test/resources/bulletin/issue62.md");

  private static final Parser PARSER =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();

  @Test
  void issue62MatchesTheCommittedFile() throws Exception {
    String markdown = Bulletins.write(List.of(SampleBulletins.issue62()));
    if (Boolean.getBoolean("dangjian.docs.update")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, markdown, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(GOLDEN, StandardCharsets.UTF_8))
        .as("%s is stale: run this test with -Ddangjian.docs.update=true", GOLDEN)
        .isEqualTo(markdown);
    assertThat(Bulletins.read(markdown).bulletins).containsExactly(SampleBulletins.issue62());
  }

  @Test
  void theApiGivesTheMarkdownTheFormatWrites() throws Exception {
    assertThat(BulletinMarkdown.of(SampleBulletins.issue62()))
        .isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  @Test
  void rendersAsTitleSectionsItemsAndATable() throws Exception {
    Node document = PARSER.parse(Bulletins.write(List.of(SampleBulletins.issue62())));
    List<String> outline = new ArrayList<>();
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      if (block instanceof Heading heading) {
        outline.add("h" + heading.getLevel() + " " + text(heading));
      } else if (block instanceof BulletList) {
        outline.add("list");
      } else if (block instanceof Paragraph paragraph) {
        outline.add("p " + text(paragraph));
      } else if (block instanceof TableBlock) {
        outline.add("table");
      } else if (block instanceof ThematicBreak) {
        outline.add("hr");
      } else {
        outline.add(block.getClass().getSimpleName());
      }
    }
    assertThat(outline)
        .containsExactly(
            "h1 党群工作简报",
            "list",
            "h2 【党建要闻】",
            "h3 ➤ 二十届中央纪委三次全会在京召开",
            "p 全会审议通过了工作报告。",
            "h2 【党建大数据】",
            "list",
            "table",
            "h2 【集团党群简讯】",
            "h3 ➤ 集团党委召开2024年党建工作会议",
            "list",
            "p 会议总结了2023年党建工作，部署了2024年重点任务。",
            "h2 【基层党建动态】",
            "h3 ➤ 能源板块党委召开2023年度基层党组织书记抓党建述职评议会",
            "list",
            "p 　　1月13日，能源板块党委召开2023年度基层党组织书记抓党建述职评议会。",
            "p 　　会上，各支部书记逐一述职，板块党委书记逐一点评。",
            "h2 【基层工建动态】",
            "h3 ➤ 新能源板块工会开展新春走访慰问",
            "list",
            "p 板块工会走访慰问困难职工。",
            "h2 【基层团建动态】",
            "h3 ➤ 科技板块团委组织青年志愿服务活动",
            "p 团员青年走进社区开展志愿服务。",
            "h2 【学习园地】",
            "h3 ➤ 《习近平谈治国理政》第四卷",
            "p 推荐书目：*第四卷* 第1章 — “坚持和发展中国特色社会主义”。",
            "h2 【二月份重点工作】",
            "p ◇ 召开2023年度基层党组织书记抓党建述职评议会",
            "list",
            "p ◇ 开展春节期间走访慰问困难党员、职工",
            "hr",
            "list");
  }

  @Test
  void theStatisticsTableHoldsEveryFigure() throws Exception {
    Node document = PARSER.parse(Bulletins.write(List.of(SampleBulletins.issue62())));
    List<List<String>> rows = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(CustomBlock block) {
            if (block instanceof TableBlock) {
              collect(block, rows);
            }
          }
        });
    assertThat(rows)
        .containsExactly(
            List.of("指标", "数值", "单位"),
            List.of("党员总数", "3096", "名"),
            List.of("预备党员", "197", "名"),
            List.of("占职工总数比例", "10", "%"),
            List.of("党组织总数", "134", "家"),
            List.of("党委", "16", "家"),
            List.of("党总支", "4", "家"),
            List.of("党支部", "114", "家"),
            List.of("发展党员", "45", "名"),
            List.of("党员先锋岗", "60", "个"));
  }

  @Test
  void machineDataDoesNotShowWhenRendered() throws Exception {
    String html =
        HtmlRenderer.builder()
            .extensions(List.of(TablesExtension.create()))
            .build()
            .render(PARSER.parse(Bulletins.write(List.of(SampleBulletins.issue62()))));
    String visible = html.replaceAll("<!--.*?-->", "");
    assertThat(visible).doesNotContain("ORG-GCL-", "M-000123", "2024-01-13", "kind=");
    assertThat(html).contains("<!-- id=ORG-GCL-010 -->", "<!-- date=2024-01-13 -->");
  }

  private static void collect(Node node, List<List<String>> rows) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof TableRow) {
        List<String> cells = new ArrayList<>();
        for (Node cell = child.getFirstChild(); cell != null; cell = cell.getNext()) {
          if (cell instanceof TableCell) {
            cells.add(text(cell));
          }
        }
        rows.add(cells);
      } else {
        collect(child, rows);
      }
    }
  }

  private static String text(Node node) {
    StringBuilder text = new StringBuilder();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text t) {
            text.append(t.getLiteral());
          }
        });
    return text.toString();
  }
}
