package org.dangjian.testkit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.ImmutablePostHolding;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.PostHolding;
import org.dangjian.core.organization.PostKind;

/**
 * Finds the people the breadth planners need in a {@link Draft}: full members below an organization
 * on a date, who hold no post and carry no special status yet (so that making one of them a post
 * holder, a mobile member or a transferred member changes nothing else), picked in a random but
 * seeded order; and makes post holdings.
 */
final class People {

  private final Draft d;
  private final Set<String> taken;

  People(Draft draft) {
    this.d = draft;
    this.taken = draft.postHolders();
  }

  /** Marks {@code id} as used, so that no later pick returns it. */
  void take(String id) {
    taken.add(id);
  }

  /** True when organization {@code id} lies in the subtree of {@code rootId}. */
  boolean below(String id, String rootId) {
    for (Optional<String> at = Optional.of(id); at.isPresent(); ) {
      if (at.get().equals(rootId)) {
        return true;
      }
      at = d.org(at.get()).parentId();
    }
    return false;
  }

  /**
   * Up to {@code n} members of the subtree of {@code rootId} who were full members on {@code date},
   * are Party members on the as-of date and are not yet taken; marks them taken.
   */
  List<Member> fullBelow(String rootId, LocalDate date, int n) {
    return fullBelow(rootId, date, n, Set.of());
  }

  /** As {@link #fullBelow(String, LocalDate, int)}, skipping the ids of {@code exclude}. */
  List<Member> fullBelow(String rootId, LocalDate date, int n, Set<String> exclude) {
    List<Member> out = new ArrayList<>();
    int size = d.members.size();
    int start = d.random.nextInt(size);
    for (int k = 0; k < size && out.size() < n; k++) {
      Member m = d.members.get((start + k) % size);
      if (taken.contains(m.id())
          || exclude.contains(m.id())
          || !Draft.isFullOn(m, date)
          || !Draft.isPartyMemberOn(m, d.asOf)
          || m.departure().isPresent()
          || !below(m.organizationId(), rootId)) {
        continue;
      }
      out.add(m);
      taken.add(m.id());
    }
    return out;
  }

  /** Ordinary members (no post, no status) who are Party members on the as-of date. */
  List<Member> ordinary(Predicate<Member> also) {
    List<Member> out = new ArrayList<>();
    for (Member m : d.members) {
      if (!taken.contains(m.id())
          && Draft.isPartyMemberOn(m, d.asOf)
          && m.transfers().isEmpty()
          && m.mobilePeriods().isEmpty()
          && m.lostContactSince().isEmpty()
          && also.test(m)) {
        out.add(m);
      }
    }
    return out;
  }

  /** Picks {@code n} of {@code pool} spread evenly, marking them taken. */
  List<Member> spread(List<Member> pool, int n) {
    List<Member> out = new ArrayList<>();
    int count = Math.min(n, pool.size());
    for (int k = 0; k < count; k++) {
      Member m = pool.get((int) ((long) k * pool.size() / count));
      out.add(m);
      taken.add(m.id());
    }
    return out;
  }

  /** The later of {@code date} and {@code other} when present. */
  static LocalDate later(LocalDate date, Optional<LocalDate> other) {
    return other.filter(date::isBefore).orElse(date);
  }

  /** A holding of {@code kind} by {@code holder} from {@code from}, approved when it needs it. */
  static PostHolding post(PostKind kind, Member holder, LocalDate from, SplittableRandom random) {
    ImmutablePostHolding.Builder b =
        PostHolding.builder().post(kind).memberId(holder.id()).holderName(holder.name()).from(from);
    if (kind == PostKind.SECRETARY || kind == PostKind.DEPUTY_SECRETARY) {
      b.approvedOn(from.plusDays(3 + random.nextInt(18)));
    }
    return b.build();
  }

  /** The root organization of the draft. */
  Organization root() {
    return d.organizations.get(0);
  }
}
