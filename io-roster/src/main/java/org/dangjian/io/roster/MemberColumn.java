package org.dangjian.io.roster;

import java.util.Optional;
import java.util.Set;
import org.dangjian.core.code.CodedValue;
import org.dangjian.core.code.Education;
import org.dangjian.core.code.Ethnicity;
import org.dangjian.core.code.Gender;
import org.dangjian.core.code.Occupation;
import org.dangjian.core.member.MemberStage;
import org.dangjian.io.Roster;

/**
 * The columns of the member roster (党员花名册), in the order exports write them. The five dates of the
 * development record map onto its steps: 申请入党日期 is step 1 (递交入党申请书), 确定积极分子日期 step 3, 确定发展对象日期 step
 * 7, 入党日期 step 15 (the branch meeting that admits the member, 入党时间 of docs/regulations.md, "Date
 * arithmetic"), and 转正日期 the end of the probation ({@code Development.fullMembershipDate()}, 转正时间
 * of the same section). On import, 转正日期 becomes step 24 (approval of the conversion) on that date;
 * when it falls one to twelve whole months after the first anniversary of 入党日期, the difference is
 * read as an extension of the probation (延长预备期) decided on that anniversary, so that the end of the
 * probation equals the cell.
 */
public enum MemberColumn implements RosterColumn {
  /** 编号: the member's id in the dataset. */
  ID("编号", "id", true, ColumnType.TEXT, null, "id", "人员编号", "党员编号"),
  /** 姓名. */
  NAME("姓名", "name", true, ColumnType.TEXT, null, "name"),
  /** 性别 (GB/T 2261.1). */
  GENDER("性别", "gender", true, ColumnType.CODE, Gender.class, "gender"),
  /** 民族 (GB/T 3304). */
  ETHNICITY("民族", "ethnicity", false, ColumnType.CODE, Ethnicity.class, "ethnicity"),
  /** 出生日期. */
  BIRTH_DATE("出生日期", "birthDate", true, ColumnType.DATE, null, "birthDate", "出生年月日"),
  /** 公民身份号码. */
  ID_NUMBER(
      "公民身份号码",
      "idNumber",
      false,
      ColumnType.RESIDENT_ID,
      null,
      "idNumber",
      "身份证号",
      "身份证号码",
      "公民身份证号码"),
  /** 学历 (GB/T 4658). */
  EDUCATION("学历", "education", false, ColumnType.CODE, Education.class, "education", "文化程度"),
  /** 人员类别: the recorded stage, 入党申请人 to 正式党员. */
  STAGE("人员类别", "stage", true, ColumnType.CODE, MemberStage.class, "stage", "党员类别", "类别"),
  /** 申请入党日期: development step 1. */
  APPLICATION_DATE(
      "申请入党日期",
      "applicationDate",
      false,
      ColumnType.DATE,
      null,
      "development.applicationDate",
      "申请入党时间"),
  /** 确定积极分子日期: development step 3. */
  ACTIVIST_DATE(
      "确定积极分子日期",
      "activistDate",
      false,
      ColumnType.DATE,
      null,
      "development.activistDate",
      "确定为入党积极分子时间",
      "确定积极分子时间"),
  /** 确定发展对象日期: development step 7. */
  TARGET_DATE(
      "确定发展对象日期",
      "targetDate",
      false,
      ColumnType.DATE,
      null,
      "development.targetDate",
      "确定为发展对象时间",
      "确定发展对象时间"),
  /** 入党日期: development step 15, the admission meeting. */
  ADMISSION_DATE(
      "入党日期", "admissionDate", false, ColumnType.DATE, null, "development.admissionDate", "入党时间"),
  /** 转正日期: the end of the probation, read as step 24 (see the class comment). */
  FULL_MEMBERSHIP_DATE(
      "转正日期",
      "fullMembershipDate",
      false,
      ColumnType.DATE,
      null,
      "development.fullMembershipDate",
      "转正时间"),
  /** 所在党组织: the id of the home organization, a branch. */
  ORGANIZATION_ID(
      "所在党组织",
      "organizationId",
      true,
      ColumnType.TEXT,
      null,
      "organizationId",
      "所在党支部",
      "所在支部",
      "党组织编号"),
  /** 党小组: the id of the party group within the branch. */
  PARTY_GROUP_ID("党小组", "partyGroupId", false, ColumnType.TEXT, null, "partyGroupId", "所在党小组"),
  /** 手机号码. */
  PHONE("手机号码", "phone", false, ColumnType.MOBILE, null, "phone", "手机号", "手机", "联系电话"),
  /** 工作单位. */
  EMPLOYER("工作单位", "employer", false, ColumnType.TEXT, null, "employer", "单位"),
  /** 职务: the position at work. */
  JOB_TITLE("职务", "jobTitle", false, ColumnType.TEXT, null, "jobTitle", "岗位", "职务/岗位"),
  /** 职业类别: the occupation category of the party statistics (工作岗位). */
  OCCUPATION(
      "职业类别", "occupation", false, ColumnType.CODE, Occupation.class, "occupation", "职业", "工作岗位"),
  /** 失联日期: the date since which the member cannot be contacted. */
  LOST_CONTACT_SINCE(
      "失联日期",
      "lostContactSince",
      false,
      ColumnType.DATE,
      null,
      "lostContactSince",
      "失去联系日期",
      "失联时间");

  private final String header;
  private final String englishHeader;
  private final boolean required;
  private final ColumnType type;
  private final Class<? extends CodedValue> codeType;
  private final String fieldPath;
  private final Set<String> aliases;

  MemberColumn(
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
    return Roster.MEMBERS;
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
