package org.dangjian.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.dangjian.core.dataset.Dataset;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.junit.jupiter.api.Test;

class GroupStatisticsTest {

  @Test
  void the_sample_group_prints_the_figures_of_the_bulletin() {
    GeneratorSettings settings = GroupStatistics.sampleGroup(62);
    Dataset dataset = DatasetGenerator.generate(settings);
    String report = GroupStatistics.report(dataset, settings.asOf());
    assertThat(report)
        .contains("截至 2024-01-31")
        .contains("党员总数 3096 名，占职工总数 10.0%，其中预备党员 197 名")
        .contains("党组织总数 134 家：党委 16 家，党总支 4 家，党支部 114 家")
        .contains("【数据校验】全国通用规则 ")
        .contains("样本数据（截至 2024-01-31，national）：通过，错误 0，警告 0")
        .contains("注入缺陷后（截至 2024-01-31，national）：未通过，错误 1，警告 0")
        .containsPattern("\\[错误] DEV-010 注入缺陷后 mem-\\d+ development\\.training");
  }

  @Test
  void another_seed_gives_other_people_but_the_same_headline_figures() {
    GeneratorSettings settings = GroupStatistics.sampleGroup(7);
    Dataset a = DatasetGenerator.generate(settings);
    Dataset b = DatasetGenerator.generate(GroupStatistics.sampleGroup(62));
    assertThat(a).isNotEqualTo(b);
    assertThat(GroupStatistics.report(a, settings.asOf()))
        .contains("党员总数 3096 名，占职工总数 10.0%，其中预备党员 197 名");
  }
}
