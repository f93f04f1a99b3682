package org.dangjian.core.constraint;

/**
 * The limits used by the field constraints of the domain types (the Jakarta Validation annotations
 * on their accessors), as constants so that importers, forms and a user's own objects can apply the
 * same figures. They bound what a single value can plausibly be, whatever the regulations say:
 * lengths count UTF-16 code units, as {@code @Size} does; amounts are yuan with at most two decimal
 * places (fen). Requirements of the regulations (for example the term of a committee, the length of
 * a probation extension) are rules of the validation catalogue, not limits here.
 */
public final class Limits {

  /** Longest id of a record, or of a record referred to. */
  public static final int ID = 64;

  /** Longest name of a person (including names of ethnic minorities with {@code ·}). */
  public static final int PERSON_NAME = 50;

  /** Longest name of an organization, unit or body, as registered or printed. */
  public static final int ORGANIZATION_NAME = 100;

  /** Longest short text: a title, post, job title, place, destination, reason or unit. */
  public static final int SHORT_TEXT = 100;

  /** Longest topic of an activity or headline of an article. */
  public static final int HEADLINE = 200;

  /** Longest free note or priority line. */
  public static final int NOTE = 500;

  /** Longest paragraph of an article. */
  public static final int PARAGRAPH = 5_000;

  /** Longest number of a document or card, such as a transfer letter number. */
  public static final int DOCUMENT_NUMBER = 64;

  /** Most days of a concentrated training. */
  public static final int TRAINING_DAYS = 365;

  /** Most class hours of a concentrated training. */
  public static final int TRAINING_CLASS_HOURS = 2_000;

  /** Longest term of a committee in years that can be meant (the rules allow 3 to 5). */
  public static final int TERM_YEARS = 10;

  /** The earliest year of an honor or rating: the founding of the Party. */
  public static final int FIRST_YEAR = 1921;

  /** The latest year of an honor or rating that can be meant. */
  public static final int LAST_YEAR = 2100;

  /** Most people counted at one activity (due, present). */
  public static final int HEAD_COUNT = 100_000;

  /** The smallest amount of money, in yuan. */
  public static final String MIN_AMOUNT = "0.00";

  /** Most digits before the decimal point of an amount in yuan. */
  public static final int AMOUNT_INTEGER_DIGITS = 9;

  /** Most digits after the decimal point of an amount in yuan: fen. */
  public static final int AMOUNT_FRACTION_DIGITS = 2;

  /** Largest percentage. */
  public static final String MAX_PERCENT = "100";

  private Limits() {}
}
