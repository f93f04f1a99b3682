package org.dangjian.io.roster;

import java.util.Optional;
import java.util.Set;
import org.dangjian.core.code.CodedValue;
import org.dangjian.core.points.PointCategory;
import org.dangjian.core.points.PointSourceKind;
import org.dangjian.io.Roster;

/**
 * The columns of the points ledger (积分台账), in the order exports write them: one signed entry
 * ({@code PointEntry}) per row. 党员编号 holds the member's id; 分值 is a whole number, negative for a
 * deduction (扣分).
 */
public enum PointColumn implements RosterColumn {
  /** 记录编号: the entry's id; derived from the row when the column is absent. */
  ID("记录编号", "id", true, ColumnType.TEXT, null, "id", "积分编号", "编号"),
  /** 党员编号: the member's id. */
  MEMBER_ID("党员编号", "memberId", true, ColumnType.TEXT, null, "memberId", "人员编号"),
  /** 日期: the day the points were earned or deducted. */
  DATE("日期", "date", true, ColumnType.DATE, null, "date", "积分日期", "记分日期", "获得日期"),
  /** 分值: the points, negative for a deduction. */
  POINTS("分值", "points", true, ColumnType.SIGNED_INTEGER, null, "points", "积分", "分数", "得分"),
  /** 类别: 学习, 组织生活, 志愿服务, 先锋岗, 创新建议, 荣誉表彰, 扣分, 其他. */
  CATEGORY(
      "类别", "category", true, ColumnType.CODE, PointCategory.class, "category", "积分类别", "积分类型"),
  /** 本地类别: the local category name of the scheme (安全生产). */
  LOCAL_CATEGORY("本地类别", "localCategory", false, ColumnType.TEXT, null, "localCategory", "细类"),
  /** 依据类别: what kind of record earned the points (活动, 荣誉, 其他). */
  SOURCE_KIND(
      "依据类别", "sourceKind", false, ColumnType.CODE, PointSourceKind.class, "sourceKind", "来源类别"),
  /** 依据: the earning record: an activity id, an honor as {@code 年份:称号}, or other evidence. */
  SOURCE_ID("依据", "sourceId", false, ColumnType.TEXT, null, "sourceId", "来源", "积分依据", "加分依据"),
  /** 审核人: the member id of the approver. */
  APPROVER_ID("审核人", "approverId", false, ColumnType.TEXT, null, "approverId", "审核人编号", "审批人"),
  /** 备注. */
  REMARK("备注", "remark", false, ColumnType.TEXT, null, "remark", "说明", "事由");

  private final String header;
  private final String englishHeader;
  private final boolean required;
  private final ColumnType type;
  private final Class<? extends CodedValue> codeType;
  private final String fieldPath;
  private final Set<String> aliases;

  PointColumn(
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
    return Roster.POINT_ENTRIES;
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
