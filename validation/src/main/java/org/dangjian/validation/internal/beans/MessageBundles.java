package org.dangjian.validation.internal.beans;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import org.dangjian.validation.rule.LocalizedText;

/**
 * The SDK's two message bundles for Jakarta Validation: {@code ValidationMessages.properties}
 * (Chinese, the default) and {@code ValidationMessages_en.properties} (English), next to this class
 * and read as UTF-8. They hold every built-in constraint message of Jakarta Validation (so that no
 * message depends on Hibernate Validator's own bundles, whose {@code DecimalMin} and {@code
 * DecimalMax} messages need the expression language), the messages of the constraints of {@code
 * org.dangjian.core.constraint} and the texts of the identifier problems. The bundles are read from
 * this module with {@link Class#getResourceAsStream}, which works on the class path and on the
 * module path alike, and never fall back to the JVM's default locale: Chinese for Chinese and the
 * root locale, English for every other locale, as {@link LocalizedText#isChinese} decides for the
 * catalogue.
 */
final class MessageBundles {

  private static final ResourceBundle CHINESE = load("ValidationMessages.properties");
  private static final ResourceBundle ENGLISH = load("ValidationMessages_en.properties");

  private MessageBundles() {}

  /** The bundle for {@code locale}. */
  static ResourceBundle forLocale(Locale locale) {
    return LocalizedText.isChinese(locale) ? CHINESE : ENGLISH;
  }

  /** The locale whose bundle {@link #forLocale} picks: simplified Chinese or English. */
  static Locale language(Locale locale) {
    return LocalizedText.isChinese(locale) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
  }

  private static ResourceBundle load(String name) {
    try (InputStream in = MessageBundles.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing message bundle " + name);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return new PropertyResourceBundle(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read message bundle " + name, e);
    }
  }
}
