package org.dangjian.io.bulletin.internal.news;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dangjian.io.bulletin.internal.text.Texts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns the three input forms of a news page into {@link NewsLine}s: plain text line by line (as
 * typed, or wrapped by {@code pdftotext}); Markdown line by line with its markup removed (headings
 * keep their level, links their text, images and rules nothing, emphasis and list markers go); an
 * HTML page by its blocks (paragraphs, headings, list items, table cells, {@code <br>} breaks),
 * each with the source line it starts on, scripts, styles and {@code <nav>} elements left out.
 */
final class NewsLines {

  private static final Pattern MD_HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern MD_RULE = Pattern.compile("^ {0,3}([-*_=])(\\s*\\1){2,}\\s*$");
  private static final Pattern MD_LIST = Pattern.compile("^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+");
  private static final Pattern MD_IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
  private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
  private static final Pattern MD_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
  private static final Pattern MD_EMPHASIS = Pattern.compile("(?<!\\\\)(\\*{1,3}|_{2,3}|`)");
  private static final Pattern MD_ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>])");

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "table",
          "tr",
          "td",
          "th",
          "section",
          "article",
          "header",
          "footer",
          "aside",
          "blockquote",
          "hr",
          "dd",
          "dt",
          "dl",
          "figure",
          "figcaption",
          "pre",
          "main",
          "form",
          "center",
          "address",
          "body",
          "title");
  private static final Set<String> SKIPPED =
      Set.of("script", "style", "noscript", "template", "iframe", "svg", "nav", "head", "select");

  private NewsLines() {}

  /** The lines of a plain text, numbered from 1. */
  static List<NewsLine> text(List<String> raw) {
    List<NewsLine> out = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      String line = raw.get(i);
      boolean indented = !line.isEmpty() && " \t\u3000\u00A0".indexOf(line.charAt(0)) >= 0;
      out.add(new NewsLine(i + 1, Texts.strip(line), 0, indented, false));
    }
    return out;
  }

  /** The lines of a Markdown text with the markup removed, numbered from 1. */
  static List<NewsLine> markdown(List<String> raw) {
    List<NewsLine> out = new ArrayList<>(raw.size());
    boolean fenced = false;
    for (int i = 0; i < raw.size(); i++) {
      String line = raw.get(i);
      if (line.strip().startsWith("```")) {
        fenced = !fenced;
        out.add(new NewsLine(i + 1, "", 0, false, false));
        continue;
      }
      int heading = 0;
      boolean item = false;
      String text = line;
      var h = MD_HEADING.matcher(line);
      if (fenced || MD_RULE.matcher(line).matches()) {
        text = "";
      } else if (h.matches()) {
        heading = h.group(1).length();
        text = h.group(2);
      } else {
        text = text.replaceFirst("^\\s*(?:>\\s?)+", "");
        var list = MD_LIST.matcher(text);
        if (list.find()) {
          item = true;
          text = text.substring(list.end());
        }
      }
      text = MD_IMAGE.matcher(text).replaceAll("");
      text = MD_LINK.matcher(text).replaceAll("$1");
      text = MD_TAG.matcher(text).replaceAll("");
      text = MD_EMPHASIS.matcher(text).replaceAll("");
      text = MD_ESCAPE.matcher(text).replaceAll("$1");
      out.add(new NewsLine(i + 1, Texts.strip(text), heading, false, heading > 0 || item));
    }
    return out;
  }

  /** The blocks of an HTML page, each numbered by the source line its text starts on. */
  static List<NewsLine> html(String page) {
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    Document document = Jsoup.parse(page, "", parser);
    Collector collector = new Collector();
    Element body = document.body();
    NodeTraversor.traverse(collector, body);
    collector.flush();
    return collector.lines;
  }

  /** Collects the text of the blocks of a page in document order. */
  private static final class Collector implements NodeVisitor {
    private final List<NewsLine> lines = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int line = 1;
    private int heading;
    private int skipped;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (SKIPPED.contains(tag)) {
          skipped++;
        } else if (skipped == 0 && (BLOCKS.contains(tag) || "br".equals(tag))) {
          flush();
          if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
            heading = tag.charAt(1) - '0';
          }
        }
      } else if (node instanceof TextNode t && skipped == 0) {
        String s = t.getWholeText();
        if (text.length() == 0 && !s.isBlank()) {
          int at = t.sourceRange().start().lineNumber();
          line = at > 0 ? at : line;
        }
        text.append(s);
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (SKIPPED.contains(tag)) {
          skipped--;
        } else if (skipped == 0 && BLOCKS.contains(tag)) {
          flush();
        }
      }
    }

    void flush() {
      String block = NewsText.collapse(text.toString());
      if (!block.isEmpty()) {
        lines.add(new NewsLine(line, block, heading, false, true));
      }
      text.setLength(0);
      heading = 0;
    }
  }
}
