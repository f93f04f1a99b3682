package org.dangjian.testkit.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.dangjian.testkit.GeneratorSettings;

/**
 * The state shared by all parts of one generation run: the settings, the as-of date, the single
 * seeded random generator every part draws from (so the order of calls across the parts decides the
 * result), the organizations being generated with the indexes of the branches among them, and the
 * member id counter; plus the random helpers used by several parts.
 */
final class GeneratorContext {

  final GeneratorSettings settings;
  final LocalDate asOf;
  final SplittableRandom random;
  final List<OrgNode> orgs = new ArrayList<>();
  final List<Integer> branchIndexes = new ArrayList<>();
  private int memberCounter;

  GeneratorContext(GeneratorSettings settings) {
    this.settings = settings;
    this.asOf = settings.asOf();
    this.random = new SplittableRandom(settings.seed());
  }

  /** The organization at {@code index}. */
  OrgNode org(int index) {
    return orgs.get(index);
  }

  /** The next member id, {@code mem-000001} first. */
  String nextMemberId() {
    return String.format(Locale.ROOT, "mem-%06d", ++memberCounter);
  }

  /** A uniformly random date between {@code from} and {@code to}, both inclusive. */
  LocalDate randomDate(LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(from, to);
    if (days <= 0) {
      return from;
    }
    return from.plusDays(random.nextLong(days + 1));
  }

  /** {@code count} distinct random ints in {@code [0, bound)}, in drawing order. */
  int[] distinct(int bound, int count) {
    int[] out = new int[count];
    int n = 0;
    while (n < count) {
      int candidate = random.nextInt(bound);
      boolean seen = false;
      for (int i = 0; i < n; i++) {
        seen |= out[i] == candidate;
      }
      if (!seen) {
        out[n++] = candidate;
      }
    }
    return out;
  }
}
