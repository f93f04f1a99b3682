package org.dangjian.validation.rule;

/**
 * Where a rule comes from: the document (for example 《中国共产党支部工作条例（试行）》) and the article within it
 * (for example 第四条), as docs/regulations.md lists them under the document's heading. The article is
 * empty where the sources do not locate it.
 *
 * @param document the document's title, with its edition where it matters
 * @param article the article or section, possibly empty
 */
public record Citation(String document, String article) {

  /** Creates a citation; neither part may be null. */
  public Citation {
    if (document == null || document.isBlank() || article == null) {
      throw new IllegalArgumentException("a citation needs a document and an article");
    }
  }

  /** The document and the article, separated by a space when there is an article. */
  @Override
  public String toString() {
    return article.isEmpty() ? document : document + " " + article;
  }
}
