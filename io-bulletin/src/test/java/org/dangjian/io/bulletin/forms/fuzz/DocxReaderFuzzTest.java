package org.dangjian.io.bulletin.forms.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the Word bulletin reader (the ZIP guard, POI's XWPF, the text layout engine) with {@link
 * FuzzOracle}. Regression mode replays {@code DocxReaderFuzzTestInputs/anyBytes} (issue 62 as the
 * Word writer and as an office writes it, a truncated file, a file with an external entity) in
 * every build; docs/FORMATS.md, "Fuzzing", says how to fuzz.
 */
class DocxReaderFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void anyBytes(byte[] data) throws Exception {
    FuzzOracle.check(data, "docx");
  }
}
