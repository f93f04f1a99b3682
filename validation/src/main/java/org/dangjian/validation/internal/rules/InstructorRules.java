package org.dangjian.validation.internal.rules;

import static org.dangjian.core.record.RecordKind.ORGANIZATION;
import static org.dangjian.validation.Severity.ERROR;
import static org.dangjian.validation.rule.Confidence.CONFIRMED;
import static org.dangjian.validation.rule.Scope.DATASET;
import static org.dangjian.validation.rule.Scope.RECORD;

import java.util.ArrayList;
import java.util.List;
import org.dangjian.core.organization.InstructorAppointment;
import org.dangjian.core.organization.Organization;
import org.dangjian.validation.internal.DatasetCheck;
import org.dangjian.validation.internal.RecordContext;
import org.dangjian.validation.internal.RuleGroup;
import org.dangjian.validation.internal.Rules;
import org.dangjian.validation.internal.RunContext;
import org.dangjian.validation.rule.Rule;

/**
 * Appointments of party-building instructors (党建工作指导员) to an organization: the instructor's member
 * id names a member of the dataset (INSTR-MEMBER), the appointing organization exists
 * (INSTR-APPOINTER), and an appointment does not end before it starts (INSTR-DATES). Member ids are
 * resolved at the end of the run against the shared {@link StructureIndex}, which the reference
 * check fills with every member. Memory: one entry per appointment that names a member or an
 * appointing organization.
 */
public final class InstructorRules implements RuleGroup {

  static final Rule INSTR_MEMBER =
      Rules.rule("INSTR-MEMBER", ERROR, CONFIRMED, DATASET, ORGANIZATION)
          .citation(Rules.SDK, "党建工作指导员")
          .statement(
              "党建工作指导员的人员编号须指向数据集中的人员。", "An instructor's member id names a member of the dataset.")
          .message(
              "指导员 {name} 的人员编号 {value} 在数据集中不存在。",
              "The member id {value} of the instructor {name} is not in the dataset.")
          .build();

  static final Rule INSTR_APPOINTER =
      Rules.rule("INSTR-APPOINTER", ERROR, CONFIRMED, DATASET, ORGANIZATION)
          .citation(Rules.SDK, "党建工作指导员")
          .statement(
              "选派党建工作指导员的组织须是数据集中的组织。",
              "The organization that appoints an instructor is an organization of the dataset.")
          .message(
              "选派指导员 {name} 的组织 {value} 在数据集中不存在。",
              "The organization {value} that appointed the instructor {name} is not in the dataset.")
          .build();

  static final Rule INSTR_DATES =
      Rules.rule("INSTR-DATES", ERROR, CONFIRMED, RECORD, ORGANIZATION)
          .citation(Rules.SDK, "党建工作指导员")
          .statement(
              "指导员任期的结束日期不得早于开始日期。", "An instructor's appointment does not end before it starts.")
          .message(
              "指导员 {name} 的任期结束日期 {until} 早于开始日期 {from}。",
              "The appointment of the instructor {name} ends on {until}, before it starts on"
                  + " {from}.")
          .build();

  private static final List<Rule> RULES = List.of(INSTR_MEMBER, INSTR_APPOINTER, INSTR_DATES);

  @Override
  public List<Rule> rules() {
    return RULES;
  }

  @Override
  public void organization(Organization o, RecordContext context) {
    List<InstructorAppointment> list = o.instructors();
    for (int k = 0; k < list.size(); k++) {
      InstructorAppointment a = list.get(k);
      if (a.until().isPresent() && a.until().get().isBefore(a.from())) {
        context.report(
            INSTR_DATES,
            "instructors[" + k + "].until",
            a.until().get().toString(),
            "name",
            a.instructorName(),
            "until",
            a.until().get(),
            "from",
            a.from());
      }
    }
  }

  @Override
  public DatasetCheck newDatasetCheck(RunContext run) {
    return new Appointments(run);
  }

  /** Keeps the references of every appointment and resolves them when the run ends. */
  private static final class Appointments implements DatasetCheck {
    private final RunContext run;
    private final List<Reference> references = new ArrayList<>();

    private record Reference(
        int organization, int position, String name, String id, boolean member) {}

    Appointments(RunContext run) {
      this.run = run;
    }

    @Override
    public void organization(Organization o, RecordContext seen) {
      List<InstructorAppointment> list = o.instructors();
      for (int k = 0; k < list.size(); k++) {
        InstructorAppointment a = list.get(k);
        int position = k;
        a.memberId()
            .ifPresent(
                id ->
                    references.add(
                        new Reference(seen.index(), position, a.instructorName(), id, true)));
        a.appointedBy()
            .ifPresent(
                id ->
                    references.add(
                        new Reference(seen.index(), position, a.instructorName(), id, false)));
      }
    }

    @Override
    public void finish() {
      StructureIndex index = StructureIndex.of(run);
      for (Reference r : references) {
        boolean exists =
            r.member()
                ? index.hasMember(StructureIndex.hash(r.id()))
                : run.organization(r.id()).isPresent();
        if (!exists) {
          run.reportAt(
              ORGANIZATION,
              r.organization(),
              r.member() ? INSTR_MEMBER : INSTR_APPOINTER,
              "instructors[" + r.position() + "]." + (r.member() ? "memberId" : "appointedBy"),
              r.id(),
              "name",
              r.name(),
              "value",
              r.id());
        }
      }
    }
  }
}
