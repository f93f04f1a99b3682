package org.dangjian.io.roster;

import static org.assertj.core.api.Assertions.assertThat;

import org.dangjian.io.DataFormat;
import org.junit.jupiter.api.Test;

/**
 * With dangjian-io-roster beside dangjian-io (and not dangjian-io-bulletin), the roster formats are
 * found through their service providers next to JSON, read and written (XLS read only), and the
 * bulletin formats stay out.
 */
class InstalledFormatsTest {

  @Test
  void theRosterFormatsJoinJson() {
    assertThat(DataFormat.readable())
        .containsExactly(
            DataFormat.JSON,
            DataFormat.JSON_LINES,
            DataFormat.CSV,
            DataFormat.XLSX,
            DataFormat.XLS);
    assertThat(DataFormat.writable())
        .containsExactly(DataFormat.JSON, DataFormat.JSON_LINES, DataFormat.CSV, DataFormat.XLSX);
  }
}
