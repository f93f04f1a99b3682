package org.dangjian.validation.rule;

import java.util.Locale;
import java.util.Map;

/**
 * A text in Chinese and English, optionally a template with named placeholders such as {@code
 * {age}}. {@link #render} replaces each placeholder once with its argument, verbatim: an argument
 * is never read as a template, so a value like <code>${''.getClass()}</code> comes out exactly as
 * it went in. Placeholders without an argument are left as they are. An argument may come with a
 * Chinese variant under the placeholder's name with {@code Zh} appended ({@code detailZh} next to
 * {@code detail}), for a template whose argument is English text from a library (Jackson's parse
 * errors): the Chinese rendering takes the variant, the English one the plain argument. (The
 * converse, {@code {expected}} in Chinese and {@code {expectedEn}} in English, is a matter of the
 * two templates naming different arguments.)
 *
 * @param zh the Chinese text
 * @param en the English text
 */
public record LocalizedText(String zh, String en) {

  /** Creates the text; both languages are required. */
  public LocalizedText {
    if (zh == null || zh.isBlank() || en == null || en.isBlank()) {
      throw new IllegalArgumentException("a localized text needs Chinese and English");
    }
  }

  /** The Chinese text for a Chinese locale (or the root locale), the English text otherwise. */
  public String in(Locale locale) {
    return isChinese(locale) ? zh : en;
  }

  /** The text in {@code locale} with its placeholders replaced by {@code arguments}. */
  public String render(Locale locale, Map<String, String> arguments) {
    boolean chinese = isChinese(locale);
    String template = chinese ? zh : en;
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i + 1) : -1;
      String value = null;
      if (close > 0) {
        String name = template.substring(i + 1, close);
        value = chinese ? arguments.get(name + "Zh") : null;
        if (value == null) {
          value = arguments.get(name);
        }
      }
      if (value != null) {
        out.append(value);
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** True for Chinese and for the root locale, the SDK's default language. */
  public static boolean isChinese(Locale locale) {
    return locale.getLanguage().isEmpty() || locale.getLanguage().equals("zh");
  }
}
