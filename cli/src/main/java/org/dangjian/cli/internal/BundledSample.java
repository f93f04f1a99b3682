package org.dangjian.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Properties;

/**
 * The sample dataset inside the jar that {@code dangjian validate} checks when no file is given: a
 * small generated group in JSON Lines with a few deliberate errors, the date it is judged as of,
 * and a short text, in Chinese and English, that says which records carry which error and why.
 * {@code BundledSampleTest} in the module's tests regenerates it and fails when the committed files
 * are stale.
 *
 * @param asOf the date the sample is judged as of unless {@code --as-of} is given
 * @param explanationZh the explanation in Chinese
 * @param explanationEn the explanation in English
 */
record BundledSample(LocalDate asOf, String explanationZh, String explanationEn) {

  /** The resource name of the data, also the source name in the report. */
  static final String DATA = "bundled-sample.jsonl";

  /** The resource with the sample's date and facts. */
  static final String PROPERTIES = "bundled-sample.properties";

  /** The explanation resources, by language. */
  static final String EXPLANATION_ZH = "bundled-sample.zh.txt";

  static final String EXPLANATION_EN = "bundled-sample.en.txt";

  /** Loads the date and the explanations from the jar. */
  static BundledSample load() {
    Properties properties = new Properties();
    try (Reader in = new InputStreamReader(open(PROPERTIES), StandardCharsets.UTF_8)) {
      properties.load(in);
      return new BundledSample(
          LocalDate.parse(properties.getProperty("asOf")),
          text(EXPLANATION_ZH),
          text(EXPLANATION_EN));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opens the sample data. */
  static InputStream data() {
    return open(DATA);
  }

  /** The explanation in {@code lang}. */
  String explanation(Lang lang) {
    return lang.pick(explanationZh, explanationEn);
  }

  private static String text(String name) throws IOException {
    try (InputStream in = open(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static InputStream open(String name) {
    InputStream in = BundledSample.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("the jar lacks its bundled sample " + name);
    }
    return in;
  }
}
