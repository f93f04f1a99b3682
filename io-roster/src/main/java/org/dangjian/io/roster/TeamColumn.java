package org.dangjian.io.roster;

import java.util.Optional;
import java.util.Set;
import org.dangjian.core.code.CodedValue;
import org.dangjian.core.vanguard.TeamKind;
import org.dangjian.io.Roster;

/**
 * The columns of the roster of vanguard posts and teams (先锋岗队名册), in the order exports write them:
 * one post or team ({@code Team}) per row with the counts it states. The people a team lists are
 * not carried by the sheet (JSON carries them).
 */
public enum TeamColumn implements RosterColumn {
  /** 编号: the post's or team's id; derived from the name when the column is absent. */
  ID("编号", "id", true, ColumnType.TEXT, null, "id", "岗队编号"),
  /** 名称. */
  NAME("名称", "name", true, ColumnType.TEXT, null, "name", "岗队名称", "先锋岗名称", "队伍名称"),
  /** 类型: 党员先锋岗, 党员示范岗, 党员突击队, 党员先锋队, 志愿服务队, 青年文明号. */
  KIND("类型", "kind", true, ColumnType.CODE, TeamKind.class, "kind", "岗队类型", "类别"),
  /** 所属组织: the id of the organization that set it up. */
  ORGANIZATION_ID(
      "所属组织",
      "organizationId",
      true,
      ColumnType.TEXT,
      null,
      "organizationId",
      "设立组织",
      "所属党组织",
      "所在支部"),
  /** 负责人: the member id of a post's holder or a team's leader. */
  HOLDER_ID("负责人", "holderId", false, ColumnType.TEXT, null, "holderId", "持岗人", "持有人", "队长"),
  /** 岗位: the post. */
  POST("岗位", "post", false, ColumnType.TEXT, null, "post", "岗位名称"),
  /** 设立日期. */
  ESTABLISHED_ON(
      "设立日期",
      "establishedOn",
      true,
      ColumnType.DATE,
      null,
      "establishedOn",
      "起始日期",
      "成立日期",
      "授牌日期"),
  /** 结束日期. */
  ENDED_ON("结束日期", "endedOn", false, ColumnType.DATE, null, "endedOn", "截止日期", "撤销日期"),
  /** 人数: the size the team states. */
  STATED_SIZE("人数", "statedSize", false, ColumnType.INTEGER, null, "statedSize", "队员人数", "总人数"),
  /** 党员数: the party members it states. */
  STATED_PARTY_MEMBERS(
      "党员数", "statedPartyMembers", false, ColumnType.INTEGER, null, "statedPartyMembers", "党员人数"),
  /** 积极分子数: the activists it states. */
  STATED_ACTIVISTS(
      "积极分子数", "statedActivists", false, ColumnType.INTEGER, null, "statedActivists", "入党积极分子数");

  private final String header;
  private final String englishHeader;
  private final boolean required;
  private final ColumnType type;
  private final Class<? extends CodedValue> codeType;
  private final String fieldPath;
  private final Set<String> aliases;

  TeamColumn(
      String header,
      String englishHeader,
      boolean required,
      ColumnType type,
      Class<? extends CodedValue> codeType,
      String fieldPath,
      String... aliases) {
    this.header = header;
    this.englishHeader = englishHeader;
    this.required = required;
    this.type = type;
    this.codeType = codeType;
    this.fieldPath = fieldPath;
    this.aliases = Set.of(aliases);
  }

  @Override
  public Roster roster() {
    return Roster.TEAMS;
  }

  @Override
  public String header() {
    return header;
  }

  @Override
  public String englishHeader() {
    return englishHeader;
  }

  @Override
  public Set<String> aliases() {
    return aliases;
  }

  @Override
  public boolean required() {
    return required;
  }

  @Override
  public ColumnType type() {
    return type;
  }

  @Override
  public Optional<Class<? extends CodedValue>> codeType() {
    return Optional.ofNullable(codeType);
  }

  @Override
  public String fieldPath() {
    return fieldPath;
  }
}
