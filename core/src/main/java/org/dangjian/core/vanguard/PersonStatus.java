package org.dangjian.core.vanguard;

import java.util.Set;
import org.dangjian.core.code.CodedValue;
import org.dangjian.core.code.Spellings;

/**
 * The political status of a person listed in a team, as the team's list states it: a Party member
 * (full or probationary), an activist (入党积极分子) or neither (群众). A team's stated counts of members
 * and activists are checked against these.
 */
public enum PersonStatus implements CodedValue {
  /** 党员 (full or probationary). */
  PARTY_MEMBER("1", "党员", "中共党员", "预备党员"),
  /** 入党积极分子. */
  ACTIVIST("2", "入党积极分子", "积极分子"),
  /** 群众 or anyone else. */
  OTHER("9", "群众", "其他");

  private final Spellings spellings;

  PersonStatus(String code, String label, String... aliases) {
    this.spellings = Spellings.of(code, label, Set.of(aliases));
  }

  @Override
  public Spellings spellings() {
    return spellings;
  }
}
