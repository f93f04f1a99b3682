package org.dangjian.io.bulletin.internal.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.dangjian.core.record.ImmutableLocation;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.io.bulletin.internal.markdown.Drafts.Draft;
import org.dangjian.io.internal.PersonalData;
import org.dangjian.io.spi.ReadContext;
import org.dangjian.validation.InputProblem;

/**
 * What the zone readers of a Markdown text share while they assemble bulletins: the source and the
 * read context, the lines of the piece being read and its first line in the file, the bulletin
 * being assembled ({@link Draft}), how the inline content of a block becomes text and machine data
 * ({@link #value}), and how a problem is recorded with its line, column and field path, to be
 * reported with the bulletin's designation once it is finished.
 */
final class Assembly {

  private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])");
  private static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");
  private static final int MAX_VALUE_SHOWN = 200;

  final String source;
  final ReadContext context;
  final int maxNumberLength;
  long bulletins;
  List<String> lines = List.of();
  int firstLine = 1;
  Draft draft;

  Assembly(String source, ReadContext context) {
    this.source = source;
    this.context = context;
    this.maxNumberLength = context.options().limits().maxNumberLength();
  }

  Draft draft() {
    return draft;
  }

  /** Starts a bulletin at {@code line}. */
  Draft open(int line) {
    int at = line - firstLine;
    draft = new Draft(line, bulletins, at >= 0 && at < lines.size() ? lines.get(at) : "");
    return draft;
  }

  /** The text of a block's inline content and the machine data of its comments. */
  record Value(String text, Map<String, String> data) {}

  /**
   * Flattens the inline content of {@code block}: text, line breaks as {@code \n}, the text inside
   * formatting (reported, since the bulletin has no place for formatting), and the key=value pairs
   * of comments; the raw spaces before a final comment only separate it from the text.
   *
   * @param allowed the machine-data keys the block may carry, or null to leave the check to the
   *     caller
   */
  Value value(Node block, Set<String> allowed) {
    StringBuilder text = new StringBuilder();
    Map<String, String> data = new LinkedHashMap<>();
    boolean formatting = false;
    Deque<Node> pending = new ArrayDeque<>();
    for (Node child = block.getLastChild(); child != null; child = child.getPrevious()) {
      pending.push(child);
    }
    while (!pending.isEmpty()) {
      Node node = pending.pop();
      if (node instanceof Text t) {
        text.append(t.getLiteral());
      } else if (node instanceof HardLineBreak || node instanceof SoftLineBreak) {
        text.append('\n');
      } else if (node instanceof HtmlInline html) {
        comment(html, block, text, data);
      } else if (node instanceof Code code) {
        formatting = true;
        text.append(code.getLiteral());
      } else if (node instanceof Image) {
        formatting = true;
      } else {
        formatting |=
            node instanceof Emphasis || node instanceof StrongEmphasis || node instanceof Link;
        for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
          pending.push(child);
        }
      }
    }
    if (formatting) {
      unplaced(
          block,
          "格式标记（强调、代码、链接、图片）不保留，只读入文字",
          "formatting (emphasis, code, links, images) is not kept, only the text is read");
    }
    if (allowed != null) {
      for (String key : List.copyOf(data.keySet())) {
        if (!allowed.contains(key)) {
          unplaced(block, "此处没有机器数据“" + key + "”", "no machine data \"" + key + "\" here");
          data.remove(key);
        }
      }
    }
    return new Value(text.toString(), data);
  }

  private void comment(HtmlInline html, Node block, StringBuilder text, Map<String, String> data) {
    String literal = html.getLiteral();
    if (!MachineData.isComment(literal)) {
      unplaced(block, "HTML 标签不读入", "HTML tags are not read");
      return;
    }
    Optional<Map<String, String>> pairs = MachineData.parse(literal);
    if (pairs.isEmpty()) {
      unplaced(block, "注释不是 key=value 形式的机器数据", "the comment is not key=value machine data");
      return;
    }
    for (Map.Entry<String, String> pair : pairs.get().entrySet()) {
      if (data.putIfAbsent(pair.getKey(), pair.getValue()) != null) {
        unplaced(block, "重复的机器数据“" + pair.getKey() + "”", "repeated machine data");
      }
    }
    if (html.getNext() != null || html.getParent() != block) {
      return;
    }
    if (html.getPrevious() instanceof SoftLineBreak
        && text.length() > 0
        && text.charAt(text.length() - 1) == '\n') {
      text.setLength(text.length() - 1);
      return;
    }
    Optional<SourceSpan> span = span(html);
    if (span.isEmpty() || span.get().getLineIndex() >= lines.size()) {
      return;
    }
    String raw = lines.get(span.get().getLineIndex());
    int i = Math.min(span.get().getColumnIndex(), raw.length());
    while (i > 0
        && (raw.charAt(i - 1) == ' ' || raw.charAt(i - 1) == '\t')
        && text.length() > 0
        && (text.charAt(text.length() - 1) == ' ' || text.charAt(text.length() - 1) == '\t')) {
      text.setLength(text.length() - 1);
      i--;
    }
  }

  record Pending(
      InputProblem problem,
      ImmutableLocation.Builder location,
      String value,
      Map<String, String> arguments) {}

  void unplaced(Node node, String detail, String detailEn) {
    Optional<SourceSpan> span = span(node);
    String text =
        span.filter(s -> s.getLineIndex() < lines.size())
            .map(s -> lines.get(s.getLineIndex()))
            .orElse("");
    draft()
        .problems
        .add(
            new Pending(
                InputProblem.UNPLACED,
                at(line(node), column(node), null),
                shown(text),
                Map.of("detail", detail, "detailEn", detailEn)));
  }

  void problem(
      InputProblem problem, Node node, String path, String value, Map<String, String> arguments) {
    draft()
        .problems
        .add(new Pending(problem, at(line(node), column(node), path), shown(value), arguments));
  }

  void valueProblem(Node node, String path, String value, String expected, String expectedEn) {
    problem(
        InputProblem.VALUE,
        node,
        path,
        value,
        Map.of("field", path, "expected", expected, "expectedEn", expectedEn));
  }

  static Map<String, String> field(String path) {
    return Map.of("field", path);
  }

  ImmutableLocation.Builder at(int line, int column, String path) {
    ImmutableLocation.Builder builder =
        Location.builder()
            .source(source)
            .recordKind(RecordKind.BULLETIN)
            .recordIndex(draft() == null ? bulletins - 1 : draft().index)
            .line(line)
            .column(column);
    return path == null ? builder : builder.fieldPath(path);
  }

  /** A value as a report shows it: ID and mobile numbers masked, at most 200 characters. */
  static String shown(String text) {
    String masked = replace(ID_NUMBER, text, true);
    masked = replace(MOBILE, masked, false);
    return masked.length() > MAX_VALUE_SHOWN ? masked.substring(0, MAX_VALUE_SHOWN) + "…" : masked;
  }

  private static String replace(Pattern pattern, String text, boolean id) {
    Matcher matcher = pattern.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String raw = matcher.group();
      matcher.appendReplacement(
          out,
          Matcher.quoteReplacement(
              id ? PersonalData.maskIdText(raw) : PersonalData.maskMobileText(raw)));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  Optional<SourceSpan> span(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      List<SourceSpan> spans = n.getSourceSpans();
      if (!spans.isEmpty()) {
        return Optional.of(spans.get(0));
      }
    }
    return Optional.empty();
  }

  int line(Node node) {
    return span(node).map(s -> firstLine + s.getLineIndex()).orElse(firstLine);
  }

  int column(Node node) {
    return span(node).map(s -> s.getColumnIndex() + 1).orElse(1);
  }

  static OptionalInt parseInt(String text) {
    if (text.length() > 11) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(Integer.parseInt(text));
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }
}
