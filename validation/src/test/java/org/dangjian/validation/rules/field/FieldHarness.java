package org.dangjian.validation.rules.field;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Organization;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.validation.ValidationSettings;
import org.dangjian.validation.internal.Run;
import org.dangjian.validation.internal.rules.FieldRules;
import org.dangjian.validation.report.Issue;

/** Runs records through the field rules alone, as the engine does, and returns the issues. */
final class FieldHarness {

  static final LocalDate AS_OF = GeneratorSettings.DEFAULT_AS_OF;

  /** The shape of the bulletin of issue 62 (as testkit's own mutator tests use it). */
  private static final Dataset SAMPLE =
      DatasetGenerator.generate(
          GeneratorSettings.builder()
              .seed(62)
              .committees(16)
              .generalBranches(4)
              .branches(114)
              .members(3096)
              .probationary(197)
              .employees(30960)
              .asOf(AS_OF)
              .build());

  private FieldHarness() {}

  /** A valid dataset, generated once. */
  static Dataset sample() {
    return SAMPLE;
  }

  /** A valid full member of the sample with dues and a concentrated training. */
  static Member member() {
    return SAMPLE.members().stream()
        .filter(m -> m.dues().isPresent() && m.dues().get().payments().size() >= 4)
        .filter(m -> m.development().training().isPresent())
        .filter(m -> m.development().steps().size() >= 3)
        .findFirst()
        .orElseThrow();
  }

  /** A valid organization of the sample with a host unit and a committee. */
  static Organization organization() {
    return SAMPLE.organizations().stream()
        .filter(o -> o.hostUnit().isPresent() && !o.committees().isEmpty())
        .findFirst()
        .orElseThrow();
  }

  /** A valid activity of the sample with an attendance. */
  static Activity activity() {
    return SAMPLE.activities().stream()
        .filter(a -> a.attendance().isPresent())
        .findFirst()
        .orElseThrow();
  }

  static List<Issue> issues(Member member) {
    Run run = newRun();
    run.member(member, null);
    return run.finish().issues();
  }

  static List<Issue> issues(Organization organization) {
    Run run = newRun();
    run.organization(organization, null);
    return run.finish().issues();
  }

  static List<Issue> issues(Activity activity) {
    Run run = newRun();
    run.activity(activity, null);
    return run.finish().issues();
  }

  static List<Issue> issues(Bulletin bulletin) {
    Run run = newRun();
    run.bulletin(bulletin, null);
    return run.finish().issues();
  }

  /** The issues of every record of {@code dataset}. */
  static List<Issue> issues(Dataset dataset) {
    Run run = newRun();
    dataset.organizations().forEach(o -> run.organization(o, null));
    dataset.members().forEach(m -> run.member(m, null));
    dataset.activities().forEach(a -> run.activity(a, null));
    return run.finish().issues();
  }

  /** "CODE@field" of each issue. */
  static List<String> codesAtFields(List<Issue> issues) {
    return issues.stream().map(i -> i.code() + "@" + i.location().fieldPath().orElse("")).toList();
  }

  private static Run newRun() {
    return Run.recordRulesOnly(
        List.of(new FieldRules()), "test", AS_OF, ValidationSettings.defaults());
  }
}
