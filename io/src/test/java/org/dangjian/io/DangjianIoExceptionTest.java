package org.dangjian.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Issue 12: a file name or a cause's message may hold a personal number. */
class DangjianIoExceptionTest {

  @Test
  void messageMasksPersonalNumbers() {
    DangjianIoException e =
        new DangjianIoException(
            "cannot read /data/320106195410111207.jsonl: 18938905777", new IOException("disk"));

    assertThat(e.getMessage())
        .isEqualTo("cannot read /data/32****************.jsonl: 189****5777")
        .doesNotContain("320106195410111207");
  }

  @Test
  void messageWithoutPersonalNumbersIsUnchanged() {
    assertThat(new DangjianIoException("cannot read mem-000104.jsonl").getMessage())
        .isEqualTo("cannot read mem-000104.jsonl");
  }
}
