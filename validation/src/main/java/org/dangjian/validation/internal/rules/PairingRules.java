package org.dangjian.validation.internal.rules;

import static org.dangjian.core.record.RecordKind.PAIRING;
import static org.dangjian.validation.Severity.ERROR;
import static org.dangjian.validation.rule.Confidence.CONFIRMED;
import static org.dangjian.validation.rule.Scope.DATASET;
import static org.dangjian.validation.rule.Scope.RECORD;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dangjian.core.organization.PairingAgreement;
import org.dangjian.validation.internal.DatasetCheck;
import org.dangjian.validation.internal.RecordContext;
import org.dangjian.validation.internal.RuleGroup;
import org.dangjian.validation.internal.Rules;
import org.dangjian.validation.internal.RunContext;
import org.dangjian.validation.rule.Rule;

/**
 * Co-building pairing agreements (党建结对共建协议): the organizations they name exist in the dataset
 * (PAIR-PARTY), they have at least two distinct parties (PAIR-PARTIES), they do not end before they
 * are signed (PAIR-DATES) and they are not signed after the reference date (PAIR-FUTURE). Memory:
 * one entry per party id not yet seen when its agreement arrived (none when organizations come
 * first, except the broken ones).
 */
public final class PairingRules implements RuleGroup {

  static final Rule PAIR_PARTY =
      Rules.rule("PAIR-PARTY", ERROR, CONFIRMED, DATASET, PAIRING)
          .citation(Rules.SDK, "结对共建协议")
          .statement(
              "结对共建协议中以编号列出的组织须是数据集中的组织。",
              "The organizations a pairing agreement names by id are organizations of the dataset.")
          .message(
              "协议的结对组织 {value} 在数据集中不存在。",
              "The party organization {value} of the agreement is not in the dataset.")
          .note(
              "数据集以外的结对单位（村、学校、机关）以名称列在 externalParties 中。",
              "Parties outside the dataset (a village, a school, an office) are listed by name in "
                  + "externalParties.")
          .build();

  static final Rule PAIR_PARTIES =
      Rules.rule("PAIR-PARTIES", ERROR, CONFIRMED, RECORD, PAIRING)
          .citation(Rules.SDK, "结对共建协议")
          .statement(
              "结对共建协议至少有两个不同的结对方，同一组织不得重复列出。",
              "A pairing agreement has at least two distinct parties; no organization is listed"
                  + " twice.")
          .message(
              "协议有 {count} 个不同的结对方（{value}），至少应有 2 个。",
              "The agreement has {count} distinct parties ({value}); it needs at least 2.")
          .build();

  static final Rule PAIR_DATES =
      Rules.rule("PAIR-DATES", ERROR, CONFIRMED, RECORD, PAIRING)
          .citation(Rules.SDK, "结对共建协议")
          .statement(
              "结对共建协议的终止日期不得早于签订日期。", "A pairing agreement does not end before it is signed.")
          .message(
              "协议的终止日期 {until} 早于签订日期 {signedOn}。",
              "The agreement ends on {until}, before it was signed on {signedOn}.")
          .build();

  static final Rule PAIR_FUTURE =
      Rules.rule("PAIR-FUTURE", ERROR, CONFIRMED, RECORD, PAIRING)
          .citation(Rules.SDK, "结对共建协议")
          .statement(
              "结对共建协议的签订日期不得晚于核查日期。", "A pairing agreement is not signed after the reference date.")
          .message(
              "协议的签订日期 {signedOn} 晚于核查日期 {asOf}。",
              "The agreement is signed on {signedOn}, after the reference date {asOf}.")
          .build();

  private static final List<Rule> RULES =
      List.of(PAIR_PARTY, PAIR_PARTIES, PAIR_DATES, PAIR_FUTURE);

  @Override
  public List<Rule> rules() {
    return RULES;
  }

  @Override
  public void pairing(PairingAgreement p, RecordContext context) {
    Set<String> parties = new HashSet<>(p.organizationIds());
    parties.addAll(p.externalParties());
    if (parties.size() < 2) {
      List<String> listed = new ArrayList<>(p.organizationIds());
      listed.addAll(p.externalParties());
      context.report(
          PAIR_PARTIES,
          "organizationIds",
          String.join("、", listed),
          "count",
          parties.size(),
          "value",
          String.join("、", listed));
    }
    if (p.until().isPresent() && p.until().get().isBefore(p.signedOn())) {
      context.report(
          PAIR_DATES,
          "until",
          p.until().get().toString(),
          "until",
          p.until().get(),
          "signedOn",
          p.signedOn());
    }
    if (p.signedOn().isAfter(context.asOf())) {
      context.report(
          PAIR_FUTURE,
          "signedOn",
          p.signedOn().toString(),
          "signedOn",
          p.signedOn(),
          "asOf",
          context.asOf());
    }
  }

  @Override
  public DatasetCheck newDatasetCheck(RunContext run) {
    return new Parties(run);
  }

  /** Resolves the party ids of every agreement against the organizations of the run. */
  private static final class Parties implements DatasetCheck {
    private final RunContext run;
    private final List<Object[]> pending = new ArrayList<>();

    Parties(RunContext run) {
      this.run = run;
    }

    @Override
    public void pairing(PairingAgreement p, RecordContext seen) {
      List<String> ids = p.organizationIds();
      for (int k = 0; k < ids.size(); k++) {
        if (run.organization(ids.get(k)).isEmpty()) {
          pending.add(new Object[] {seen.index(), k, ids.get(k)});
        }
      }
    }

    @Override
    public void finish() {
      for (Object[] entry : pending) {
        String id = (String) entry[2];
        if (run.organization(id).isEmpty()) {
          run.reportAt(
              PAIRING,
              (Integer) entry[0],
              PAIR_PARTY,
              "organizationIds[" + entry[1] + "]",
              id,
              "value",
              id);
        }
      }
    }
  }
}
