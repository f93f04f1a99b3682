package org.dangjian.validation.internal.rules;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
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
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dangjian.core.constraint.CreditCode;
import org.dangjian.core.constraint.Mobile;
import org.dangjian.core.constraint.ResidentId;
import org.dangjian.core.id.IdentifierProblem;
import org.dangjian.core.id.MobileNumber;
import org.dangjian.core.id.ParseResult;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.id.SocialCreditCode;
import org.dangjian.core.record.RecordKind;
import org.dangjian.validation.FieldTier;
import org.dangjian.validation.internal.Catalogue;
import org.dangjian.validation.internal.RecordContext;
import org.dangjian.validation.internal.RuleCodes;
import org.dangjian.validation.internal.RuleGroup;
import org.dangjian.validation.internal.beans.BeanValidators;
import org.dangjian.validation.rule.Rule;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * Field constraints (value scope): the Jakarta Validation constraints on the accessors of the core
 * types (lengths of ids, names and texts, ranges of counts, years and amounts, cascading into
 * nested values, lists and optionals) checked on each member, organization, activity and bulletin
 * by the SDK's one validator factory, each violation reported as an issue of a catalogue rule
 * chosen by the constraint: {@code FIELD-REQUIRED}, {@code FIELD-LENGTH}, {@code FIELD-RANGE},
 * {@code FIELD-FORMAT}, {@code FIELD-INVALID} for any other constraint, and the identifier rules of
 * {@link IdentifierRules} ({@code ID-*}, {@code USCC-*}, {@code PHONE-FORMAT}) for the identifier
 * constraints of {@code org.dangjian.core.constraint}. The field is the property path in domain
 * names ({@code dues.payments[3].amount}); the value is the one found, verbatim (a personal number
 * masked, a text longer than {@value #MAX_VALUE_LENGTH} characters cut); the message is the rule's
 * own template, never the validator's text. Constraints that need today's date take {@link
 * RecordContext#asOf()}. The group keeps nothing between records: no memory per member.
 */
public final class FieldRules implements RuleGroup {

  /** The longest value put verbatim into an issue; longer texts are cut and marked with "…". */
  static final int MAX_VALUE_LENGTH = 200;

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  static final Rule FIELD_REQUIRED = Catalogue.rule(RuleCodes.FIELD_REQUIRED);
  static final Rule FIELD_LENGTH = Catalogue.rule(RuleCodes.FIELD_LENGTH);
  static final Rule FIELD_RANGE = Catalogue.rule(RuleCodes.FIELD_RANGE);
  static final Rule FIELD_FORMAT = Catalogue.rule(RuleCodes.FIELD_FORMAT);
  static final Rule FIELD_INVALID = Catalogue.rule(RuleCodes.FIELD_INVALID);

  /** Every rule a violation can be reported as: the group's own and the identifier rules. */
  private static final List<Rule> REPORTED =
      List.of(
          FIELD_REQUIRED,
          FIELD_LENGTH,
          FIELD_RANGE,
          FIELD_FORMAT,
          FIELD_INVALID,
          IdentifierRules.ID_FORMAT,
          IdentifierRules.ID_CHECKSUM,
          IdentifierRules.ID_BIRTH_DATE,
          IdentifierRules.ID_REGION,
          IdentifierRules.USCC_FORMAT,
          IdentifierRules.USCC_CHECKSUM,
          IdentifierRules.PHONE_FORMAT);

  private static final Set<String> NOT_ARGUMENTS = Set.of("message", "groups", "payload");

  /**
   * The fast tier, over the metadata of the factory's validator: constraints do not depend on the
   * reference date, only the full tier's date constraints do (and the fast tier leaves those to
   * it).
   */
  private static final class Fast {
    static final FastFieldChecks CHECKS =
        new FastFieldChecks(BeanValidators.withoutMessages(Clock.systemUTC()));
  }

  /** The validator of the last reference date; validators are cheap and thread-safe. */
  private volatile AsOfValidator cached;

  @Override
  public String topic() {
    return "fields";
  }

  /** Every kind of record gets its field constraints checked: one method for all kinds. */
  @Override
  public void record(RecordKind kind, Object record, RecordContext context) {
    check(record, context);
  }

  private void check(Object record, RecordContext context) {
    if (!anyEnabled(context)) {
      return;
    }
    if (context.settings().fieldTier() == FieldTier.FAST) {
      List<Finding> found = Fast.CHECKS.check(record);
      if (found != null) {
        for (Finding finding : found) {
          context.report(finding.rule(), finding.field(), finding.value(), finding.argumentArray());
        }
        return;
      }
    }
    for (ConstraintViolation<Object> violation : validator(context.asOf()).validate(record)) {
      Finding finding = toFinding(violation);
      context.report(finding.rule(), finding.field(), finding.value(), finding.argumentArray());
    }
  }

  /** False when the settings switch off every rule a violation can become: nothing to check. */
  private static boolean anyEnabled(RecordContext context) {
    for (Rule rule : REPORTED) {
      if (context.isEnabled(rule)) {
        return true;
      }
    }
    return false;
  }

  private Validator validator(LocalDate asOf) {
    AsOfValidator current = cached;
    if (current == null || !current.asOf().equals(asOf)) {
      Clock clock = Clock.fixed(asOf.atStartOfDay(CHINA).toInstant(), CHINA);
      current = new AsOfValidator(asOf, BeanValidators.withoutMessages(clock));
      cached = current;
    }
    return current.validator();
  }

  private record AsOfValidator(LocalDate asOf, Validator validator) {}

  /**
   * What a violation is reported as: the rule, the field path in domain names, the value as text
   * (masked when personal) and the arguments of the rule's message.
   *
   * @param rule the rule
   * @param field the field path, or null for the record as a whole
   * @param value the offending value as text, or null
   * @param arguments the message arguments, in a fixed order
   */
  public record Finding(Rule rule, String field, String value, Map<String, String> arguments) {

    /** The arguments as alternating names and values. */
    Object[] argumentArray() {
      List<Object> list = new ArrayList<>();
      arguments.forEach(
          (name, text) -> {
            list.add(name);
            list.add(text);
          });
      return list.toArray();
    }
  }

  /** The issue a violation becomes. */
  public static Finding toFinding(ConstraintViolation<?> violation) {
    ConstraintDescriptor<?> descriptor = violation.getConstraintDescriptor();
    Class<? extends Annotation> type = descriptor.getAnnotation().annotationType();
    String field = fieldPath(violation.getPropertyPath());
    Object invalid = violation.getInvalidValue();
    if (type == ResidentId.class || type == CreditCode.class || type == Mobile.class) {
      Map<String, String> arguments = new LinkedHashMap<>();
      arguments.put("field", field == null ? "" : field);
      return identifierFinding(type, violation, field, invalid, arguments);
    }
    return finding(descriptor, field, invalid);
  }

  /**
   * The issue a failed constraint other than an identifier constraint becomes, from its descriptor,
   * the field path and the value found: what both tiers report, so that they cannot differ in
   * anything but which constraints they find failed.
   */
  static Finding finding(ConstraintDescriptor<?> descriptor, String field, Object invalid) {
    Class<? extends Annotation> type = descriptor.getAnnotation().annotationType();
    Map<String, String> arguments = new LinkedHashMap<>();
    arguments.put("field", field == null ? "" : field);
    arguments.putAll(attributes(descriptor));
    String value = render(invalid);
    if (value != null) {
      arguments.put("value", value);
    }
    Rule rule;
    if (type == NotNull.class || type == NotBlank.class || type == NotEmpty.class) {
      rule = FIELD_REQUIRED;
    } else if (type == Size.class) {
      rule = FIELD_LENGTH;
      arguments.put("length", String.valueOf(length(invalid)));
    } else if (isRange(type)) {
      rule = FIELD_RANGE;
      Bound bound = bound(descriptor.getAnnotation());
      arguments.put("bound", bound.zh());
      arguments.put("boundEn", bound.en());
    } else if (type == Pattern.class) {
      rule = FIELD_FORMAT;
      String regexp = ((Pattern) descriptor.getAnnotation()).regexp();
      arguments.put("expected", "匹配 " + regexp + " 的文本");
      arguments.put("expectedEn", "text matching " + regexp);
    } else if (type == Email.class) {
      rule = FIELD_FORMAT;
      arguments.put("expected", "电子邮件地址");
      arguments.put("expectedEn", "an email address");
    } else {
      rule = FIELD_INVALID;
      arguments.put("constraint", type.getSimpleName());
    }
    return new Finding(rule, field, value, arguments);
  }

  private static Finding identifierFinding(
      Class<? extends Annotation> type,
      ConstraintViolation<?> violation,
      String field,
      Object invalid,
      Map<String, String> arguments) {
    String text = invalid == null ? "" : invalid.toString();
    // Parsed only to mask the value (and to name the problem without a payload): no date needed.
    ParseResult<?> parsed =
        type == ResidentId.class
            ? ResidentIdNumber.parse(text, LocalDate.MAX)
            : type == CreditCode.class ? SocialCreditCode.parse(text) : MobileNumber.parse(text);
    String masked =
        parsed instanceof ParseResult.Invalid<?> failed
            ? failed.maskedInput()
            : masked(parsed.value().orElse(null));
    IdentifierProblem problem = problem(violation, parsed, type);
    Rule rule;
    if (type == ResidentId.class) {
      rule = residentIdRule(problem);
    } else if (type == CreditCode.class) {
      rule =
          problem == IdentifierProblem.CHECKSUM_MISMATCH
              ? IdentifierRules.USCC_CHECKSUM
              : IdentifierRules.USCC_FORMAT;
    } else {
      rule = IdentifierRules.PHONE_FORMAT;
    }
    arguments.put("value", masked);
    arguments.put("problem", problem.zh());
    arguments.put("problemEn", problem.en());
    return new Finding(rule, field, masked, arguments);
  }

  /**
   * The problem the validator found, carried as Hibernate Validator's dynamic payload; when absent
   * (a validator of another provider), the problem of parsing the value again.
   */
  private static IdentifierProblem problem(
      ConstraintViolation<?> violation, ParseResult<?> parsed, Class<? extends Annotation> type) {
    IdentifierProblem problem = null;
    try {
      HibernateConstraintViolation<?> hibernate =
          violation.unwrap(HibernateConstraintViolation.class);
      problem = hibernate.getDynamicPayload(IdentifierProblem.class);
    } catch (ValidationException notHibernate) {
      // fall through to the parse result
    }
    if (problem == null) {
      // A resident ID number that parses when any birth date is allowed was in the future.
      problem =
          parsed
              .problem()
              .orElse(
                  type == ResidentId.class
                      ? IdentifierProblem.FUTURE_DATE
                      : IdentifierProblem.INVALID_CHARACTER);
    }
    return problem;
  }

  /** The rule of a resident ID problem, as {@link IdentifierRules#residentIdNumber} chooses it. */
  static Rule residentIdRule(IdentifierProblem problem) {
    return switch (problem) {
      case CHECKSUM_MISMATCH -> IdentifierRules.ID_CHECKSUM;
      case INVALID_DATE, FUTURE_DATE -> IdentifierRules.ID_BIRTH_DATE;
      case INVALID_REGION, INVALID_PREFIX -> IdentifierRules.ID_REGION;
      default -> IdentifierRules.ID_FORMAT;
    };
  }

  /**
   * The property path in domain names: property names joined by dots, list indexes and map keys in
   * brackets, container-element nodes such as {@code <list element>} dropped. Null for the record
   * itself.
   */
  static String fieldPath(Path path) {
    StringBuilder out = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getIndex() != null) {
        out.append('[').append(node.getIndex()).append(']');
      } else if (node.getKey() != null) {
        out.append('[').append(node.getKey()).append(']');
      }
      String name = node.getName();
      if (name == null || name.isEmpty() || name.startsWith("<")) {
        continue;
      }
      if (out.length() > 0) {
        out.append('.');
      }
      out.append(name);
    }
    return out.length() == 0 ? null : out.toString();
  }

  /** The value as text: verbatim, personal numbers masked, long texts cut, beans left out. */
  static String render(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof ResidentIdNumber || value instanceof MobileNumber) {
      return masked(value);
    }
    if (value instanceof SocialCreditCode code) {
      return code.value();
    }
    if (value instanceof CharSequence text) {
      return cut(text.toString());
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Number
        || value instanceof Boolean
        || value instanceof Character
        || value instanceof Enum<?>
        || value instanceof TemporalAccessor) {
      return value.toString();
    }
    if (value instanceof Collection<?>
        || value instanceof Map<?, ?>
        || value.getClass().isArray()) {
      return String.valueOf(length(value));
    }
    return null;
  }

  private static String masked(Object value) {
    if (value instanceof ResidentIdNumber id) {
      return id.masked();
    }
    if (value instanceof MobileNumber phone) {
      return phone.masked();
    }
    if (value instanceof SocialCreditCode code) {
      return code.value();
    }
    return value == null ? "" : "****";
  }

  private static String cut(String text) {
    if (text.length() <= MAX_VALUE_LENGTH) {
      return text;
    }
    int end = MAX_VALUE_LENGTH;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }

  /** The length {@code @Size} measured: characters of a text, elements of a collection. */
  private static int length(Object value) {
    if (value instanceof CharSequence text) {
      return text.length();
    }
    if (value instanceof Collection<?> collection) {
      return collection.size();
    }
    if (value instanceof Map<?, ?> map) {
      return map.size();
    }
    if (value != null && value.getClass().isArray()) {
      return Array.getLength(value);
    }
    return 0;
  }

  /**
   * The constraint's own attributes (min, max, inclusive, ...), sorted by name; the attribute
   * {@code value} of {@code @Min}, {@code @DecimalMax} and the like is named {@code limit}, since
   * {@code value} is the value found.
   */
  private static Map<String, String> attributes(ConstraintDescriptor<?> descriptor) {
    Map<String, String> sorted = new TreeMap<>();
    descriptor
        .getAttributes()
        .forEach(
            (name, value) -> {
              if (!NOT_ARGUMENTS.contains(name)) {
                sorted.put(name.equals("value") ? "limit" : name, attribute(value));
              }
            });
    return sorted;
  }

  private static String attribute(Object value) {
    if (value instanceof Object[] array) {
      return Arrays.toString(array);
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    return String.valueOf(value);
  }

  private static boolean isRange(Class<? extends Annotation> type) {
    return type == Min.class
        || type == Max.class
        || type == Positive.class
        || type == PositiveOrZero.class
        || type == Negative.class
        || type == NegativeOrZero.class
        || type == DecimalMin.class
        || type == DecimalMax.class
        || type == Digits.class;
  }

  private record Bound(String zh, String en) {}

  private static Bound bound(Annotation annotation) {
    if (annotation instanceof Min min) {
      return new Bound("不小于 " + min.value(), "at least " + min.value());
    }
    if (annotation instanceof Max max) {
      return new Bound("不大于 " + max.value(), "at most " + max.value());
    }
    if (annotation instanceof Positive) {
      return new Bound("大于 0", "greater than 0");
    }
    if (annotation instanceof PositiveOrZero) {
      return new Bound("不小于 0", "at least 0");
    }
    if (annotation instanceof Negative) {
      return new Bound("小于 0", "less than 0");
    }
    if (annotation instanceof NegativeOrZero) {
      return new Bound("不大于 0", "at most 0");
    }
    if (annotation instanceof DecimalMin min) {
      return min.inclusive()
          ? new Bound("不小于 " + min.value(), "at least " + min.value())
          : new Bound("大于 " + min.value(), "greater than " + min.value());
    }
    if (annotation instanceof DecimalMax max) {
      return max.inclusive()
          ? new Bound("不大于 " + max.value(), "at most " + max.value())
          : new Bound("小于 " + max.value(), "less than " + max.value());
    }
    Digits digits = (Digits) annotation;
    return new Bound(
        "整数部分最多 " + digits.integer() + " 位、小数部分最多 " + digits.fraction() + " 位",
        "at most " + digits.integer() + " integer and " + digits.fraction() + " fraction digits");
  }
}
