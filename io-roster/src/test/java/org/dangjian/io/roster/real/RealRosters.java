package org.dangjian.io.roster.real;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.core.id.ResidentIdNumber;

/**
 * Generates the corpus of real-world rosters under {@code src/test/resources/real/}: member rosters
 * laid out as party offices keep them (title and unit rows, 序号, two-row headers, footers, several
 * sheets, numeric ID numbers, month-precision 出生年月, empty markers, columns the model does not
 * know), as XLSX, legacy XLS and the CSV Excel and WPS save. The people are made up; their ID
 * numbers have valid check characters except where a defect is planted. What each file must give is
 * written by hand in its {@code .expected.json}, not derived from a reader. Run by {@code
 * RealRosterCorpusTest#regenerate} with {@code -Ddangjian.real.update=true}.
 */
final class RealRosters {

  static final Charset GB18030 = Charset.forName("GB18030");
  private static final String[] SURNAMES = {
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马",
    "罗"
  };
  private static final String[] GIVEN = {"建国", "丽华", "志强", "秀英", "海燕", "文杰", "晓东", "雪梅"};
  private static final String[] EDUCATION = {"本科", "大学本科", "研究生", "大专", "中专", "—"};
  private static final String[] BIRTHPLACE = {"江苏苏州", "浙江杭州", "安徽合肥", "山东济南"};
  private static final String[] REMARKS = {"无", "", "退伍军人", "空"};

  private RealRosters() {}

  /** One made-up person of the corpus. */
  record Person(
      int index,
      String name,
      boolean male,
      LocalDate birth,
      String id,
      boolean probationary,
      LocalDate admission,
      String branch,
      String phone) {

    LocalDate fullMembership() {
      return admission.plusYears(1);
    }
  }

  static Person person(int i, String branch) {
    String name = SURNAMES[i % SURNAMES.length] + GIVEN[(i / SURNAMES.length + i) % GIVEN.length];
    boolean male = i % 2 == 0;
    LocalDate birth = LocalDate.of(1960 + (i * 7) % 38, 1 + i % 12, 1 + (i * 3) % 28);
    String id = ResidentIdNumber.of("320581", birth, 10 + (2 * i) % 980 + (male ? 1 : 0)).value();
    boolean probationary = i % 12 == 5;
    LocalDate admission =
        probationary
            ? LocalDate.of(2023, 3 + i % 6, 1)
            : LocalDate.of(birth.getYear() + 19 + i % 5, 1 + (i * 5) % 12, 1);
    String phone = "139" + String.format("%08d", 10_000_000 + (i * 1_234_567) % 89_000_000);
    return new Person(i, name, male, birth, id, probationary, admission, branch, phone);
  }

  /** A date as offices write it, cycling through the spellings; every sixth a date cell. */
  static Object dateForm(LocalDate d, int i) {
    return switch (i % 6) {
      case 0 -> String.format("%d.%02d.%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
      case 1 -> d.getYear() + "." + d.getMonthValue() + "." + d.getDayOfMonth();
      case 2 -> d.toString();
      case 3 -> d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
      case 4 -> d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
      default -> d;
    };
  }

  /** 出生年月 at month precision, cycling through the spellings. */
  static String monthForm(LocalDate d, int i) {
    return switch (i % 4) {
      case 0 -> String.format("%d.%02d", d.getYear(), d.getMonthValue());
      case 1 -> d.getYear() + "年" + d.getMonthValue() + "月";
      case 2 -> String.format("%d%02d", d.getYear(), d.getMonthValue());
      default -> String.format("%d-%02d", d.getYear(), d.getMonthValue());
    };
  }

  static final List<Object> OFFICE_HEADER =
      List.of(
          "序号", "姓名", "性别", "民族", "出生年月", "身份证号", "学历", "籍贯", "入党时间", "转正时间", "人员类别", "所在支部",
          "工作单位及职务", "联系电话", "备注");

  /** The office row of {@code p} for {@link #OFFICE_HEADER}, row number {@code n}. */
  static List<Object> officeRow(Person p, int n) {
    List<Object> row = new ArrayList<>();
    row.add((double) n);
    row.add(p.name());
    row.add(p.male() ? "男" : "女");
    row.add(p.index() % 5 == 0 ? "汉" : "汉族");
    row.add(monthForm(p.birth(), p.index()));
    row.add(p.id());
    row.add(EDUCATION[p.index() % EDUCATION.length]);
    row.add(BIRTHPLACE[p.index() % BIRTHPLACE.length]);
    row.add(dateForm(p.admission(), p.index()));
    row.add(p.probationary() ? "" : dateForm(p.fullMembership(), p.index() + 1));
    row.add(p.probationary() ? "预备党员" : "正式党员");
    row.add(p.branch());
    row.add("瑞丰科技有限公司 工程师");
    row.add(p.phone());
    row.add(REMARKS[p.index() % REMARKS.length]);
    return row;
  }

  static void title(RosterBook.SheetSpec sheet, int width) {
    sheet.row("中共瑞丰科技有限公司委员会党员花名册").merge(0, width - 1);
    List<Object> unit = new ArrayList<>();
    unit.add("填报单位：瑞丰科技有限公司党委（盖章）");
    for (int c = 1; c < width - 3; c++) {
      unit.add(null);
    }
    unit.add("填报日期：2024年1月31日");
    sheet.row(unit);
  }

  /** r01: THE acceptance case, 40 members in office layout with five planted defects. */
  static RosterBook office40() {
    RosterBook book = new RosterBook();
    RosterBook.SheetSpec sheet = book.sheet("花名册");
    title(sheet, OFFICE_HEADER.size());
    sheet.row(OFFICE_HEADER);
    for (int i = 0; i < 40; i++) {
      Person p = person(i, i < 20 ? "第一党支部" : "第二党支部");
      List<Object> row = officeRow(p, i + 1);
      switch (i) {
        case 5 -> row.set(5, Double.parseDouble(p.id())); // F9: stored as a number
        case 12 -> row.set(5, p.id().substring(0, 17) + (p.id().endsWith("0") ? "1" : "0"));
        case 18 -> row.set(4, monthForm(p.birth().plusMonths(1), 0)); // E22: not the ID's month
        case 25 -> row.set(13, p.phone().substring(0, 10)); // N29: 10 digits
        case 30 -> row.set(2, p.male() ? "女" : "男"); // C34: not the ID's gender
        default -> {}
      }
      sheet.row(row);
    }
    sheet.row("合计：40人");
    sheet.row("填表人：周晓东", null, null, null, null, "审核人：林海燕");
    return book;
  }

  /** r02: a two-row header, groups 基本信息 and 入党情况 merged over their columns. */
  static RosterBook twoRowHeader() {
    RosterBook book = new RosterBook();
    RosterBook.SheetSpec sheet = book.sheet("2024年党员名册");
    sheet.row("中共瑞丰科技有限公司第一党支部党员花名册").merge(0, 9);
    sheet.row("序号", "姓名", "性别", "出生日期", "身份证号码", "入党情况", null, "党员类别", "所在党支部", "手机号码");
    sheet.merge(5, 6);
    sheet.row(null, null, null, null, null, "入党时间", "转正时间", null, null, null);
    for (int c : new int[] {0, 1, 2, 3, 4, 7, 8, 9}) {
      sheet.mergeDown(1, 2, c);
    }
    for (int i = 0; i < 12; i++) {
      Person p = person(100 + i, "第一党支部");
      sheet.row(
          (double) (i + 1),
          p.name(),
          p.male() ? "男" : "女",
          p.birth(),
          p.id(),
          p.admission(),
          p.probationary() ? null : p.fullMembership(),
          p.probationary() ? "预备党员" : "正式党员",
          p.branch(),
          p.phone());
    }
    sheet.row("说明：本表由支部组织委员填写。");
    return book;
  }

  /** r03: one roster per sheet, an organization sheet without 编号, and a sheet of notes. */
  static RosterBook severalSheets() {
    RosterBook book = new RosterBook();
    RosterBook.SheetSpec notes = book.sheet("填表说明");
    notes.row("填表说明：");
    notes.row("1. 出生年月按“1985.06”格式填写；");
    notes.row("2. 身份证号请设置为文本格式。");
    String[][] branches = {{"一支部", "第一党支部"}, {"二支部", "第二党支部"}};
    int n = 200;
    for (String[] branch : branches) {
      RosterBook.SheetSpec sheet = book.sheet(branch[0]);
      sheet.row("中共瑞丰科技有限公司" + branch[1] + "党员名册").merge(0, 6);
      sheet.row("序号", "姓名", "性别", "出生年月", "公民身份号码", "人员类别", "所在支部");
      for (int i = 0; i < (branch[0].equals("一支部") ? 10 : 8); i++) {
        Person p = person(n++, branch[0]);
        sheet.row(
            (double) (i + 1),
            p.name(),
            p.male() ? "男" : "女",
            monthForm(p.birth(), i),
            p.id(),
            p.probationary() ? "预备党员" : "正式党员",
            branch[0]);
      }
      sheet.row("合计：" + (branch[0].equals("一支部") ? 10 : 8) + "人");
    }
    RosterBook.SheetSpec organizations = book.sheet("组织");
    organizations.row("党组织名称", "组织类别", "成立时间");
    organizations.row("第一党支部", "党支部", "2001.07.01");
    organizations.row("第二党支部", "党支部", "2005.03.15");
    return book;
  }

  /** r04 (CSV, GB18030 without BOM): title, unit row, footer, two IDs saved as 3.20581E+17. */
  static RosterBook gbkTitleFooter() {
    RosterBook book = new RosterBook();
    RosterBook.SheetSpec sheet = book.sheet("Sheet1");
    title(sheet, 9);
    sheet.row("序号", "姓名", "性别", "民族", "出生日期", "身份证号", "人员类别", "所在支部", "联系电话");
    for (int i = 0; i < 10; i++) {
      Person p = person(300 + i, "第三党支部");
      sheet.row(
          (double) (i + 1),
          p.name(),
          p.male() ? "男" : "女",
          "汉族",
          dateForm(p.birth(), i),
          i == 3 || i == 7 ? (Object) Double.parseDouble(p.id()) : p.id(),
          p.probationary() ? "预备党员" : "正式党员",
          p.branch(),
          p.phone());
    }
    sheet.row("合计：10人");
    sheet.row("填表人：王建国", null, null, null, "审核人：李丽华");
    return book;
  }

  /** r05 (CSV, UTF-8 with BOM, as WPS saves): no ID column, 出生年月 at month precision. */
  static RosterBook bomMonthWithoutId() {
    RosterBook book = new RosterBook();
    RosterBook.SheetSpec sheet = book.sheet("Sheet1");
    sheet.row("序号", "姓名", "性别", "出生年月", "学历", "入党时间", "转正时间", "人员类别", "所在党支部");
    for (int i = 0; i < 6; i++) {
      Person p = person(400 + i, "离退休党支部");
      sheet.row(
          String.valueOf(i + 1),
          p.name(),
          p.male() ? "男" : "女",
          monthForm(p.birth(), i),
          EDUCATION[i % EDUCATION.length],
          dateForm(p.admission(), i),
          p.probationary() ? "" : dateForm(p.fullMembership(), i + 1),
          p.probationary() ? "预备党员" : "正式党员",
          p.branch());
    }
    return book;
  }

  /** r06: an organization roster with 编号, members naming branches; one name is ambiguous. */
  static RosterBook withOrganizationRoster() {
    RosterBook book = new RosterBook();
    RosterBook.SheetSpec members = book.sheet("党员");
    members.row("序号", "姓名", "性别", "出生日期", "身份证号", "人员类别", "所在党支部");
    String[] named = {"第一党支部", "一支部", "第二党支部", "二支部", "机关党支部", "机关党支部"};
    for (int i = 0; i < named.length; i++) {
      Person p = person(500 + i, named[i]);
      members.row(
          (double) (i + 1),
          p.name(),
          p.male() ? "男" : "女",
          p.birth(),
          p.id(),
          p.probationary() ? "预备党员" : "正式党员",
          p.branch());
    }
    RosterBook.SheetSpec organizations = book.sheet("党组织名册");
    organizations.row("组织编号", "组织名称", "组织类别", "上级组织");
    organizations.row("C1", "中共瑞丰科技有限公司委员会", "党委", null);
    organizations.row("B1", "第一党支部", "党支部", "C1");
    organizations.row("B2", "第二党支部", "党支部", "C1");
    organizations.row("C2", "中共瑞丰物流有限公司委员会", "党委", null);
    organizations.row("B3", "机关党支部", "党支部", "C1");
    organizations.row("B4", "机关党支部", "党支部", "C2");
    return book;
  }

  /** r07 (CSV, UTF-8): English headers as an export from another system writes them. */
  static RosterBook englishHeaders() {
    RosterBook book = new RosterBook();
    RosterBook.SheetSpec sheet = book.sheet("Sheet1");
    sheet.row(
        "No.",
        "Name",
        "Sex",
        "Date of Birth",
        "ID Number",
        "Education",
        "Member Type",
        "Branch",
        "Mobile",
        "Remarks");
    for (int i = 0; i < 5; i++) {
      Person p = person(600 + i, "Branch One");
      sheet.row(
          String.valueOf(i + 1),
          p.name(),
          p.male() ? "男" : "女",
          p.birth().toString(),
          p.id(),
          "本科",
          p.probationary() ? "预备党员" : "正式党员",
          p.branch(),
          p.phone(),
          "");
    }
    return book;
  }

  /** r08: 出生年月 at month precision completed from the ID; one disagrees with its ID. */
  static RosterBook monthBirth() {
    RosterBook book = new RosterBook();
    RosterBook.SheetSpec sheet = book.sheet("Sheet1");
    sheet.row("序号", "姓名", "性别", "出生年月", "身份证号", "人员类别", "所在支部");
    for (int i = 0; i < 8; i++) {
      Person p = person(700 + i, "第一党支部");
      LocalDate shown = i == 6 ? p.birth().minusMonths(2) : p.birth();
      sheet.row(
          (double) (i + 1),
          p.name(),
          p.male() ? "男" : "女",
          monthForm(shown, i),
          p.id(),
          p.probationary() ? "预备党员" : "正式党员",
          p.branch());
    }
    return book;
  }

  /** r09: every value spelling: empty markers, date spellings and date cells, 汉/汉族, 学历. */
  static RosterBook values() {
    RosterBook book = new RosterBook();
    RosterBook.SheetSpec sheet = book.sheet("Sheet1");
    sheet.row("序号", "姓名", "性别", "民族", "出生日期", "身份证号", "学历", "入党日期", "转正日期", "党员类别", "所在支部", "职务");
    String[] empty = {"无", "—", "-", "/", "空", ""};
    for (int i = 0; i < 12; i++) {
      Person p = person(800 + i, "第一党支部");
      sheet.row(
          (double) (i + 1),
          p.name(),
          p.male() ? "男" : "女",
          i % 2 == 0 ? "汉" : "汉族",
          dateForm(p.birth(), i),
          p.id(),
          i < 6 ? EDUCATION[i] : empty[i - 6],
          dateForm(p.admission(), i + 2),
          p.probationary() ? empty[i % empty.length] : dateForm(p.fullMembership(), i + 3),
          p.probationary() ? "预备党员" : "正式党员",
          p.branch(),
          empty[i % empty.length]);
    }
    return book;
  }

  static final List<String> EXTRA_HEADERS =
      List.of("籍贯", "参加工作时间", "学位", "职称", "家庭住址", "缴费基数", "月缴党费", "是否流动党员", "流动去向", "备注");

  /** r10: ten columns the model does not know, kept as extras. */
  static RosterBook extras() {
    RosterBook book = new RosterBook();
    RosterBook.SheetSpec sheet = book.sheet("党员信息采集表");
    List<Object> header =
        new ArrayList<>(List.of("序号", "姓名", "性别", "出生日期", "身份证号", "人员类别", "所在支部"));
    header.addAll(EXTRA_HEADERS);
    sheet.row(header);
    for (int i = 0; i < 5; i++) {
      Person p = person(900 + i, "第一党支部");
      List<Object> row =
          new ArrayList<>(
              List.of(
                  (double) (i + 1),
                  p.name(),
                  p.male() ? "男" : "女",
                  p.birth(),
                  p.id(),
                  p.probationary() ? "预备党员" : "正式党员",
                  p.branch()));
      row.addAll(extraValues(i).values());
      sheet.row(row);
    }
    return book;
  }

  /** The extras of row {@code i} of r10, in column order (a blank cell is kept as empty text). */
  static Map<String, String> extraValues(int i) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("籍贯", BIRTHPLACE[i % BIRTHPLACE.length]);
    values.put("参加工作时间", "2010.07");
    values.put("学位", i % 2 == 0 ? "学士" : "硕士");
    values.put("职称", "工程师");
    values.put("家庭住址", "苏州市常熟市虞山街道" + (i + 1) + "号");
    values.put("缴费基数", "8000");
    values.put("月缴党费", "40.00");
    values.put("是否流动党员", i == 3 ? "是" : "否");
    values.put("流动去向", i == 3 ? "上海市浦东新区" : "无");
    values.put("备注", i == 4 ? "已调入" : "");
    return values;
  }

  /** r11: blank rows, a merged title, headers with remarks in brackets. */
  static RosterBook blankRowsAndRemarks() {
    RosterBook book = new RosterBook();
    RosterBook.SheetSpec sheet = book.sheet("Sheet1");
    sheet.blank();
    sheet.row("党员花名册").merge(0, 6);
    sheet.blank();
    sheet.row("序号", "姓名（必填）", "性别", "出生年月（年.月）", "身份证号（18位）", "人员类别（正式/预备）", "所在党支部");
    for (int i = 0; i < 7; i++) {
      Person p = person(1000 + i, "第一党支部");
      if (i == 4) {
        sheet.blank();
      }
      sheet.row(
          (double) (i + 1),
          p.name(),
          p.male() ? "男" : "女",
          monthForm(p.birth(), 0),
          p.id(),
          p.probationary() ? "预备党员" : "正式党员",
          p.branch());
    }
    sheet.blank();
    sheet.row("审核人：何文杰");
    return book;
  }

  /** r12 (CSV, UTF-8 without BOM): quoted cells with commas and line breaks, footer 说明. */
  static RosterBook quotedCells() {
    RosterBook book = new RosterBook();
    RosterBook.SheetSpec sheet = book.sheet("Sheet1");
    sheet.row("序号", "姓名", "性别", "出生日期", "身份证号", "人员类别", "所在支部", "工作单位", "备注");
    for (int i = 0; i < 4; i++) {
      Person p = person(1100 + i, "第一党支部");
      sheet.row(
          String.valueOf(i + 1),
          p.name(),
          p.male() ? "男" : "女",
          p.birth().toString(),
          p.id(),
          p.probationary() ? "预备党员" : "正式党员",
          p.branch(),
          "瑞丰科技有限公司, 研发部",
          i == 2 ? "2019年转入\n2020年任支委" : "");
    }
    sheet.row("说明：身份证号已核对。");
    return book;
  }

  /** Writes every file of the corpus into {@code dir}. */
  static void writeAll(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.write(dir.resolve("r01-office-40.xlsx"), office40().xlsx());
    Files.write(dir.resolve("r01-office-40.xls"), office40().xls());
    Files.write(dir.resolve("r02-two-row-header.xlsx"), twoRowHeader().xlsx());
    Files.write(dir.resolve("r02-two-row-header.xls"), twoRowHeader().xls());
    Files.write(dir.resolve("r03-several-sheets.xlsx"), severalSheets().xlsx());
    Files.write(dir.resolve("r03-several-sheets.xls"), severalSheets().xls());
    Files.write(dir.resolve("r04-gb18030-title-footer.csv"), gbkTitleFooter().csv(GB18030, false));
    Files.write(
        dir.resolve("r05-utf8-bom-month-without-id.csv"),
        bomMonthWithoutId().csv(StandardCharsets.UTF_8, true));
    Files.write(dir.resolve("r06-with-organization-roster.xlsx"), withOrganizationRoster().xlsx());
    Files.write(
        dir.resolve("r07-english-headers.csv"),
        englishHeaders().csv(StandardCharsets.UTF_8, false));
    Files.write(dir.resolve("r08-month-birth.xlsx"), monthBirth().xlsx());
    Files.write(dir.resolve("r09-values.xlsx"), values().xlsx());
    Files.write(dir.resolve("r09-values.xls"), values().xls());
    Files.write(dir.resolve("r10-extras.xlsx"), extras().xlsx());
    Files.write(dir.resolve("r11-blank-rows-remarks.xlsx"), blankRowsAndRemarks().xlsx());
    Files.write(
        dir.resolve("r12-quoted-cells.csv"), quotedCells().csv(StandardCharsets.UTF_8, false));
  }
}
