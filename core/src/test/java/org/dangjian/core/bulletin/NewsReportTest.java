package org.dangjian.core.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewsReportTest {

  private static NewsReport report() {
    return NewsReport.builder()
        .publication("人民日报")
        .publishedOn(LocalDate.of(2024, 1, 16))
        .addReporter("本报记者 王某")
        .addReporter("通讯员 李某")
        .dateLine("本报苏州1月15日电")
        .editor("赵某")
        .headline("外资企业里的党支部")
        .dateText("1月15日")
        .date(LocalDate.of(2024, 1, 15))
        .addParagraph("在苏州工业园区，一家外资电池企业的党支部……")
        .addOrganization(OrganizationMention.builder().name("某电池公司党支部").build())
        .addPerson(PersonMention.builder().name("陈某").post("党支部书记").build())
        .build();
  }

  /** Works on any article, as a mention extractor or checker would. */
  private static List<String> postsNamed(Article article) {
    return article.people().stream().flatMap(person -> person.post().stream()).toList();
  }

  @Test
  void publicationFields() {
    NewsReport report = report();

    assertThat(report.publication()).isEqualTo("人民日报");
    assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2024, 1, 16));
    assertThat(report.reporters()).containsExactly("本报记者 王某", "通讯员 李某");
    assertThat(report.dateLine()).contains("本报苏州1月15日电");
    assertThat(report.editor()).contains("赵某");
    assertThat(report.date()).contains(LocalDate.of(2024, 1, 15));
  }

  @Test
  void newsReportsAndBulletinItemsShareTheArticleShape() {
    assertThat(postsNamed(report())).containsExactly("党支部书记");
    BulletinItem item =
        BulletinItem.builder()
            .headline("党委召开述职评议会")
            .addPerson(PersonMention.builder().name("朱某").post("党委书记").build())
            .build();
    assertThat(postsNamed(item)).containsExactly("党委书记");
  }

  @Test
  void equalityAndCopies() {
    NewsReport report = report();

    assertThat(report).isEqualTo(report()).hasSameHashCodeAs(report());
    assertThat(ImmutableNewsReport.copyOf(report).withEditor("钱某")).isNotEqualTo(report);
    assertThat(ImmutableNewsReport.copyOf(report).withReporters(List.of("本报记者 王某")))
        .isNotEqualTo(report);
  }

  @Test
  void publicationAndDateAreRequired() {
    assertThatThrownBy(() -> NewsReport.builder().headline("标题").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("publication")
        .hasMessageContaining("publishedOn");
  }
}
