package org.dangjian.core.member;

import java.util.Set;
import org.dangjian.core.code.Aliased;
import org.dangjian.core.code.CodedValue;

/**
 * The stage of a person on the way into the Party (发展党员), in order: applicant, activist,
 * development target, probationary member, full member. Only the last two are Party members; only
 * full members vote, elect and stand for election (Party Constitution Art. 7). The code is the
 * position in the order, so stages compare by {@link #ordinal()}.
 */
public enum MemberStage implements CodedValue, Aliased {
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

  private final String code;
  private final String label;
  private final Set<String> aliases;

  MemberStage(String code, String label, String... aliases) {
    this.code = code;
    this.label = label;
    this.aliases = Set.of(aliases);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Set<String> aliases() {
    return aliases;
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
