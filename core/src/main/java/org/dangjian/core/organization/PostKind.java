package org.dangjian.core.organization;

import java.util.Set;
import org.dangjian.core.code.CodedValue;
import org.dangjian.core.code.Spellings;

/**
 * A post (职务) in a party or mass organization: the secretary and deputy of a party organization,
 * the committee members by portfolio, the chair of a union, the leader of a party group. One person
 * may hold posts in several organizations at once.
 */
public enum PostKind implements CodedValue {
  /** 书记. */
  SECRETARY("01", "书记", true, "党委书记", "支部书记", "总支书记", "团委书记", "纪委书记"),
  /** 副书记. */
  DEPUTY_SECRETARY("02", "副书记", true, "党委副书记", "支部副书记", "团委副书记", "纪委副书记"),
  /** 组织委员. */
  ORGANIZATION_MEMBER("03", "组织委员", true),
  /** 宣传委员. */
  PUBLICITY_MEMBER("04", "宣传委员", true),
  /** 纪检委员. */
  DISCIPLINE_MEMBER("05", "纪检委员", true),
  /** 青年委员. */
  YOUTH_MEMBER("06", "青年委员", true),
  /** 统战委员. */
  UNITED_FRONT_MEMBER("07", "统战委员", true),
  /** 女工委员 / 妇女委员. */
  WOMEN_MEMBER("08", "女工委员", true, "妇女委员"),
  /** 委员 with no named portfolio. */
  COMMITTEE_MEMBER("09", "委员", true, "党委委员", "支委", "支部委员"),
  /** 主席 (union). */
  CHAIR("10", "主席", true, "工会主席"),
  /** 副主席 (union). */
  VICE_CHAIR("11", "副主席", true, "工会副主席"),
  /** 组织员: a union organizer where there are too few members for a committee. */
  ORGANIZER("12", "组织员", false),
  /** 党小组组长. */
  GROUP_LEADER("13", "党小组组长", false, "组长");

  private final Spellings spellings;
  private final boolean committeeSeat;

  PostKind(String code, String label, boolean committeeSeat, String... aliases) {
    this.spellings = Spellings.of(code, label, Set.of(aliases));
    this.committeeSeat = committeeSeat;
  }

  @Override
  public Spellings spellings() {
    return spellings;
  }

  /** True when the holder sits on the committee and counts towards its size. */
  public boolean isCommitteeSeat() {
    return committeeSeat;
  }
}
