package org.dangjian.io.roster;

import java.util.Optional;
import java.util.Set;
import org.dangjian.core.code.CodedValue;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.Ownership;
import org.dangjian.core.organization.UnitType;
import org.dangjian.io.Roster;

/**
 * The columns of the organization roster (党组织名册), in the order exports write them. The five unit
 * columns fill the host unit (单位); a row that leaves 单位名称 empty has no host unit, and then the
 * other unit columns must be empty too. 单位类型 left empty reads as 企业 (enterprise), the default of
 * the model.
 */
public enum OrganizationColumn implements RosterColumn {
  /** 组织编号: the organization's id in the dataset. */
  ID("组织编号", "id", true, ColumnType.TEXT, null, "id", "党组织编号", "编号"),
  /** 组织名称. */
  NAME("组织名称", "name", true, ColumnType.TEXT, null, "name", "党组织名称", "名称"),
  /** 组织类别: 党委, 党总支, 党支部 and the others of {@code OrganizationKind}. */
  KIND(
      "组织类别", "kind", true, ColumnType.CODE, OrganizationKind.class, "kind", "党组织类别", "组织类型", "类别"),
  /** 上级组织: the id of the parent organization. */
  PARENT_ID("上级组织", "parentId", false, ColumnType.TEXT, null, "parentId", "上级党组织", "上级组织编号"),
  /** 成立日期. */
  FOUNDED_ON("成立日期", "foundedOn", false, ColumnType.DATE, null, "foundedOn", "成立时间"),
  /** 撤销日期. */
  DISSOLVED_ON("撤销日期", "dissolvedOn", false, ColumnType.DATE, null, "dissolvedOn", "撤销时间"),
  /** 单位名称: the host unit's registered name. */
  UNIT_NAME("单位名称", "unitName", false, ColumnType.TEXT, null, "hostUnit.name", "所在单位"),
  /** 统一社会信用代码 of the host unit. */
  UNIT_CREDIT_CODE(
      "统一社会信用代码",
      "unitCreditCode",
      false,
      ColumnType.CREDIT_CODE,
      null,
      "hostUnit.creditCode",
      "信用代码",
      "社会信用代码"),
  /** 单位类型 of the host unit: 企业, 机关, 事业单位 and the others of {@code UnitType}. */
  UNIT_TYPE("单位类型", "unitType", false, ColumnType.CODE, UnitType.class, "hostUnit.type", "单位性质"),
  /** 经济类型: the ownership of the host unit (国有, 民营, 外资 ...). */
  UNIT_OWNERSHIP(
      "经济类型",
      "unitOwnership",
      false,
      ColumnType.CODE,
      Ownership.class,
      "hostUnit.ownership",
      "所有制",
      "所有制类型"),
  /** 职工人数 of the host unit. */
  UNIT_EMPLOYEE_COUNT(
      "职工人数",
      "unitEmployeeCount",
      false,
      ColumnType.INTEGER,
      null,
      "hostUnit.employeeCount",
      "从业人员数"),
  /**
   * 本届选举日期: the election date of the latest committee (支部委员会, 党委), empty for an organization
   * without one. With {@link #COMMITTEE_TERM_YEARS} it gives the committee that ORG-007 and the
   * term rules look for.
   */
  COMMITTEE_ELECTED_ON(
      "本届选举日期",
      "committeeElectedOn",
      false,
      ColumnType.DATE,
      null,
      "committees.electedOn",
      "换届日期",
      "换届时间",
      "选举日期",
      "本届委员会选举日期"),
  /** 任期年限: the term of the latest committee in years; required with the election date. */
  COMMITTEE_TERM_YEARS(
      "任期年限",
      "committeeTermYears",
      false,
      ColumnType.INTEGER,
      null,
      "committees.termYears",
      "任期",
      "任期（年）");

  private final String header;
  private final String englishHeader;
  private final boolean required;
  private final ColumnType type;
  private final Class<? extends CodedValue> codeType;
  private final String fieldPath;
  private final Set<String> aliases;

  OrganizationColumn(
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
    return Roster.ORGANIZATIONS;
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
