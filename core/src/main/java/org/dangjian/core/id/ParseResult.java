package org.dangjian.core.id;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of parsing an identifier: either a {@link Valid} holding the value, or an {@link
 * Invalid} holding the {@link IdentifierProblem}, an optional technical detail and the masked
 * input. An invalid result never holds the text that was parsed, only its masked form, so a result
 * may be logged or put into a report as it is. Use {@link #isValid()}, {@link #value()} and {@link
 * #problem()} to branch, or {@link #orElseThrow()} where an invalid value is a programming error.
 *
 * @param <T> the identifier type, for example {@link ResidentIdNumber}
 */
public abstract sealed class ParseResult<T> permits ParseResult.Valid, ParseResult.Invalid {

  private ParseResult() {}

  static <T> ParseResult<T> valid(T value) {
    return new Valid<>(value);
  }

  static <T> ParseResult<T> invalid(
      String kind, IdentifierProblem problem, String maskedInput, String detail) {
    return new Invalid<>(kind, problem, maskedInput, detail);
  }

  /** Whether the text was a valid identifier. */
  public abstract boolean isValid();

  /** The parsed identifier, or empty when the text was invalid. */
  public abstract Optional<T> value();

  /** Why the text was invalid, or empty when it was valid. */
  public abstract Optional<IdentifierProblem> problem();

  /**
   * A short English technical detail about the problem, for example {@code "character 5"}; empty
   * when valid or when there is nothing to add. It never contains the parsed text.
   */
  public abstract Optional<String> detail();

  /**
   * The parsed identifier.
   *
   * @return the value
   * @throws IllegalArgumentException when the text was invalid; the message names the problem and
   *     shows only the masked input
   */
  public abstract T orElseThrow();

  /**
   * A valid result.
   *
   * @param <T> the identifier type
   */
  public static final class Valid<T> extends ParseResult<T> {
    private final T value;

    private Valid(T value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    /** The parsed identifier. */
    public T get() {
      return value;
    }

    @Override
    public boolean isValid() {
      return true;
    }

    @Override
    public Optional<T> value() {
      return Optional.of(value);
    }

    @Override
    public Optional<IdentifierProblem> problem() {
      return Optional.empty();
    }

    @Override
    public Optional<String> detail() {
      return Optional.empty();
    }

    @Override
    public T orElseThrow() {
      return value;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Valid<?> that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
      return value.hashCode();
    }

    /** {@code Valid[...]} around the value's {@code toString()}, which masks personal numbers. */
    @Override
    public String toString() {
      return "Valid[" + value + "]";
    }
  }

  /**
   * An invalid result: the problem, an optional detail and the masked input.
   *
   * @param <T> the identifier type that was expected
   */
  public static final class Invalid<T> extends ParseResult<T> {
    private final String kind;
    private final IdentifierProblem problem;
    private final String maskedInput;
    private final String detail;

    private Invalid(String kind, IdentifierProblem problem, String maskedInput, String detail) {
      this.kind = Objects.requireNonNull(kind, "kind");
      this.problem = Objects.requireNonNull(problem, "problem");
      this.maskedInput = Objects.requireNonNull(maskedInput, "maskedInput");
      this.detail = detail;
    }

    /** The problem; same as {@code problem().get()}. */
    public IdentifierProblem reason() {
      return problem;
    }

    /**
     * The parsed text with most characters replaced by {@code *}, for reports, for example {@code
     * 11****************}; empty when the text was empty.
     */
    public String maskedInput() {
      return maskedInput;
    }

    @Override
    public boolean isValid() {
      return false;
    }

    @Override
    public Optional<T> value() {
      return Optional.empty();
    }

    @Override
    public Optional<IdentifierProblem> problem() {
      return Optional.of(problem);
    }

    @Override
    public Optional<String> detail() {
      return Optional.ofNullable(detail);
    }

    @Override
    public T orElseThrow() {
      throw new IllegalArgumentException(describe());
    }

    private String describe() {
      StringBuilder text = new StringBuilder("invalid ").append(kind);
      if (!maskedInput.isEmpty()) {
        text.append(" '").append(maskedInput).append('\'');
      }
      text.append(": ").append(problem.en());
      if (detail != null) {
        text.append(" (").append(detail).append(')');
      }
      return text.toString();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Invalid<?> that
          && kind.equals(that.kind)
          && problem == that.problem
          && maskedInput.equals(that.maskedInput)
          && Objects.equals(detail, that.detail);
    }

    @Override
    public int hashCode() {
      return Objects.hash(kind, problem, maskedInput, detail);
    }

    /** The same text as the message of {@link #orElseThrow()}: masked input and problem. */
    @Override
    public String toString() {
      return "Invalid[" + describe() + "]";
    }
  }
}
