package org.dangjian.core.record;

import java.util.Objects;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.code.CodedValue;
import org.dangjian.core.code.Spellings;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.PairingAgreement;
import org.dangjian.core.organization.Unit;
import org.dangjian.core.points.PointEntry;
import org.dangjian.core.vanguard.Team;

/**
 * The kinds of record a dataset holds, each with the domain type that carries it, a stable code
 * (the {@code "kind"} of the JSON exchange format and the record type of validation reports) and a
 * Chinese label. The order of the constants is the order in which reports list the issues of
 * records. {@link #accept} hands a record of the kind to the matching method of a {@link
 * RecordVisitor}; {@link #of(Object)} finds the kind of a record. Kinds that later versions add (a
 * points-ledger entry, a unit, a team) become constants here and methods on the visitor, so that
 * every stage of the SDK learns about them in one place.
 */
public enum RecordKind implements CodedValue {
  /** A member or a person in the development pipeline ({@link Member}). */
  MEMBER("member", "人员", Member.class),
  /** A party or mass organization ({@link Organization}). */
  ORGANIZATION("organization", "组织", Organization.class),
  /** An activity of organizational life ({@link Activity}). */
  ACTIVITY("activity", "活动", Activity.class),
  /** A work bulletin or news report ({@link Bulletin}). */
  BULLETIN("bulletin", "简报", Bulletin.class),
  /** A co-building pairing agreement ({@link PairingAgreement}). */
  PAIRING("pairing", "结对共建", PairingAgreement.class),
  /** A unit covered, or to be covered, by party work ({@link Unit}). */
  UNIT("unit", "单位", Unit.class),
  /** An entry of the points ledger ({@link PointEntry}). */
  POINT_ENTRY("pointEntry", "积分记录", PointEntry.class),
  /** A vanguard post or team: 党员先锋岗, 示范岗, 突击队, 志愿服务队, 青年文明号 ({@link Team}). */
  TEAM("team", "先锋岗队", Team.class);

  private final Spellings spellings;
  private final Class<?> type;

  RecordKind(String code, String label, Class<?> type) {
    this.spellings = Spellings.of(code, label);
    this.type = type;
  }

  @Override
  public Spellings spellings() {
    return spellings;
  }

  /** The domain type of records of this kind, for example {@code Member.class}. */
  public Class<?> type() {
    return type;
  }

  /**
   * The kind of {@code record}.
   *
   * @throws IllegalArgumentException when the record is of no known kind
   */
  public static RecordKind of(Object record) {
    Objects.requireNonNull(record, "record");
    for (RecordKind kind : values()) {
      if (kind.type.isInstance(record)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("not a record of the SDK: " + record.getClass().getName());
  }

  /**
   * Hands {@code record}, which must be of this kind, to the method of {@code visitor} for this
   * kind.
   *
   * @throws ClassCastException when the record is not of this kind
   */
  public <C> void accept(Object record, C context, RecordVisitor<C> visitor) {
    switch (this) {
      case ORGANIZATION -> visitor.organization((Organization) record, context);
      case MEMBER -> visitor.member((Member) record, context);
      case ACTIVITY -> visitor.activity((Activity) record, context);
      case PAIRING -> visitor.pairing((PairingAgreement) record, context);
      case BULLETIN -> visitor.bulletin((Bulletin) record, context);
      case UNIT -> visitor.unit((Unit) record, context);
      case POINT_ENTRY -> visitor.pointEntry((PointEntry) record, context);
      case TEAM -> visitor.team((Team) record, context);
    }
  }

  /**
   * The id by which reports name {@code record}, which must be of this kind: the record's {@code
   * id()}, or a bulletin's designation such as {@code 2024年第1期}.
   */
  public String idOf(Object record) {
    return switch (this) {
      case ORGANIZATION -> ((Organization) record).id();
      case MEMBER -> ((Member) record).id();
      case ACTIVITY -> ((Activity) record).id();
      case PAIRING -> ((PairingAgreement) record).id();
      case BULLETIN -> ((Bulletin) record).designation();
      case UNIT -> ((Unit) record).id();
      case POINT_ENTRY -> ((PointEntry) record).id();
      case TEAM -> ((Team) record).id();
    };
  }

  /** Hands {@code record}, of any kind, to the matching method of {@code visitor}. */
  public static <C> void dispatch(Object record, C context, RecordVisitor<C> visitor) {
    of(record).accept(record, context, visitor);
  }
}
