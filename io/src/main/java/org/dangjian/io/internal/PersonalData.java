package org.dangjian.io.internal;

import java.util.Optional;
import java.util.regex.Pattern;
import org.dangjian.core.id.MobileNumber;
import org.dangjian.core.id.PersonalNumbers;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.io.Privacy;

/**
 * Personal identifiers on their way out and back in: the text a {@link Privacy} profile writes for
 * an ID or mobile number, recognition of the masks our exports write (so that reading them back
 * gives "withheld" rather than an error), and masking of raw cell text that is shown in a report
 * because its record was rejected.
 */
public final class PersonalData {

  private static final Pattern MASKED_ID = Pattern.compile("[0-9]{2}\\*{16}");
  private static final Pattern MASKED_MOBILE = Pattern.compile("1[0-9]{2}\\*{4}[0-9]{4}");
  private static final int MAX_STARS = 24;

  private PersonalData() {}

  /** The text {@code privacy} writes for an ID number, or empty when it writes none. */
  public static Optional<String> idText(ResidentIdNumber id, Privacy privacy) {
    return switch (privacy) {
      case FULL -> Optional.of(id.value());
      case MASKED -> Optional.of(id.masked());
      case OMITTED -> Optional.empty();
    };
  }

  /** The text {@code privacy} writes for a mobile number, or empty when it writes none. */
  public static Optional<String> mobileText(MobileNumber phone, Privacy privacy) {
    return switch (privacy) {
      case FULL -> Optional.of(phone.value());
      case MASKED -> Optional.of(phone.masked());
      case OMITTED -> Optional.empty();
    };
  }

  /**
   * The text {@code privacy} writes for free text (a name, a title, a record id, a bulletin): as it
   * is under {@link Privacy#FULL}, otherwise with every resident ID or mobile number found in it
   * masked ({@link PersonalNumbers#scrub}).
   */
  public static String freeText(String text, Privacy privacy) {
    return privacy == Privacy.FULL ? text : PersonalNumbers.scrub(text);
  }

  /** True for the mask of {@code ResidentIdNumber.masked()}, such as {@code 11****************}. */
  public static boolean isMaskedIdNumber(String text) {
    return text != null && MASKED_ID.matcher(text.strip()).matches();
  }

  /** True for the mask of {@code MobileNumber.masked()}, such as {@code 138****8000}. */
  public static boolean isMaskedMobileNumber(String text) {
    return text != null && MASKED_MOBILE.matcher(text.strip()).matches();
  }

  /**
   * Masks raw text from an ID-number field for a report: the first two characters stay, every other
   * character becomes {@code *} (at most 24, so a huge value stays short).
   */
  public static String maskIdText(String raw) {
    return keep(raw, 2, 0);
  }

  /**
   * Masks raw text from a phone field: the first three and, for 11+ characters, the last four stay.
   */
  public static String maskMobileText(String raw) {
    return raw.length() >= MobileNumber.LENGTH ? keep(raw, 3, 4) : keep(raw, 0, 0);
  }

  private static String keep(String raw, int start, int end) {
    if (raw.length() <= start + end) {
      return "*".repeat(Math.min(raw.length(), MAX_STARS));
    }
    int hidden = raw.length() - start - end;
    return raw.substring(0, start)
        + "*".repeat(Math.min(hidden, MAX_STARS))
        + raw.substring(raw.length() - end);
  }
}
