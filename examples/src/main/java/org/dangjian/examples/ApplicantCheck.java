package org.dangjian.examples;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dangjian.core.constraint.Mobile;
import org.dangjian.core.constraint.ResidentId;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.report.ValidationReport;
import org.dangjian.validation.rule.Severity;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import tools.jackson.databind.json.JsonMapper;

/**
 * A modular application (run with {@code java -p … -m org.dangjian.examples/…ApplicantCheck}) that
 * uses the SDK's constraints two ways: on its own form ({@link Applicant}, validated by a Hibernate
 * Validator factory the application builds, without an expression language) and through {@link
 * DangjianValidator} on a generated group with one defect, which it then exports as JSON Lines and
 * as a CSV member roster and writes through a {@code findAndAddModules()} mapper. It proves that
 * the module descriptors let Hibernate Validator reach the SDK's validators and messages on the
 * module path. Arguments: a resident ID number and a mobile number to check; prints one line per
 * problem and the group's error count, and exits 1 when the form has a problem.
 */
public final class ApplicantCheck {

  /**
   * A form of the application: the SDK's constraints on plain text fields.
   *
   * @param residentId the applicant's resident ID number
   * @param mobile the applicant's mobile number
   */
  public record Applicant(@ResidentId String residentId, @Mobile String mobile) {}

  private ApplicantCheck() {}

  /** The problems of {@code applicant}, as {@code field: message}, sorted. */
  public static List<String> problems(Applicant applicant, Locale locale) {
    try (ValidatorFactory factory =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator(Set.of(locale), locale, false))
            .buildValidatorFactory()) {
      return factory.getValidator().validate(applicant).stream()
          .map(ApplicantCheck::line)
          .sorted()
          .toList();
    }
  }

  private static String line(ConstraintViolation<Applicant> violation) {
    return violation.getPropertyPath() + ": " + violation.getMessage();
  }

  /**
   * Runs the check.
   *
   * @param args a resident ID number and a mobile number
   * @throws IOException when the in-memory export fails
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ApplicantCheck RESIDENT-ID MOBILE");
      System.exit(2);
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    LocalDate asOf = LocalDate.of(2024, 1, 31);
    Dataset group =
        DatasetGenerator.generate(
            GeneratorSettings.builder()
                .seed(1)
                .committees(1)
                .generalBranches(0)
                .branches(3)
                .members(30)
                .probationary(3)
                .asOf(asOf)
                .build());
    Dataset broken = Defect.TRAINING_TOO_SHORT.applyTo(group, asOf).dataset();
    ValidationReport report = DangjianValidator.defaults().validate(broken, asOf);
    out.println(
        "group: "
            + report.count(Severity.ERROR)
            + " errors "
            + report.issues().stream().map(Issue::code).distinct().sorted().toList());
    // The io modules on the module path: their format providers and the Jackson module are found
    // through their descriptors' provides clauses.
    for (String name : List.of("group.jsonl", "members.csv")) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataFormat format = DataFormat.forFileName(name).orElseThrow();
      long skipped = DangjianExporter.of(ExportOptions.defaults()).write(broken, bytes, format);
      out.println(name + ": " + (bytes.size() > 0 ? "written" : "empty") + ", skipped " + skipped);
    }
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    out.println("member as JSON: " + mapper.writeValueAsString(broken.members().get(0)).length());
    List<String> problems = problems(new Applicant(args[0], args[1]), Locale.SIMPLIFIED_CHINESE);
    problems.forEach(out::println);
    System.exit(problems.isEmpty() ? 0 : 1);
  }
}
