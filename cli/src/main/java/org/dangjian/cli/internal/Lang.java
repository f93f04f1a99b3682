package org.dangjian.cli.internal;

import java.util.Locale;

/**
 * The language of reports, summaries and progress lines ({@code --lang}): Chinese by default,
 * English on request. Option names and usage help are English with Chinese labels either way.
 */
public enum Lang {
  /** 中文. */
  ZH(Locale.CHINA),
  /** English. */
  EN(Locale.ENGLISH);

  private final Locale locale;

  Lang(Locale locale) {
    this.locale = locale;
  }

  /** The locale that report messages are rendered in. */
  public Locale locale() {
    return locale;
  }

  /** {@code zh} or {@code en}, whichever this language is. */
  public String pick(String zh, String en) {
    return this == ZH ? zh : en;
  }
}
