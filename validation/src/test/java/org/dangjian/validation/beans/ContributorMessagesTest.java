package org.dangjian.validation.beans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The {@code ContributorValidationMessages} bundles that Hibernate Validator adds to any factory
 * hold exactly the SDK's messages of the core constraints and identifier problems, with the texts
 * of the SDK's own bundles, and are plain ASCII (Hibernate Validator reads them as ISO-8859-1).
 */
class ContributorMessagesTest {

  private static final String OWN = "/org/dangjian/validation/internal/beans/";

  @Test
  void chinese_contributor_bundle_matches_the_sdk_bundle() throws IOException {
    Map<String, String> own = dangjianKeys(load(OWN + "ValidationMessages.properties", true));
    assertThat(own).hasSizeGreaterThan(10);
    assertThat(load("/ContributorValidationMessages.properties", false)).isEqualTo(own);
    assertThat(load("/ContributorValidationMessages_zh.properties", false)).isEqualTo(own);
  }

  @Test
  void english_contributor_bundle_matches_the_sdk_bundle() throws IOException {
    Map<String, String> own = dangjianKeys(load(OWN + "ValidationMessages_en.properties", true));
    assertThat(load("/ContributorValidationMessages_en.properties", false)).isEqualTo(own);
  }

  private static Map<String, String> dangjianKeys(Map<String, String> all) {
    Map<String, String> own = new TreeMap<>();
    all.forEach(
        (k, v) -> {
          if (k.startsWith("org.dangjian.")) {
            own.put(k, v);
          }
        });
    return own;
  }

  private static Map<String, String> load(String name, boolean utf8) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = ContributorMessagesTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      byte[] bytes = in.readAllBytes();
      if (!utf8) {
        for (byte b : bytes) {
          assertThat(b).as("%s is ASCII", name).isNotNegative();
        }
      }
      try (Reader reader =
          new InputStreamReader(
              new java.io.ByteArrayInputStream(bytes),
              utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1)) {
        properties.load(reader);
      }
    }
    Map<String, String> map = new TreeMap<>();
    properties.forEach((k, v) -> map.put((String) k, (String) v));
    return map;
  }
}
