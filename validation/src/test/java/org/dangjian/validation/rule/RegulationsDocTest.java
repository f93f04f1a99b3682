package org.dangjian.validation.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/regulations.md explains every source the catalogue cites: each citation's document is the
 * start of a {@code ##} heading, and the articles of the citation ({@code 第七条}, {@code 第六章}, or the
 * name of a provision without a number) appear in that document's section, the numbered ones in a
 * {@code ###} heading. Its anchors are unique and every link inside the page has one.
 */
class RegulationsDocTest {

  private static final Path DOC = Path.of("..", "docs", "regulations.md");

  /** An article or chapter number, e.g. 第三十二条 or 第六章. */
  private static final Pattern NUMBERED = Pattern.compile("第[一二三四五六七八九十百]+[条章]");

  private static final Pattern ANCHOR = Pattern.compile("<a id=\"([^\"]+)\"></a>");
  private static final Pattern LINK = Pattern.compile("]\\(#([^)]+)\\)");

  @Test
  void everyCitedDocumentAndArticleIsExplained() throws IOException {
    List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
    for (Rule rule : RuleCatalogue.defaults().rules()) {
      Citation citation = rule.citation();
      List<String> section = section(lines, citation.document());
      assertThat(section)
          .as("%s: docs/regulations.md has a '## %s' section", rule.code(), citation.document())
          .isNotEmpty();
      // The first part of the article belongs to the document; what follows 「；」 cites others.
      String article = citation.article().split("；", -1)[0];
      Matcher numbered = NUMBERED.matcher(article);
      boolean anyNumber = false;
      while (numbered.find()) {
        anyNumber = true;
        String number = numbered.group();
        assertThat(section.stream().filter(l -> l.startsWith("### ")))
            .as("%s: a '### ' heading with %s under %s", rule.code(), number, citation.document())
            .anyMatch(l -> l.contains(number));
      }
      String name = article.split("（", -1)[0].strip();
      if (!anyNumber && !name.isEmpty()) {
        assertThat(String.join("\n", section))
            .as("%s: '%s' is explained under %s", rule.code(), name, citation.document())
            .contains(name);
      }
    }
  }

  @Test
  void anchorsAreUniqueAndLinksResolve() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    Set<String> anchors = new HashSet<>();
    Matcher anchor = ANCHOR.matcher(doc);
    while (anchor.find()) {
      assertThat(anchors.add(anchor.group(1))).as("anchor %s is unique", anchor.group(1)).isTrue();
    }
    Matcher link = LINK.matcher(doc);
    while (link.find()) {
      assertThat(anchors).as("link #%s has an anchor", link.group(1)).contains(link.group(1));
    }
  }

  /** The lines of the {@code ##} section whose heading starts with {@code document}. */
  private static List<String> section(List<String> lines, String document) {
    List<String> section = new ArrayList<>();
    boolean inside = false;
    for (String line : lines) {
      if (line.startsWith("## ")) {
        inside = line.startsWith("## " + document);
      }
      if (inside) {
        section.add(line);
      }
    }
    return section;
  }
}
