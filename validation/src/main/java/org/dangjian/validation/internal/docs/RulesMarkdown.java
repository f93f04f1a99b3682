package org.dangjian.validation.internal.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dangjian.core.record.RecordKind;
import org.dangjian.validation.Profile;
import org.dangjian.validation.internal.rules.RuleGroups;
import org.dangjian.validation.rule.Rule;
import org.dangjian.validation.rule.RuleCatalogue;
import org.dangjian.validation.rule.Topic;

/**
 * Generates {@code docs/rules.md} from the rule catalogue: one section per topic, in catalogue
 * order, with a table of code, severity, confidence, scope, record type, statement in Chinese and
 * English, source and the class that checks the rule; notes follow each table. A test compares the
 * file with this output, so the document cannot drift from the catalogue file. Run {@code main}
 * with the output path to regenerate it.
 */
public final class RulesMarkdown {

  private RulesMarkdown() {}

  /** Writes the document to the path given as the only argument. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: RulesMarkdown <output file>");
    }
    Files.writeString(Path.of(args[0]), render(RuleCatalogue.defaults()), StandardCharsets.UTF_8);
  }

  /** The document for {@code catalogue}. */
  public static String render(RuleCatalogue catalogue) {
    StringBuilder out = new StringBuilder();
    out.append("# Validation rules (规则目录)\n\n")
        .append("<!-- Generated from the catalogue file validation/src/main/resources/")
        .append("org/dangjian/validation/rule/rules.jsonc by ")
        .append("org.dangjian.validation.internal.docs.RulesMarkdown; do not edit by hand. ")
        .append("RulesDocTest fails when this file is stale. -->\n\n")
        .append("Every rule the SDK checks, by topic, with its stable code (the rule id of ")
        .append("[regulations.md](regulations.md), which summarizes the cited regulations, where ")
        .append("it has one), its default severity, the confidence of its source (C confirmed, ")
        .append("S secondary, M memory only, U unresolved; M and U rules are at most warnings), ")
        .append("what it needs to see (value, record or dataset), the record its issues point at, ")
        .append("its source, and the class of the SDK that checks it (the rules of reading files ")
        .append("are reported by the io readers). A report is successful when it holds no ERROR.")
        .append("\n\n")
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
    for (Topic topic : catalogue.topics()) {
      out.append("\n## ")
          .append(topic.id())
          .append(": ")
          .append(topic.title().zh())
          .append(" ")
          .append(topic.title().en())
          .append("\n\n");
      out.append(
          "| Code | Severity | Conf. | Scope | Record | Statement | Source | Checked by |\n");
      out.append("|---|---|---|---|---|---|---|---|\n");
      StringBuilder notes = new StringBuilder();
      for (Rule rule : catalogue.rulesOf(topic.id())) {
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
            .append(" | ")
            .append(RuleGroups.checkedBy(rule.code()).map(Class::getSimpleName).orElse("—"))
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

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
