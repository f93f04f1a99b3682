package org.dangjian.core.id;

import java.util.Locale;

/**
 * Why a text is not a valid identifier: the typed failure reason returned by {@code parse} of
 * {@link ResidentIdNumber}, {@link SocialCreditCode} and {@link MobileNumber}. Each constant has a
 * short Chinese and English message for reports and user interfaces. The messages are fixed texts
 * and never contain the number that was checked, so they are safe to log.
 */
public enum IdentifierProblem {
  /** Nothing but white space was given. */
  EMPTY("号码为空", "the number is empty"),
  /** The number has the wrong number of characters. */
  WRONG_LENGTH("号码长度不正确", "the number has the wrong length"),
  /** The number contains a character that is not allowed at its position. */
  INVALID_CHARACTER("号码含有非法字符", "the number contains an invalid character"),
  /** The birth date in a resident ID number is not a real calendar date. */
  INVALID_DATE("出生日期不是有效日期", "the birth date is not a valid calendar date"),
  /** The birth date in a resident ID number lies in the future. */
  FUTURE_DATE("出生日期晚于当前日期", "the birth date lies in the future"),
  /** The check character does not match the other characters. */
  CHECKSUM_MISMATCH("校验码不正确", "the check character does not match"),
  /** The administrative-division (region) code is not valid. */
  INVALID_REGION("行政区划代码无效", "the administrative region code is not valid"),
  /** A mobile number does not start with a mobile prefix (1 followed by 3 to 9). */
  INVALID_PREFIX("号段无效", "the number does not start with a valid prefix");

  private final String zh;
  private final String en;

  IdentifierProblem(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  /** The Chinese message, for example {@code 校验码不正确}. */
  public String zh() {
    return zh;
  }

  /** The English message, for example {@code the check character does not match}. */
  public String en() {
    return en;
  }

  /**
   * The message in the language of {@code locale}: Chinese for any {@code zh} locale, English
   * otherwise.
   *
   * @param locale the reader's locale; {@code null} gives English
   * @return the message
   */
  public String message(Locale locale) {
    return locale != null && "zh".equals(locale.getLanguage()) ? zh : en;
  }
}
