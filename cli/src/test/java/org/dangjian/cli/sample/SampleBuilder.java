package org.dangjian.cli.sample;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.record.Location;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.Privacy;
import org.dangjian.io.RecordHandler;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.testkit.Mutation;
import org.dangjian.testkit.Mutators;

/**
 * Builds the sample dataset bundled in the jar: a proportional group of {@value #MEMBERS} members
 * (seed {@value #SEED}) as of {@link GeneratorSettings#DEFAULT_AS_OF}, with three testkit defects
 * injected into the dataset (training too short, one introducer, a dangling parent) and one into
 * the JSON Lines text (a wrong check character of a resident ID number, which a dataset cannot
 * hold), written with full identifiers (the data is synthetic), plus the text that explains each
 * deliberate error with its line and record. {@link BundledSampleTest} compares the result with the
 * committed resources and rewrites them on request.
 */
final class SampleBuilder {

  static final long SEED = 62;
  static final int MEMBERS = 60;
  static final LocalDate AS_OF = GeneratorSettings.DEFAULT_AS_OF;

  /** One deliberate error: where it is and why it is an error, in both languages. */
  record Planted(String recordId, String rule, String zh, String en) {}

  /** The files of the sample. */
  record Sample(String data, String properties, String explanationZh, String explanationEn) {}

  private SampleBuilder() {}

  static Sample build() {
    Dataset dataset =
        DatasetGenerator.generate(GeneratorSettings.proportional(SEED, MEMBERS).build());
    List<Planted> planted = new ArrayList<>();
    Mutation training = Defect.TRAINING_TOO_SHORT.applyTo(dataset, AS_OF);
    planted.add(
        new Planted(
            training.recordId(),
            "DEV-010",
            "集中培训被改为 2 天 16 学时；发展对象须经过不少于 3 天或 24 学时的集中培训。",
            "concentrated training cut to 2 days and 16 class hours; a development target needs at"
                + " least 3 days or 24 class hours."));
    Mutation introducer = Defect.ONE_INTRODUCER.applyTo(training.dataset(), AS_OF);
    planted.add(
        new Planted(
            introducer.recordId(),
            "DEV-008",
            "删去了第二名入党介绍人；发展党员须有 2 名正式党员作入党介绍人。",
            "second introducer removed; admission needs two full members as introducers."));
    Mutation parent = Defect.DANGLING_PARENT.applyTo(introducer.dataset(), AS_OF);
    String missingParent =
        parent
            .dataset()
            .organization(parent.recordId())
            .flatMap(Organization::parentId)
            .orElseThrow();
    planted.add(
        new Planted(
            parent.recordId(),
            "REF-PARENT",
            "上级组织改为数据中不存在的 " + missingParent + "；上级组织编号须指向数据集中的一个组织。",
            "parent set to "
                + missingParent
                + ", which is not in the data; a parent id must name an organization of the"
                + " dataset."));
    Dataset mutated = parent.dataset();
    Member target = checksumTarget(mutated, planted);
    planted.add(
        new Planted(
            target.id(),
            "ID-CHECKSUM",
            "公民身份号码最后一位（校验码）被改错；按 GB 11643 由前 17 位算出的校验码与之不符。",
            "last character (check character) of the resident ID number changed; it no longer"
                + " matches the one GB 11643 computes from the first 17 digits."));

    String text = jsonLines(mutated);
    String full = target.idNumber().orElseThrow().value();
    String wrong = Mutators.corruptCheckCharacter(target.idNumber().orElseThrow());
    if (text.indexOf(full) < 0 || text.indexOf(full) != text.lastIndexOf(full)) {
      throw new IllegalStateException("the ID number of " + target.id() + " is not on one line");
    }
    String data = text.replace(full, wrong);
    Map<String, Integer> lines = lines(data);
    return new Sample(
        data,
        properties(mutated, planted),
        explanation(mutated, planted, lines, true),
        explanation(mutated, planted, lines, false));
  }

  /** The last Party member with an ID number that carries no other deliberate error. */
  private static Member checksumTarget(Dataset dataset, List<Planted> planted) {
    List<String> taken = planted.stream().map(Planted::recordId).toList();
    List<Member> candidates =
        dataset.members().stream()
            .filter(m -> m.stage().isPartyMember() && m.idNumber().isPresent())
            .filter(m -> !taken.contains(m.id()))
            .toList();
    return candidates.get(candidates.size() - 1);
  }

  private static String jsonLines(Dataset dataset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      DangjianExporter.of(ExportOptions.of(Privacy.FULL))
          .write(dataset, out, DataFormat.JSON_LINES);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The line of every record, as the importer locates it. */
  private static Map<String, Integer> lines(String data) {
    Map<String, Integer> lines = new HashMap<>();
    RecordHandler handler =
        new RecordHandler() {
          @Override
          public void organization(Organization organization, Location location) {
            lines.put(organization.id(), location.line().orElse(0));
          }

          @Override
          public void member(Member member, Location location) {
            lines.put(member.id(), location.line().orElse(0));
          }
        };
    try {
      DangjianImporter.of(ImportOptions.of(AS_OF))
          .read(
              new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8)),
              "sample",
              DataFormat.JSON_LINES,
              handler);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }

  private static String properties(Dataset dataset, List<Planted> planted) {
    return "# The bundled sample of dangjian validate; regenerate with BundledSampleTest (docs/CLI.md).\n"
        + "asOf="
        + AS_OF
        + "\nseed="
        + SEED
        + "\nmembers="
        + MEMBERS
        + "\norganizations="
        + dataset.organizations().size()
        + "\nactivities="
        + dataset.activities().size()
        + "\nerrors="
        + String.join(",", planted.stream().map(Planted::rule).toList())
        + "\n";
  }

  private static String explanation(
      Dataset dataset, List<Planted> planted, Map<String, Integer> lines, boolean zh) {
    StringBuilder sb = new StringBuilder();
    if (zh) {
      sb.append(
          String.format(
              Locale.ROOT,
              "关于内置示例：用测试数据生成器（种子 %d）生成的一个企业党委，%d 个党组织、%d 名党员、%d 条组织生活记录，"
                  + "截至 %s，以 JSON Lines 保存在 jar 中。其余数据全部合规，只有以下 %d 处是故意设置的错误：%n",
              SEED,
              dataset.organizations().size(),
              MEMBERS,
              dataset.activities().size(),
              AS_OF,
              planted.size()));
    } else {
      sb.append(
          String.format(
              Locale.ROOT,
              "About the bundled sample: a company party committee made by the test-data generator"
                  + " (seed %d), %d organizations, %d members and %d records of organizational"
                  + " life as of %s, kept in the jar as JSON Lines. Everything is valid except"
                  + " these %d deliberate errors:%n",
              SEED,
              dataset.organizations().size(),
              MEMBERS,
              dataset.activities().size(),
              AS_OF,
              planted.size()));
    }
    List<Planted> byLine = new ArrayList<>(planted);
    byLine.sort(java.util.Comparator.comparingInt(p -> lines.getOrDefault(p.recordId(), 0)));
    for (Planted p : byLine) {
      int line = lines.getOrDefault(p.recordId(), 0);
      sb.append(
          String.format(
              Locale.ROOT,
              zh ? "  %s  第%d行 %s：%s%n" : "  %s  line %d, %s: %s%n",
              p.rule(),
              line,
              p.recordId(),
              zh ? p.zh() : p.en()));
    }
    return sb.toString();
  }
}
