package org.dangjian.validation.internal.rules;

import static org.dangjian.core.record.RecordKind.PAIRING;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dangjian.core.organization.PairingAgreement;
import org.dangjian.validation.internal.Catalogue;
import org.dangjian.validation.internal.DatasetCheck;
import org.dangjian.validation.internal.RecordContext;
import org.dangjian.validation.internal.RuleCodes;
import org.dangjian.validation.internal.RuleGroup;
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

  static final Rule PAIR_PARTY = Catalogue.rule(RuleCodes.PAIR_PARTY);

  static final Rule PAIR_PARTIES = Catalogue.rule(RuleCodes.PAIR_PARTIES);

  static final Rule PAIR_DATES = Catalogue.rule(RuleCodes.PAIR_DATES);

  static final Rule PAIR_FUTURE = Catalogue.rule(RuleCodes.PAIR_FUTURE);

  private static final List<Rule> RULES =
      List.of(PAIR_PARTY, PAIR_PARTIES, PAIR_DATES, PAIR_FUTURE);

  @Override
  public String topic() {
    return "pairings";
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
