package org.dangjian.validation.internal.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.core.record.RecordKind;
import org.dangjian.validation.Profile;
import org.dangjian.validation.rule.Rule;
import org.dangjian.validation.rule.RuleCatalogue;

/**
 * Generates {@code docs/rules.md} from the rule catalogue: one table per rule family (the code's
 * prefix) with code, severity, confidence, scope, record type, statement in Chinese and English,
 * and source; notes follow each table. A test compares the file with this output, so the document
 * cannot drift from the code. Run {@code main} with the output path to regenerate it.
 */
public final class RulesMarkdown {

  private static final Map<String, String> TITLES =
      Map.ofEntries(
          Map.entry("CONST", "党章 Party Constitution"),
          Map.entry("ORG", "组织设置 Setting up organizations"),
          Map.entry("LIFE", "组织生活 Organizational life"),
          Map.entry("ELEC", "选举 Elections"),
          Map.entry("DEV", "发展党员 Member development"),
          Map.entry("DUES", "党费 Party dues"),
          Map.entry("ID", "公民身份号码 Resident ID numbers"),
          Map.entry("USCC", "统一社会信用代码 Unified social credit codes"),
          Map.entry("PHONE", "手机号码 Mobile numbers"),
          Map.entry("MOB", "流动党员 Mobile members"),
          Map.entry("MASS", "群团组织 Mass organizations"),
          Map.entry("REF", "引用与结构 References and structure"),
          Map.entry("FIELD", "字段约束 Field constraints"),
          Map.entry("BUL", "简报 Bulletins"),
          Map.entry("TRANSFER", "组织关系转接 Transfers"),
          Map.entry("DEPARTURE", "出党 Departures"),
          Map.entry("IO", "文件读取 Reading files"));

  private RulesMarkdown() {}

  /** Writes the document to the path given as the only argument. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: RulesMarkdown <output file>");
    }
    Files.writeString(Path.of(args[0]), render(RuleCatalogue.standard()), StandardCharsets.UTF_8);
  }

  /** The document for {@code catalogue}. */
  public static String render(RuleCatalogue catalogue) {
    StringBuilder out = new StringBuilder();
    out.append("# Validation rules (规则目录)\n\n")
        .append("<!-- Generated from RuleCatalogue.standard() by ")
        .append("org.dangjian.validation.internal.docs.RulesMarkdown; do not edit by hand. ")
        .append("RulesDocTest fails when this file is stale. -->\n\n")
        .append("Every rule the SDK checks, with its stable code (the rule id of ")
        .append("[regulations.md](regulations.md), which summarizes the cited regulations, where ")
        .append("it has one), its default severity, the confidence of its source (C confirmed, ")
        .append("S secondary, M memory only, U unresolved; M and U rules are at most warnings), ")
        .append("what it needs to see (value, record or dataset), the record its issues point at, ")
        .append("and its source. A report is successful when it holds no ERROR.\n\n")
        .append("Profiles: `")
        .append(Profile.national().name())
        .append("` turns off ")
        .append(String.join(", ", Profile.national().disabled().stream().sorted().toList()))
        .append("; `")
        .append(Profile.stateOwnedEnterprise().name())
        .append("` turns off ")
        .append(
            String.join(", ", Profile.stateOwnedEnterprise().disabled().stream().sorted().toList()))
        .append(". Settings may change any rule's severity or turn it off.\n\n")
        .append(catalogue.rules().size())
        .append(" rules.\n");
    for (Map.Entry<String, List<Rule>> family : families(catalogue).entrySet()) {
      out.append("\n## ")
          .append(family.getKey())
          .append(": ")
          .append(TITLES.getOrDefault(family.getKey(), family.getKey()))
          .append("\n\n");
      out.append("| Code | Severity | Conf. | Scope | Record | Statement | Source |\n");
      out.append("|---|---|---|---|---|---|---|\n");
      StringBuilder notes = new StringBuilder();
      for (Rule rule : family.getValue()) {
        out.append("| ")
            .append(rule.code())
            .append(" | ")
            .append(rule.severity().name())
            .append(" | ")
            .append(rule.confidence().code())
            .append(" | ")
            .append(rule.scope().code())
            .append(" | ")
            .append(rule.recordKind().map(RecordKind::code).orElse("dataset"))
            .append(" | ")
            .append(cell(rule.statement().zh()))
            .append("<br>")
            .append(cell(rule.statement().en()))
            .append(" | ")
            .append(cell(rule.citation().toString()))
            .append(" |\n");
        rule.note()
            .ifPresent(
                note ->
                    notes
                        .append("- **")
                        .append(rule.code())
                        .append("**: ")
                        .append(note.zh())
                        .append(" ")
                        .append(note.en())
                        .append("\n"));
      }
      if (notes.length() > 0) {
        out.append("\nNotes:\n\n").append(notes);
      }
    }
    return out.toString();
  }

  private static Map<String, List<Rule>> families(RuleCatalogue catalogue) {
    Map<String, List<Rule>> families = new LinkedHashMap<>();
    for (Rule rule : catalogue.rules()) {
      String family = rule.code().substring(0, rule.code().indexOf('-'));
      families.computeIfAbsent(family, f -> new java.util.ArrayList<>()).add(rule);
    }
    return families;
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
