package org.dangjian.io.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import org.dangjian.io.DataFormat;
import org.junit.jupiter.api.Test;

/**
 * With dangjian-io-bulletin beside dangjian-io (and not dangjian-io-roster), the bulletin formats
 * are found through their service providers next to JSON: text, Markdown, Word and PDF are read,
 * Markdown, HTML and Word written, and the rosters stay out.
 */
class InstalledFormatsTest {

  @Test
  void theBulletinFormatsJoinJson() {
    assertThat(DataFormat.readable())
        .containsExactly(
            DataFormat.JSON,
            DataFormat.JSON_LINES,
            DataFormat.TEXT,
            DataFormat.MARKDOWN,
            DataFormat.forName("docx").orElseThrow(),
            DataFormat.forName("pdf").orElseThrow());
    assertThat(DataFormat.writable())
        .containsExactly(
            DataFormat.JSON,
            DataFormat.JSON_LINES,
            DataFormat.MARKDOWN,
            DataFormat.HTML,
            DataFormat.forName("docx").orElseThrow());
  }
}
