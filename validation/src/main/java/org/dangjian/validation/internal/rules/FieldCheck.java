package org.dangjian.validation.internal.rules;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * One built-in Jakarta Validation constraint checked by code, as Hibernate Validator's own
 * validator of that constraint decides it for the value types of the SDK's records: texts ({@code
 * CharSequence}), collections, maps, arrays, integral numbers, {@code BigInteger} and {@code
 * BigDecimal}. {@code NotBlank} rejects what {@link String#isBlank} calls blank, {@code Digits}
 * counts a {@code BigDecimal} as it is and other numbers without trailing zeros, exactly as
 * Hibernate Validator 9 does. A value of any other type throws {@link #UNSUPPORTED}, so that the
 * record goes to Hibernate Validator; {@link #of} returns null for any other constraint.
 */
final class FieldCheck {

  /** A value or constraint the fast tier leaves to Hibernate Validator. */
  static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported() {
      super(null, null, false, false);
    }
  }

  /** Thrown, without a stack trace, when the fast tier gives a record back. */
  static final Unsupported UNSUPPORTED = new Unsupported();

  private enum Kind {
    NOT_NULL,
    NOT_BLANK,
    NOT_EMPTY,
    SIZE,
    MIN,
    MAX,
    POSITIVE,
    POSITIVE_OR_ZERO,
    NEGATIVE,
    NEGATIVE_OR_ZERO,
    DECIMAL_MIN,
    DECIMAL_MAX,
    DIGITS,
    PATTERN
  }

  private final ConstraintDescriptor<?> descriptor;
  private final Kind kind;
  private final long low;
  private final long high;
  private final BigDecimal decimal;
  private final boolean inclusive;
  private final java.util.regex.Pattern pattern;

  private FieldCheck(
      ConstraintDescriptor<?> descriptor,
      Kind kind,
      long low,
      long high,
      BigDecimal decimal,
      boolean inclusive,
      java.util.regex.Pattern pattern) {
    this.descriptor = descriptor;
    this.kind = kind;
    this.low = low;
    this.high = high;
    this.decimal = decimal;
    this.inclusive = inclusive;
    this.pattern = pattern;
  }

  /** The check of {@code descriptor}'s constraint, or null when the fast tier does not know it. */
  static FieldCheck of(ConstraintDescriptor<?> descriptor) {
    Annotation a = descriptor.getAnnotation();
    if (a instanceof NotNull) {
      return simple(descriptor, Kind.NOT_NULL);
    } else if (a instanceof NotBlank) {
      return simple(descriptor, Kind.NOT_BLANK);
    } else if (a instanceof NotEmpty) {
      return simple(descriptor, Kind.NOT_EMPTY);
    } else if (a instanceof Size size) {
      return new FieldCheck(descriptor, Kind.SIZE, size.min(), size.max(), null, true, null);
    } else if (a instanceof Min min) {
      return new FieldCheck(descriptor, Kind.MIN, min.value(), 0, null, true, null);
    } else if (a instanceof Max max) {
      return new FieldCheck(descriptor, Kind.MAX, 0, max.value(), null, true, null);
    } else if (a instanceof Positive) {
      return simple(descriptor, Kind.POSITIVE);
    } else if (a instanceof PositiveOrZero) {
      return simple(descriptor, Kind.POSITIVE_OR_ZERO);
    } else if (a instanceof Negative) {
      return simple(descriptor, Kind.NEGATIVE);
    } else if (a instanceof NegativeOrZero) {
      return simple(descriptor, Kind.NEGATIVE_OR_ZERO);
    } else if (a instanceof DecimalMin min) {
      return decimal(descriptor, Kind.DECIMAL_MIN, min.value(), min.inclusive());
    } else if (a instanceof DecimalMax max) {
      return decimal(descriptor, Kind.DECIMAL_MAX, max.value(), max.inclusive());
    } else if (a instanceof Digits digits) {
      return new FieldCheck(
          descriptor, Kind.DIGITS, digits.integer(), digits.fraction(), null, true, null);
    } else if (a instanceof Pattern p) {
      int flags = 0;
      for (Pattern.Flag flag : p.flags()) {
        flags |= flag.getValue();
      }
      return new FieldCheck(
          descriptor,
          Kind.PATTERN,
          0,
          0,
          null,
          true,
          java.util.regex.Pattern.compile(p.regexp(), flags));
    }
    return null;
  }

  private static FieldCheck simple(ConstraintDescriptor<?> descriptor, Kind kind) {
    return new FieldCheck(descriptor, kind, 0, 0, null, true, null);
  }

  private static FieldCheck decimal(
      ConstraintDescriptor<?> descriptor, Kind kind, String value, boolean inclusive) {
    try {
      return new FieldCheck(descriptor, kind, 0, 0, new BigDecimal(value), inclusive, null);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The constraint, for the issue of a value that fails it. */
  ConstraintDescriptor<?> descriptor() {
    return descriptor;
  }

  /**
   * True when {@code value} satisfies the constraint; throws {@link #UNSUPPORTED} for odd types.
   */
  boolean test(Object value) {
    if (kind == Kind.NOT_NULL) {
      return value != null;
    }
    if (kind == Kind.NOT_BLANK) {
      return value != null && !text(value).toString().isBlank();
    }
    if (kind == Kind.NOT_EMPTY) {
      return value != null && size(value) > 0;
    }
    if (value == null) {
      return true;
    }
    return switch (kind) {
      case SIZE -> {
        int size = size(value);
        yield size >= low && size <= high;
      }
      case MIN -> compare(value, low) >= 0;
      case MAX -> compare(value, high) <= 0;
      case POSITIVE -> compare(value, 0) > 0;
      case POSITIVE_OR_ZERO -> compare(value, 0) >= 0;
      case NEGATIVE -> compare(value, 0) < 0;
      case NEGATIVE_OR_ZERO -> compare(value, 0) <= 0;
      case DECIMAL_MIN -> {
        int c = decimal(value).compareTo(decimal);
        yield inclusive ? c >= 0 : c > 0;
      }
      case DECIMAL_MAX -> {
        int c = decimal(value).compareTo(decimal);
        yield inclusive ? c <= 0 : c < 0;
      }
      case DIGITS -> digits(value);
      case PATTERN -> pattern.matcher(text(value)).matches();
      default -> throw new IllegalStateException(kind.name());
    };
  }

  private boolean digits(Object value) {
    if (!(value instanceof Number)) {
      throw UNSUPPORTED;
    }
    BigDecimal number =
        value instanceof BigDecimal big
            ? big
            : new BigDecimal(integral(value).toString()).stripTrailingZeros();
    int integerLength = number.precision() - number.scale();
    int fractionLength = number.scale() < 0 ? 0 : number.scale();
    return low >= integerLength && high >= fractionLength;
  }

  private static CharSequence text(Object value) {
    if (value instanceof CharSequence text) {
      return text;
    }
    throw UNSUPPORTED;
  }

  private static int size(Object value) {
    if (value instanceof CharSequence text) {
      return text.length();
    }
    if (value instanceof Collection<?> collection) {
      return collection.size();
    }
    if (value instanceof Map<?, ?> map) {
      return map.size();
    }
    if (value instanceof Object[] array) {
      return array.length;
    }
    throw UNSUPPORTED;
  }

  /** The sign of {@code value − limit}, for integral numbers and big numbers only. */
  private static int compare(Object value, long limit) {
    if (value instanceof BigDecimal big) {
      return big.compareTo(BigDecimal.valueOf(limit));
    }
    if (value instanceof BigInteger big) {
      return big.compareTo(BigInteger.valueOf(limit));
    }
    return Long.compare(integral(value).longValue(), limit);
  }

  private static BigDecimal decimal(Object value) {
    if (value instanceof BigDecimal big) {
      return big;
    }
    if (value instanceof BigInteger big) {
      return new BigDecimal(big);
    }
    return BigDecimal.valueOf(integral(value).longValue());
  }

  /** An integral boxed number ({@code Long}, {@code Integer}, {@code Short}, {@code Byte}). */
  private static Number integral(Object value) {
    if (value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte) {
      return (Number) value;
    }
    throw UNSUPPORTED;
  }
}
