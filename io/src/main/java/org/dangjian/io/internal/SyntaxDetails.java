package org.dangjian.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Chinese wording of a reader's {@code IO-SYNTAX} details, kept as data apart from the readers.
 * A reader describes a file it cannot decode in English (the English report prints that text); this
 * table gives the Chinese report its own sentence, so that a Chinese report never shows a reader's
 * or a parser library's English. Each line of a table holds an English template and its Chinese
 * text separated by a tab; {@code *} in the template matches any text, and {@code {1}}, {@code
 * {2}}… in the Chinese text repeat what the first, second… {@code *} matched. Text a library
 * appended (its own English message) is matched by a trailing {@code *} that the Chinese leaves
 * out. A module loads its table from its own resources (a named module's resources are only visible
 * to its own code) and hands the stream to {@link #read}.
 */
public final class SyntaxDetails {

  private static final Pattern REFERENCE = Pattern.compile("\\{(\\d+)}");

  private final List<Entry> entries;

  private record Entry(Pattern english, String chinese) {}

  private SyntaxDetails(List<Entry> entries) {
    this.entries = entries;
  }

  /**
   * Reads a table: UTF-8 lines {@code english-template TAB chinese}; blank lines and lines starting
   * with {@code #} are comments.
   *
   * @throws IllegalArgumentException when a line has no tab, or the Chinese refers to a {@code *}
   *     the template does not have (a mistake in the SDK's own resource)
   */
  public static SyntaxDetails read(InputStream table) {
    if (table == null) {
      throw new IllegalArgumentException("no syntax-detail table on the class path");
    }
    List<Entry> entries = new ArrayList<>();
    try (table) {
      String[] lines = new String(table.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        if (tab < 0) {
          throw new IllegalArgumentException("line " + (i + 1) + ": no tab in " + line);
        }
        entries.add(entry(line.substring(0, tab).strip(), line.substring(tab + 1).strip(), i + 1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SyntaxDetails(List.copyOf(entries));
  }

  private static Entry entry(String template, String chinese, int line) {
    String[] literals = template.split("\\*", -1);
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < literals.length; i++) {
      if (i > 0) {
        regex.append(i == literals.length - 1 && literals[i].isEmpty() ? "(.*)" : "(.*?)");
      }
      regex.append(Pattern.quote(literals[i]));
    }
    Matcher reference = REFERENCE.matcher(chinese);
    while (reference.find()) {
      if (Integer.parseInt(reference.group(1)) >= literals.length) {
        throw new IllegalArgumentException(
            "line " + line + ": " + reference.group() + " has no * in " + template);
      }
    }
    return new Entry(Pattern.compile(regex.toString(), Pattern.DOTALL), chinese);
  }

  /** The Chinese text for {@code english}, when a template of the table matches it whole. */
  public Optional<String> chinese(String english) {
    for (Entry entry : entries) {
      Matcher matcher = entry.english().matcher(english);
      if (matcher.matches()) {
        Matcher reference = REFERENCE.matcher(entry.chinese());
        StringBuilder text = new StringBuilder();
        while (reference.find()) {
          reference.appendReplacement(
              text, Matcher.quoteReplacement(matcher.group(Integer.parseInt(reference.group(1)))));
        }
        reference.appendTail(text);
        return Optional.of(text.toString());
      }
    }
    return Optional.empty();
  }

  /**
   * The arguments of an {@code IO-SYNTAX} issue: {@code detail} in English and, when the table
   * knows it, {@code detailZh} for the Chinese report.
   */
  public Map<String, String> arguments(String english) {
    return chinese(english)
        .map(zh -> Map.of("detail", english, "detailZh", zh))
        .orElseGet(() -> Map.of("detail", english));
  }
}
