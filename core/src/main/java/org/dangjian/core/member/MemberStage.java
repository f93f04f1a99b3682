package org.dangjian.core.member;

import java.util.Set;
import org.dangjian.core.code.CodedValue;
import org.dangjian.core.code.Spellings;

/**
 * The stage of a person on the way into the Party (发展党员), in order: applicant, activist,
 * development target, probationary member, full member. Only the last two are Party members; only
 * full members vote, elect and stand for election (Party Constitution Art. 7). The code is the
 * position in the order, so stages compare by {@link #ordinal()}.
 */
public enum MemberStage implements CodedValue {
  /** 入党申请人. */
  APPLICANT("1", "入党申请人", "申请人"),
  /** 入党积极分子. */
  ACTIVIST("2", "入党积极分子", "积极分子"),
  /** 发展对象. */
  DEVELOPMENT_TARGET("3", "发展对象"),
  /** 预备党员. */
  PROBATIONARY("4", "预备党员"),
  /** 正式党员. */
  FULL("5", "正式党员", "党员");

  private final Spellings spellings;

  MemberStage(String code, String label, String... aliases) {
    this.spellings = Spellings.of(code, label, Set.of(aliases));
  }

  @Override
  public Spellings spellings() {
    return spellings;
  }

  /** True for probationary and full members: the people counted as 党员. */
  public boolean isPartyMember() {
    return this == PROBATIONARY || this == FULL;
  }

  /** True only for full members, who have voting rights. */
  public boolean hasVotingRights() {
    return this == FULL;
  }
}
