package org.dangjian.cli.process;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.NotBlank;
import java.util.Comparator;
import java.util.Locale;
import org.dangjian.core.constraint.ResidentId;
import org.dangjian.validation.BeanValidation;

/**
 * Run by {@link CliProcessIT} with the shaded jar first on the class path: validates one object
 * with the SDK's {@code @ResidentId} constraint, whose validator is registered only through {@code
 * META-INF/services/jakarta.validation.ConstraintValidator}, and prints each violation. If the
 * shade plugin had not merged the service files, Hibernate Validator would find no validator for
 * the constraint and fail.
 */
public final class ShadedJarProbe {

  /** A form with the SDK's constraint. */
  record Applicant(@NotBlank String name, @ResidentId String idNumber) {}

  private ShadedJarProbe() {}

  /** Prints the violations of an applicant with a blank name and a wrong check character. */
  public static void main(String[] args) {
    BeanValidation.validator(Locale.ENGLISH)
        .validate(new Applicant(" ", "110105194912310021"))
        .stream()
        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .map(ShadedJarProbe::line)
        .forEach(System.out::println);
  }

  private static String line(ConstraintViolation<Applicant> violation) {
    return violation.getPropertyPath() + ": " + violation.getMessage();
  }
}
