package org.dangjian.validation.internal.rules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The first 17 digits of each member's resident ID number, by member index, in 6 bytes: the digits
 * are a 6-digit region, an 8-digit birth date and a 3-digit sequence number, kept as one 48-bit
 * number (20 bits of region, 18 bits of days since 1800-01-01, 10 bits of sequence) in three {@link
 * CharBlocks}. Digits that do not fit that form (a region of 000000, a date outside 1800–2517) are
 * kept whole in a map, so every key comes back exactly as it was given; a member without a number
 * reads as 0.
 */
final class IdNumberKeys {

  private static final long FIRST_DAY = LocalDate.of(1800, 1, 1).toEpochDay();
  private static final int DAY_BITS = 18;
  private static final int SEQUENCE_BITS = 10;

  private final CharBlocks low = new CharBlocks((char) 0);
  private final CharBlocks middle = new CharBlocks((char) 0);
  private final CharBlocks high = new CharBlocks((char) 0);
  private final Map<Integer, Long> whole = new HashMap<>();

  /** Keeps the 17 leading digits {@code digits} of the number of member {@code index}. */
  void set(int index, String digits) {
    long packed = pack(digits);
    if (packed <= 0) {
      whole.put(index, Long.parseLong(digits));
      packed = 0;
    }
    low.set(index, (char) packed);
    middle.set(index, (char) (packed >>> 16));
    high.set(index, (char) (packed >>> 32));
  }

  /**
   * A number that stands for the digits of member {@code index}: equal for equal digits, 0 for a
   * member without a number; {@link #digits(long)} turns it back into the digits.
   */
  long key(int index) {
    long packed = (long) high.get(index) << 32 | (long) middle.get(index) << 16 | low.get(index);
    if (packed != 0) {
      return packed;
    }
    Long kept = whole.get(index);
    return kept == null ? 0 : -1 - kept;
  }

  /** One more than the highest member index with a number. */
  int size() {
    return low.size();
  }

  /** The 17 digits a {@link #key(int)} stands for. */
  static String digits(long key) {
    if (key < 0) {
      return String.format(Locale.ROOT, "%017d", -1 - key);
    }
    long region = key >>> (DAY_BITS + SEQUENCE_BITS);
    long day = FIRST_DAY + ((key >>> SEQUENCE_BITS) & ((1 << DAY_BITS) - 1));
    long sequence = key & ((1 << SEQUENCE_BITS) - 1);
    LocalDate birth = LocalDate.ofEpochDay(day);
    return String.format(
        Locale.ROOT,
        "%06d%04d%02d%02d%03d",
        region,
        birth.getYear(),
        birth.getMonthValue(),
        birth.getDayOfMonth(),
        sequence);
  }

  /** The 48-bit form of 17 digits, or 0 when they do not fit it. */
  static long pack(String digits) {
    if (digits.length() != 17) {
      return 0;
    }
    long region;
    LocalDate birth;
    long sequence;
    try {
      region = Long.parseLong(digits.substring(0, 6));
      birth =
          LocalDate.of(
              Integer.parseInt(digits.substring(6, 10)),
              Integer.parseInt(digits.substring(10, 12)),
              Integer.parseInt(digits.substring(12, 14)));
      sequence = Long.parseLong(digits.substring(14, 17));
    } catch (NumberFormatException | DateTimeException e) {
      return 0;
    }
    long day = birth.toEpochDay() - FIRST_DAY;
    if (region <= 0 || day < 0 || day >= 1L << DAY_BITS || sequence < 0) {
      return 0;
    }
    return region << (DAY_BITS + SEQUENCE_BITS) | day << SEQUENCE_BITS | sequence;
  }
}
