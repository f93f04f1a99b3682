package org.dangjian.validation.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dangjian.core.id.PersonalNumbers;
import org.dangjian.core.record.Location;
import org.dangjian.core.text.SafeText;
import org.dangjian.validation.rule.LocalizedText;
import org.dangjian.validation.rule.RuleCatalogue;
import org.dangjian.validation.rule.Severity;

/**
 * Renders a report as text for people: a summary line, one line per issue ({@code [错误] DEV-007
 * members.csv 第12行 F12 m-0042 development.targetDate: message}), then the counts by rule with the
 * rule's statement. Chinese for {@code zh} and the root locale, English otherwise.
 *
 * <p>Everything that comes from the input (the source names, the parts of a location, the profile
 * name and the messages with their arguments) is printed through {@link SafeText#escape}, so that a
 * record id or a raw cell holding control or bidirectional formatting characters can neither act on
 * a terminal nor forge a line of the report. A source name (a file name) holding a resident ID or
 * mobile number is printed masked ({@link PersonalNumbers#scrub}).
 */
final class TextReportWriter {

  private TextReportWriter() {}

  /** Writes {@code report} to {@code out} in {@code locale}; does not close it. */
  public static void write(ValidationReport report, Locale locale, Writer out) throws IOException {
    boolean zh = LocalizedText.isChinese(locale);
    out.write(summary(report, zh));
    out.write('\n');
    if (report.input().isPresent()) {
      out.write(input(report.input().get(), zh));
      out.write('\n');
    }
    for (Issue issue : report.issues()) {
      out.write(line(issue, locale, zh));
      out.write('\n');
    }
    if (report.omittedIssues() > 0) {
      out.write(
          zh
              ? "……另有 " + report.omittedIssues() + " 个问题未列出\n"
              : "... and " + report.omittedIssues() + " more issues not listed\n");
    }
    if (!report.tallies().isEmpty()) {
      out.write(zh ? "按规则统计：\n" : "By rule:\n");
      for (RuleTally tally : report.tallies()) {
        String statement =
            RuleCatalogue.defaults()
                .find(tally.code())
                .map(r -> r.statement().in(locale))
                .orElse("");
        out.write(
            "  "
                + tally.code()
                + " "
                + severity(tally.severity(), zh)
                + " × "
                + tally.count()
                + "  "
                + statement
                + "\n");
      }
    }
  }

  private static String summary(ValidationReport report, boolean zh) {
    if (zh) {
      return String.format(
          Locale.ROOT,
          "%s（截至 %s，%s）：%s，错误 %,d，警告 %,d，提示 %,d",
          SafeText.escape(PersonalNumbers.scrub(report.source())),
          report.asOf(),
          SafeText.escape(report.profile()),
          report.isSuccessful() ? "通过" : "未通过",
          report.count(Severity.ERROR),
          report.count(Severity.WARNING),
          report.count(Severity.INFO));
    }
    return SafeText.escape(report.summary());
  }

  private static String input(InputSummary input, boolean zh) {
    String counts =
        zh
            ? String.format(
                Locale.ROOT,
                "读取记录 %,d，接受 %,d，拒收 %,d",
                input.read(),
                input.accepted(),
                input.rejected())
            : String.format(
                Locale.ROOT,
                "records read %,d, accepted %,d, rejected %,d",
                input.read(),
                input.accepted(),
                input.rejected());
    if (!input.stoppedEarly()) {
      return counts;
    }
    return counts + (zh ? "（读取提前停止）" : " (reading stopped early)");
  }

  private static String line(Issue issue, Locale locale, boolean zh) {
    List<String> parts = new ArrayList<>();
    parts.add("[" + severity(issue.severity(), zh) + "]");
    parts.add(issue.code());
    String where = where(issue.location(), zh);
    if (!where.isEmpty()) {
      parts.add(where);
    }
    return String.join(" ", parts) + (zh ? "：" : ": ") + SafeText.escape(issue.message(locale));
  }

  private static String severity(Severity severity, boolean zh) {
    return zh ? severity.label() : severity.name();
  }

  /**
   * The location in words, for example {@code members.csv 第12行 F12 m-0042 name}, its text parts
   * escaped.
   */
  static String where(Location l, boolean zh) {
    List<String> parts = new ArrayList<>();
    l.source().map(PersonalNumbers::scrub).ifPresent(parts::add);
    l.sheet().ifPresent(parts::add);
    if (l.line().isPresent()) {
      String column =
          l.column().isPresent()
              ? (zh ? "第" + l.column().getAsInt() + "列" : ":" + l.column().getAsInt())
              : "";
      parts.add((zh ? "第" + l.line().getAsInt() + "行" : "line " + l.line().getAsInt()) + column);
    }
    if (l.cell().isPresent()) {
      parts.add(l.cell().get());
    } else if (l.row().isPresent()) {
      parts.add(zh ? "第" + l.row().getAsInt() + "行" : "row " + l.row().getAsInt());
    }
    l.jsonPointer().ifPresent(parts::add);
    if (l.recordId().isPresent()) {
      parts.add(l.recordId().get());
    } else if (l.recordIndex().isPresent()) {
      parts.add("#" + l.recordIndex().getAsLong());
    }
    l.fieldPath().ifPresent(parts::add);
    return SafeText.escape(String.join(" ", parts));
  }
}
