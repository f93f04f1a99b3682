package org.dangjian.core.vanguard;

import java.util.Set;
import org.dangjian.core.code.CodedValue;
import org.dangjian.core.code.Spellings;

/**
 * The kinds of vanguard post and team a party organization sets up: posts held by one member or a
 * small group (党员先锋岗, 党员示范岗) and teams with listed people (党员突击队, 党员先锋队, 志愿服务队, 青年文明号). Codes are
 * the SDK's own.
 */
public enum TeamKind implements CodedValue {
  /** 党员先锋岗: a post held by a Party member. */
  PIONEER_POST("1", "党员先锋岗", true, "先锋岗"),
  /** 党员示范岗: a model post held by a Party member. */
  MODEL_POST("2", "党员示范岗", true, "示范岗"),
  /** 党员突击队: a team of Party members for an urgent task. */
  SHOCK_TEAM("3", "党员突击队", false, "突击队"),
  /** 党员先锋队 / 先锋团队. */
  PIONEER_TEAM("4", "党员先锋队", false, "先锋队", "先锋团队"),
  /** 志愿服务队: a volunteer team, open to people who are not members. */
  VOLUNTEER_TEAM("5", "志愿服务队", false, "志愿者服务队", "党员志愿服务队"),
  /** 青年文明号: a youth collective awarded the title. */
  YOUTH_CIVILIZATION("6", "青年文明号", false);

  private final Spellings spellings;
  private final boolean post;

  TeamKind(String code, String label, boolean post, String... aliases) {
    this.spellings = Spellings.of(code, label, Set.of(aliases));
    this.post = post;
  }

  @Override
  public Spellings spellings() {
    return spellings;
  }

  /** True for a post (先锋岗, 示范岗), whose holder must be a Party member; false for a team. */
  public boolean isPost() {
    return post;
  }
}
