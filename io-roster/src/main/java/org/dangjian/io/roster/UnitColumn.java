package org.dangjian.io.roster;

import java.util.Optional;
import java.util.Set;
import org.dangjian.core.code.CodedValue;
import org.dangjian.core.organization.UnitCoverage;
import org.dangjian.core.organization.UnitType;
import org.dangjian.io.Roster;

/**
 * The columns of the unit roster (单位名册), in the order exports write them: the units (单位) a park or
 * group tracks with their head counts and how party work covers them ({@code Unit}). 覆盖组织 and 主管组织
 * hold organization ids, or names that resolve like a member's 所在支部 when the import holds
 * organizations. 党建指导员 lists the instructors as {@code 王建国（2023-03-01）、李红（2024-05-06）}: each name
 * with the day of appointment in brackets; the member id, the appointing body and the end of an
 * appointment are not carried by the sheet (JSON carries them).
 */
public enum UnitColumn implements RosterColumn {
  /** 单位编号: the unit's id in the dataset; derived from the name when the column is absent. */
  ID("单位编号", "id", true, ColumnType.TEXT, null, "id", "编号"),
  /** 单位名称. */
  NAME("单位名称", "name", true, ColumnType.TEXT, null, "name", "名称", "企业名称", "单位全称"),
  /** 单位类型: 企业, 社会组织 and the others of {@code UnitType}; 企业 when empty. */
  TYPE("单位类型", "type", false, ColumnType.CODE, UnitType.class, "type", "单位性质"),
  /** 统一社会信用代码. */
  CREDIT_CODE(
      "统一社会信用代码",
      "creditCode",
      false,
      ColumnType.CREDIT_CODE,
      null,
      "creditCode",
      "信用代码",
      "社会信用代码"),
  /** 职工人数: the employees. */
  EMPLOYEE_COUNT(
      "职工人数",
      "employeeCount",
      false,
      ColumnType.INTEGER,
      null,
      "employeeCount",
      "从业人员数",
      "员工人数",
      "职工数"),
  /** 党员数: the party members working in the unit. */
  MEMBER_COUNT("党员数", "memberCount", false, ColumnType.INTEGER, null, "memberCount", "党员人数", "党员"),
  /** 正式党员数. */
  FULL_MEMBER_COUNT(
      "正式党员数", "fullMemberCount", false, ColumnType.INTEGER, null, "fullMemberCount", "正式党员人数"),
  /** 组织关系未转入党员数: members whose relation is held outside the dataset. */
  MEMBERS_ELSEWHERE(
      "组织关系未转入党员数",
      "membersElsewhere",
      false,
      ColumnType.INTEGER,
      null,
      "membersElsewhere",
      "组织关系未转入党员",
      "关系未转入党员数"),
  /** 覆盖方式: 单建, 联建, 统建, 党建指导员, 未覆盖. */
  COVERAGE(
      "覆盖方式", "coverage", true, ColumnType.CODE, UnitCoverage.class, "coverage", "党组织覆盖方式", "覆盖情况"),
  /** 覆盖组织: the organization that covers the unit (own, joint or area organization). */
  ORGANIZATION_ID(
      "覆盖组织",
      "organizationId",
      false,
      ColumnType.TEXT,
      null,
      "organizationId",
      "所属党组织",
      "覆盖党组织",
      "所在党组织"),
  /** 主管组织: the overseeing organization, such as a park's committee. */
  SUPERVISOR_ID(
      "主管组织", "supervisorId", false, ColumnType.TEXT, null, "supervisorId", "上级党组织", "主管党组织"),
  /** 党建指导员: the instructors, each as {@code 姓名（yyyy-MM-dd）}, separated by 、. */
  INSTRUCTORS(
      "党建指导员", "instructors", false, ColumnType.TEXT, null, "instructors", "指导员", "党建工作指导员");

  private final String header;
  private final String englishHeader;
  private final boolean required;
  private final ColumnType type;
  private final Class<? extends CodedValue> codeType;
  private final String fieldPath;
  private final Set<String> aliases;

  UnitColumn(
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
    return Roster.UNITS;
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
