package org.dangjian.validation.internal.beans;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dangjian.validation.rule.LocalizedText;
import org.hibernate.validator.HibernateValidator;

/**
 * The one Jakarta Validation factory of the SDK, built on first use (building one costs about a
 * tenth of a second, so it is never built per record) and shared by every thread. It is Hibernate
 * Validator, configured in code and nothing else ({@code META-INF/validation.xml} is ignored, the
 * provider is named rather than looked up):
 *
 * <ul>
 *   <li>{@link AccessorProperties} as the getter property selection strategy, so that constraints
 *       on record-style accessors such as {@code Member.name()} are seen at all;
 *   <li>{@link PresentOptionalExtractor} in place of the built-in extractor of {@code Optional}, so
 *       that {@code Optional<@NotBlank String>} means "blank is wrong, absent is fine";
 *   <li>{@link BundleInterpolator}: the SDK's Chinese (default) and English message bundles over
 *       Hibernate Validator's {@code ParameterMessageInterpolator}, without an expression language;
 *   <li>the validators of {@code org.dangjian.core.constraint} ({@link ResidentIdValidator}, {@link
 *       CreditCodeValidator}, {@link MobileValidator}), found by Hibernate Validator through the
 *       service loader ({@code META-INF/services/jakarta.validation.ConstraintValidator} and the
 *       module's {@code provides} clause).
 * </ul>
 *
 * Validators are cheap to derive from the factory and safe to share; the Chinese and English ones
 * are kept. Every validator handed out reports a constraint once per property ({@link
 * DistinctValidator}), even when a record component carries it to both field and accessor.
 */
public final class BeanValidators {

  private BeanValidators() {}

  /** The factory. */
  public static ValidatorFactory factory() {
    return Holder.FACTORY;
  }

  /** A validator whose messages are Chinese for Chinese and the root locale, English otherwise. */
  public static Validator validator(Locale locale) {
    return LocalizedText.isChinese(locale) ? Holder.CHINESE : Holder.ENGLISH;
  }

  /**
   * A validator whose messages are in the language of {@code locale} and whose constraints that
   * need today's date ({@code @Past}, the future-date check of {@code @ResidentId}) take it from
   * {@code clock}.
   */
  public static Validator validator(Locale locale, Clock clock) {
    return new DistinctValidator(
        Holder.FACTORY
            .usingContext()
            .messageInterpolator(new BundleInterpolator(locale))
            .clockProvider(() -> clock)
            .getValidator());
  }

  /**
   * A validator for callers that read only the constraint, path and value of each violation, not
   * its message: its messages are the uninterpolated templates, which saves the interpolation of
   * every violation. Dates come from {@code clock}.
   */
  public static Validator withoutMessages(Clock clock) {
    MessageInterpolator templates =
        new MessageInterpolator() {
          @Override
          public String interpolate(String template, Context context) {
            return template;
          }

          @Override
          public String interpolate(String template, Context context, Locale locale) {
            return template;
          }
        };
    return new DistinctValidator(
        Holder.FACTORY
            .usingContext()
            .messageInterpolator(templates)
            .clockProvider(() -> clock)
            .getValidator());
  }

  /**
   * The logger of Hibernate Validator's version banner ({@code HV000001}, at INFO, on first use):
   * it is quieted unless the application configured it, so that the SDK prints nothing on a library
   * user's stderr. Hibernate Validator logs through JBoss Logging, which writes to {@code
   * java.util.logging} when the application has no other logging library; with one, the
   * application's configuration decides. Held here so that the level stays set.
   */
  private static final Logger VERSION_BANNER =
      Logger.getLogger("org.hibernate.validator.internal.util.Version");

  /** Lazy, thread-safe initialization: the JVM runs this class's initializer once, on first use. */
  private static final class Holder {
    static final ValidatorFactory FACTORY = build();
    static final Validator CHINESE = new DistinctValidator(FACTORY.getValidator());
    static final Validator ENGLISH =
        new DistinctValidator(
            FACTORY
                .usingContext()
                .messageInterpolator(new BundleInterpolator(Locale.ENGLISH))
                .getValidator());

    private static ValidatorFactory build() {
      if (VERSION_BANNER.getLevel() == null) {
        VERSION_BANNER.setLevel(Level.WARNING);
      }
      return Validation.byProvider(HibernateValidator.class)
          .providerResolver(() -> List.of(new HibernateValidator()))
          .configure()
          .ignoreXmlConfiguration()
          .getterPropertySelectionStrategy(new AccessorProperties())
          .addValueExtractor(new PresentOptionalExtractor())
          .messageInterpolator(new BundleInterpolator(Locale.SIMPLIFIED_CHINESE))
          .buildValidatorFactory();
    }
  }
}
