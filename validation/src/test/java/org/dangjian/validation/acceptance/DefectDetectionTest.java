package org.dangjian.validation.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.testkit.Mutation;
import org.dangjian.testkit.Mutators;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.ValidationRun;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.report.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The acceptance test of issue 3: for each testkit defect, validating the mutated dataset reports
 * exactly the defect's rule code at the mutated record, and nothing else (no other code, no other
 * record, at any severity). Two dataset shapes: the default group and a mixed one with pipeline
 * people, general branches and a leap-day reference date. A defect whose rule speaks only under
 * other settings ({@code Defect.detection()}: a rule the national profile disables, a points
 * policy) is validated with those settings, and reports nothing under the defaults.
 */
class DefectDetectionTest {

  private static final DangjianValidator VALIDATOR = DangjianValidator.defaults();
  private static Dataset standard;
  private static Dataset mixed;
  private static final GeneratorSettings STANDARD =
      GeneratorSettings.proportional(11, 1500).build();
  private static final GeneratorSettings MIXED =
      GeneratorSettings.builder()
          .seed(8)
          .committees(3)
          .generalBranches(5)
          .branches(20)
          .members(700)
          .probationary(60)
          .asOf(LocalDate.of(2020, 2, 29))
          .applicants(5)
          .activists(5)
          .developmentTargets(5)
          .build();

  @BeforeAll
  static void generate() {
    standard = DatasetGenerator.generate(STANDARD);
    mixed = DatasetGenerator.generate(MIXED);
  }

  @Test
  void validDatasetsRaiseNothing() {
    assertThat(keys(VALIDATOR.validate(standard, STANDARD.asOf()))).isEmpty();
    assertThat(keys(VALIDATOR.validate(mixed, MIXED.asOf()))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = Defect.class, names = "WRONG_ID_CHECKSUM", mode = EnumSource.Mode.EXCLUDE)
  void eachDefectIsReportedExactlyOnceAtItsRecord(Defect defect) {
    for (var shape : List.of(new Object[] {standard, STANDARD}, new Object[] {mixed, MIXED})) {
      Dataset valid = (Dataset) shape[0];
      LocalDate asOf = ((GeneratorSettings) shape[1]).asOf();
      Mutation mutation = defect.applyTo(valid, asOf);
      ValidationReport report = DefectSettings.validator(defect).validate(mutation.dataset(), asOf);
      assertThat(keys(report))
          .as("%s: %s", defect, mutation.description())
          .containsExactly(defect.ruleId() + "@" + record(mutation));
      if (!defect.detection().isDefault()) {
        assertThat(keys(VALIDATOR.validate(mutation.dataset(), asOf)))
            .as("%s under the default settings", defect)
            .isEmpty();
      }
    }
  }

  /**
   * A group without people in the development pipeline has no applicant to list twice: the
   * duplicate is then a full member listed a second time as an applicant.
   */
  @Test
  void aDuplicateMemberIdNeedsNoApplicant() {
    GeneratorSettings settings =
        GeneratorSettings.proportional(5, 300)
            .applicants(0)
            .activists(0)
            .developmentTargets(0)
            .build();
    Dataset valid = DatasetGenerator.generate(settings);
    assertThat(keys(VALIDATOR.validate(valid, settings.asOf()))).isEmpty();
    assertThat(valid.members()).noneMatch(m -> m.stage() == MemberStage.APPLICANT);
    Mutation mutation = Defect.DUPLICATE_MEMBER_ID.applyTo(valid, settings.asOf());
    ValidationReport report = VALIDATOR.validate(mutation.dataset(), settings.asOf());
    assertThat(keys(report)).containsExactly("REF-DUPLICATE-ID@" + mutation.recordId());
  }

  /**
   * A wrong check character cannot sit in a {@code Member}: a reader parses the text through the
   * run, which reports ID-CHECKSUM at the cell, and passes the member on without the number.
   */
  @Test
  void aWrongCheckCharacterIsReportedWhereTheTextIsRead() {
    Member victim = standard.members().get(standard.members().size() / 2);
    String corrupted = Mutators.corruptCheckCharacter(victim.idNumber().orElseThrow());
    ValidationRun run = VALIDATOR.newRun("members.csv", STANDARD.asOf());
    standard.organizations().forEach(o -> run.organization(o, null));
    int index = 0;
    for (Member member : standard.members()) {
      Location location = Location.ofRecord("members.csv", RecordKind.MEMBER, index++, member.id());
      if (member.id().equals(victim.id())) {
        assertThat(run.residentIdNumber(corrupted, location.atField("idNumber"))).isEmpty();
        member = ImmutableMember.copyOf(member).withIdNumber(java.util.Optional.empty());
      }
      run.member(member, location);
    }
    standard.activities().forEach(a -> run.activity(a, null));
    ValidationReport report = run.finish();
    assertThat(keys(report)).containsExactly("ID-CHECKSUM@" + victim.id());
    Issue issue = report.issues().get(0);
    assertThat(issue.location().fieldPath()).contains("idNumber");
    assertThat(issue.value().orElseThrow()).doesNotContain(corrupted.substring(2));
  }

  /** The mutation's record id as {@link #keys} prints it: "-" for a defect of the dataset. */
  private static String record(Mutation mutation) {
    return mutation.recordId().isEmpty() ? "-" : mutation.recordId();
  }

  private static List<String> keys(ValidationReport report) {
    return report.issues().stream()
        .map(i -> i.code() + "@" + i.location().recordId().orElse("-"))
        .toList();
  }
}
