package org.dangjian.validation.internal.rules;

import static org.dangjian.core.record.RecordKind.ORGANIZATION;

import java.util.ArrayList;
import java.util.List;
import org.dangjian.core.organization.InstructorAppointment;
import org.dangjian.core.organization.Organization;
import org.dangjian.validation.internal.Catalogue;
import org.dangjian.validation.internal.DatasetCheck;
import org.dangjian.validation.internal.RecordContext;
import org.dangjian.validation.internal.RuleCodes;
import org.dangjian.validation.internal.RuleGroup;
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

  static final Rule INSTR_MEMBER = Catalogue.rule(RuleCodes.INSTR_MEMBER);

  static final Rule INSTR_APPOINTER = Catalogue.rule(RuleCodes.INSTR_APPOINTER);

  static final Rule INSTR_DATES = Catalogue.rule(RuleCodes.INSTR_DATES);

  @Override
  public String topic() {
    return "instructors";
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
