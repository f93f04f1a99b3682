package org.dangjian.core.statistics;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.Transfer;
import org.dangjian.core.member.TransferStatus;

/** Computes {@link FlowStatistics}; see that record for what each count means. */
final class Flows {

  private Flows() {}

  static FlowStatistics of(
      Dataset data, Predicate<String> inScope, LocalDate from, LocalDate to, OptionalInt quota) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the period ends before it starts: " + from + " " + to);
    }
    int[] steps = new int[5];
    DevelopmentStep[] counted = {
      DevelopmentStep.APPLICATION,
      DevelopmentStep.ACTIVIST_DESIGNATION,
      DevelopmentStep.TARGET_DESIGNATION,
      DevelopmentStep.ADMISSION_MEETING,
      DevelopmentStep.CONVERSION_APPROVAL
    };
    int in = 0;
    int out = 0;
    int departures = 0;
    for (Member m : data.members()) {
      for (int k = 0; k < counted.length; k++) {
        Optional<LocalDate> date = m.development().dateOf(counted[k]);
        if (date.isPresent() && within(date.get(), from, to) && placed(m, date.get(), inScope)) {
          steps[k]++;
        }
      }
      for (Transfer t : m.transfers()) {
        if (t.status() != TransferStatus.RECEIVED && t.status() != TransferStatus.ISSUED
            || !within(t.effectiveOn(), from, to)) {
          continue;
        }
        boolean fromInside = t.fromOrganizationId().filter(inScope).isPresent();
        boolean toInside = t.toOrganizationId().filter(inScope).isPresent();
        if (toInside && !fromInside) {
          in++;
        } else if (fromInside && !toInside) {
          out++;
        }
      }
      if (m.departure().isPresent()) {
        LocalDate date = m.departure().get().date();
        LocalDate before = date.minusDays(1);
        if (within(date, from, to)
            && placed(m, before, inScope)
            && m.stageOn(before).filter(s -> s.isPartyMember()).isPresent()) {
          departures++;
        }
      }
    }
    return new FlowStatistics(
        from, to, steps[0], steps[1], steps[2], steps[3], steps[4], in, out, departures, quota);
  }

  private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
    return !date.isBefore(from) && !date.isAfter(to);
  }

  private static boolean placed(Member m, LocalDate date, Predicate<String> inScope) {
    return m.organizationOn(date).filter(inScope).isPresent();
  }
}
