package org.dangjian.validation.internal.rules;

import static org.dangjian.validation.internal.rules.StructureIndex.MAX_DAY;
import static org.dangjian.validation.internal.rules.StructureIndex.MIN_DAY;
import static org.dangjian.validation.internal.rules.StructureIndex.day;
import static org.dangjian.validation.internal.rules.StructureIndex.pack;
import static org.dangjian.validation.internal.rules.StructureIndex.unpack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import org.dangjian.core.member.Departure;
import org.dangjian.core.member.Development;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.member.Transfer;

/**
 * The per-member state of a run that every dataset check shares through {@link StructureIndex} (one
 * copy, where the structure, development, points and team checks each kept their own), in {@link
 * CharBlocks} columns of 16-bit day numbers ({@link StructureIndex#pack}): per member the first day
 * as a full member by the stages of {@link Member#stageOn(LocalDate)}, the first day as a full
 * member as the development record states it (for introducers and mentors), the first and the last
 * day of Party membership, and the slot of its home organization when it has one span of membership
 * there (no transfers): 10 bytes, 12 once there are more than 65,535 organization ids; per further
 * stretch of Party membership in one organization (members with transfers) an 8-byte span (10 bytes
 * past 65,536 organization ids). Nothing else stays per member while records stream in; the 64-bit
 * hashes of the ids are made from the run's record ids when asked for at the end ({@link
 * MemberHashes}).
 */
final class MemberColumns {

  private final CharBlocks fullFrom = new CharBlocks((char) 0);
  private final CharBlocks statedFullFrom = new CharBlocks(Character.MAX_VALUE);
  private final CharBlocks partyFrom = new CharBlocks(Character.MAX_VALUE);
  private final CharBlocks partyUntil = new CharBlocks(Character.MAX_VALUE);
  private final CharBlocks homeLow = new CharBlocks((char) 0);
  private CharBlocks homeHigh;
  private final CharBlocks spanSlotLow = new CharBlocks((char) 0);
  private CharBlocks spanSlotHigh;
  private final CharBlocks spanFrom = new CharBlocks((char) 0);
  private final CharBlocks spanFull = new CharBlocks((char) 0);
  private final CharBlocks spanUntil = new CharBlocks((char) 0);
  private int spans;

  /**
   * Takes member {@code index}: its days, and its spans with the slot ids {@code slotOf} gives the
   * organization ids.
   */
  void member(int index, Member m, Stages stages, ToIntFunction<String> slotOf) {
    fullFrom.set(
        index, pack(stages.partyFrom() == null ? MAX_DAY : spans(index, m, stages, slotOf)));
    statedFullFrom.set(index, pack(statedFullFrom(m)));
    int from;
    if (m.development().steps().isEmpty()) {
      from = m.stage().isPartyMember() ? MIN_DAY : MAX_DAY;
    } else {
      from = m.development().admissionDate().map(StructureIndex::day).orElse(MAX_DAY);
    }
    partyFrom.set(index, pack(from));
    partyUntil.set(index, pack(m.departure().map(d -> day(d.date())).orElse(MAX_DAY)));
  }

  /**
   * The first day the member counts as a full member as its record states it ({@link
   * Development#fullMembershipDate()}; for a member recorded as full without that date, the end of
   * its probation or "always"; else "never").
   */
  private static int statedFullFrom(Member member) {
    Optional<LocalDate> full = member.development().fullMembershipDate();
    if (full.isPresent()) {
      return day(full.get());
    }
    if (member.stage() == MemberStage.FULL) {
      return member.development().probationEnd().map(StructureIndex::day).orElse(MIN_DAY);
    }
    return MAX_DAY;
  }

  /**
   * The first day member {@code index} was a full member by its stages, or {@link
   * StructureIndex#MAX_DAY}.
   */
  int fullFrom(int index) {
    return unpack(fullFrom.get(index));
  }

  /** The first day member {@code index} was a full member as its record states it. */
  int statedFullFrom(int index) {
    return unpack(statedFullFrom.get(index));
  }

  /**
   * The first day member {@code index} was a Party member ({@link StructureIndex#MAX_DAY}: never).
   */
  int partyFrom(int index) {
    return unpack(partyFrom.get(index));
  }

  /** The day member {@code index} left ({@link StructureIndex#MAX_DAY}: it did not). */
  int partyUntil(int index) {
    return unpack(partyUntil.get(index));
  }

  /** The raw 16-bit first day of Party membership of member {@code index}. */
  char packedPartyFrom(int index) {
    return partyFrom.get(index);
  }

  /** The raw 16-bit day of leaving of member {@code index}. */
  char packedPartyUntil(int index) {
    return partyUntil.get(index);
  }

  /**
   * When a person is a Party member and a full member, with the dates read once: the same answers
   * as {@link Member#stageOn(LocalDate)} (the recorded stage when there are no dated steps, else
   * probationary from the admission meeting and full from the end of probation once the conversion
   * was approved; nothing from the departure on), without scanning the steps on every call.
   */
  record Stages(LocalDate partyFrom, LocalDate fullFrom, LocalDate departure) {
    static final Stages NEVER = new Stages(null, null, null);

    static Stages of(Member m) {
      Development dev = m.development();
      LocalDate departure = m.departure().map(Departure::date).orElse(null);
      if (dev.steps().isEmpty()) {
        if (!m.stage().isPartyMember()) {
          return NEVER;
        }
        return new Stages(
            LocalDate.MIN, m.stage() == MemberStage.FULL ? LocalDate.MIN : null, departure);
      }
      Optional<LocalDate> admission = dev.admissionDate();
      if (admission.isEmpty()) {
        return NEVER;
      }
      LocalDate full = null;
      Optional<LocalDate> approval = dev.dateOf(DevelopmentStep.CONVERSION_APPROVAL);
      if (approval.isPresent()) {
        LocalDate end = dev.probationEnd().orElseThrow();
        full = end.isAfter(approval.get()) ? end : approval.get();
      }
      return new Stages(admission.get(), full, departure);
    }

    boolean active(LocalDate date) {
      return departure == null || date.isBefore(departure);
    }

    boolean party(LocalDate date) {
      return partyFrom != null && active(date) && !date.isBefore(partyFrom);
    }

    boolean full(LocalDate date) {
      return fullFrom != null && active(date) && !date.isBefore(fullFrom);
    }
  }

  private static int dayOrMin(LocalDate date) {
    return date == null || date.equals(LocalDate.MIN) ? MIN_DAY : day(date);
  }

  /**
   * Adds the spans of Party membership of {@code m}: one span from the admission to the departure
   * in the home organization when there are no transfers, else one per stretch between the dates on
   * which stage or home may change; returns the first day it was a full member.
   */
  private int spans(int index, Member m, Stages stages, ToIntFunction<String> slotOf) {
    int full = stages.fullFrom() == null ? MAX_DAY : dayOrMin(stages.fullFrom());
    if (m.transfers().isEmpty()) {
      int from = dayOrMin(stages.partyFrom());
      int until = stages.departure() == null ? MAX_DAY : day(stages.departure());
      if (from < until) {
        setHome(index, slotOf.applyAsInt(m.organizationId()));
      }
      return full;
    }
    TreeSet<LocalDate> points = new TreeSet<>();
    points.add(stages.partyFrom());
    if (stages.fullFrom() != null) {
      points.add(stages.fullFrom());
    }
    if (stages.departure() != null) {
      points.add(stages.departure());
    }
    for (Transfer t : m.transfers()) {
      points.add(t.effectiveOn());
    }
    int openSlot = -1;
    int openFrom = 0;
    int openFull = MAX_DAY;
    List<LocalDate> ordered = new ArrayList<>(points.size() + 1);
    ordered.add(LocalDate.MIN);
    ordered.addAll(points);
    for (LocalDate point : ordered) {
      int day = dayOrMin(point);
      boolean isFull = stages.full(point);
      String home = stages.party(point) ? m.organizationOn(point).orElse(null) : null;
      int slot = home == null ? -1 : slotOf.applyAsInt(home);
      if (slot != openSlot) {
        if (openSlot >= 0) {
          addSpan(openSlot, openFrom, openFull, day);
        }
        openSlot = slot;
        openFrom = day;
        openFull = isFull ? day : MAX_DAY;
      } else if (slot >= 0 && isFull && openFull == MAX_DAY) {
        openFull = day;
      }
    }
    if (openSlot >= 0) {
      addSpan(openSlot, openFrom, openFull, MAX_DAY);
    }
    return full;
  }

  /**
   * Member {@code index} has one span, in slot {@code slot}, from its first to its last day of
   * Party membership as a full member from its first full day: only the slot is kept, the days are
   * the member's own columns.
   */
  private void setHome(int index, int slot) {
    int stored = slot + 1;
    if (stored > Character.MAX_VALUE && homeHigh == null) {
      homeHigh = new CharBlocks((char) 0);
    }
    homeLow.set(index, (char) stored);
    if (homeHigh != null) {
      homeHigh.set(index, (char) (stored >>> 16));
    }
  }

  /** The slot of the one span of member {@code index}, or -1 when it has none of its own. */
  private int home(int index) {
    int stored =
        homeHigh == null ? homeLow.get(index) : homeLow.get(index) | homeHigh.get(index) << 16;
    return stored - 1;
  }

  private void addSpan(int slot, int from, int full, int until) {
    if (slot > Character.MAX_VALUE && spanSlotHigh == null) {
      spanSlotHigh = new CharBlocks((char) 0);
    }
    spanSlotLow.set(spans, (char) slot);
    if (spanSlotHigh != null) {
      spanSlotHigh.set(spans, (char) (slot >>> 16));
    }
    spanFrom.set(spans, pack(from));
    spanFull.set(spans, pack(full));
    spanUntil.set(spans, pack(until));
    spans++;
  }

  /** The number of members taken. */
  int members() {
    return fullFrom.size();
  }

  /**
   * The number of spans of Party membership: one for each member (empty for a member with none or
   * with transfers: slot -1, from "never" until "always"), then the spans of members with
   * transfers.
   */
  int spanCount() {
    return members() + spans;
  }

  /** The slot of span {@code i}, -1 for none. */
  int spanSlot(int i) {
    int members = members();
    if (i < members) {
      return home(i);
    }
    int j = i - members;
    return spanSlotHigh == null
        ? spanSlotLow.get(j)
        : spanSlotLow.get(j) | spanSlotHigh.get(j) << 16;
  }

  /** The first day of span {@code i} ({@link StructureIndex#MIN_DAY} for since always). */
  int spanFrom(int i) {
    int members = members();
    if (i < members) {
      return home(i) < 0 ? MAX_DAY : partyFrom(i);
    }
    return unpack(spanFrom.get(i - members));
  }

  /** The first day of span {@code i} as a full member, or {@link StructureIndex#MAX_DAY}. */
  int spanFull(int i) {
    int members = members();
    if (i < members) {
      return home(i) < 0 ? MAX_DAY : fullFrom(i);
    }
    return unpack(spanFull.get(i - members));
  }

  /** The first day after span {@code i} ({@link StructureIndex#MAX_DAY} while it lasts). */
  int spanUntil(int i) {
    int members = members();
    if (i < members) {
      return home(i) < 0 ? MIN_DAY : partyUntil(i);
    }
    return unpack(spanUntil.get(i - members));
  }
}
