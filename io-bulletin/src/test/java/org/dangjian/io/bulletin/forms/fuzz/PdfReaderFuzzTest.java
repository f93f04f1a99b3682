package org.dangjian.io.bulletin.forms.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the PDF bulletin reader (PDFBox, the furniture and paragraph pass, the text layout engine)
 * with {@link FuzzOracle}. Regression mode replays {@code PdfReaderFuzzTestInputs/anyBytes} (small
 * PDFs made with PDFBox, one with a Chinese masthead, a nested-object bomb, an encrypted PDF, text
 * that is not a PDF) in every build; docs/FORMATS.md, "Fuzzing", says how to fuzz.
 */
class PdfReaderFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void anyBytes(byte[] data) throws Exception {
    FuzzOracle.check(data, "pdf");
  }
}
