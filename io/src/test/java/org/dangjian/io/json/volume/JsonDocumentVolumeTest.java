package org.dangjian.io.json.volume;

import org.dangjian.io.DataFormat;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An exchange document of 100,000 members validates in {@code -Xmx128m}, and of 1,000,000 members
 * in {@code -Xmx256m} under {@code -Pvolume} (see {@link JsonVolume}); in a JVM of its own, since
 * the heap is close to the minimum for a million members.
 */
@Tag("volume")
class JsonDocumentVolumeTest {

  @Test
  void validatesWithinTheHeapLimit() throws Exception {
    JsonVolume.validatesWithinTheHeapLimit(DataFormat.JSON);
  }
}
