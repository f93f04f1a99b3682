package org.dangjian.core.record;

import org.dangjian.core.activity.Activity;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.PairingAgreement;
import org.dangjian.core.organization.Unit;
import org.dangjian.core.points.PointEntry;
import org.dangjian.core.vanguard.Team;

/**
 * Receives records one at a time, each with a context of the caller's choice: the {@link Location}
 * it was read from for an import handler, a per-record context for a validation check. There is one
 * method per {@link RecordKind}; each, by default, passes the record on to {@link #record}, which
 * does nothing. A visitor that treats every kind alike (a collector, a counter, a writer) overrides
 * {@link #record} only; one that cares about some kinds overrides their methods only. {@code
 * Dataset.accept} and every reader of the SDK drive a visitor.
 *
 * @param <C> the context passed with each record
 */
public interface RecordVisitor<C> {

  /** Receives an organization. */
  default void organization(Organization organization, C context) {
    record(RecordKind.ORGANIZATION, organization, context);
  }

  /** Receives a member or a person in the development pipeline. */
  default void member(Member member, C context) {
    record(RecordKind.MEMBER, member, context);
  }

  /** Receives an activity. */
  default void activity(Activity activity, C context) {
    record(RecordKind.ACTIVITY, activity, context);
  }

  /** Receives a pairing agreement. */
  default void pairing(PairingAgreement pairing, C context) {
    record(RecordKind.PAIRING, pairing, context);
  }

  /** Receives a bulletin. */
  default void bulletin(Bulletin bulletin, C context) {
    record(RecordKind.BULLETIN, bulletin, context);
  }

  /** Receives a unit. */
  default void unit(Unit unit, C context) {
    record(RecordKind.UNIT, unit, context);
  }

  /** Receives an entry of the points ledger. */
  default void pointEntry(PointEntry entry, C context) {
    record(RecordKind.POINT_ENTRY, entry, context);
  }

  /** Receives a vanguard post or team. */
  default void team(Team team, C context) {
    record(RecordKind.TEAM, team, context);
  }

  /**
   * Receives every record whose kind's method is not overridden; does nothing by default.
   *
   * @param record a record of {@code kind}
   */
  default void record(RecordKind kind, Object record, C context) {}
}
