package org.dangjian.testkit.internal;

import java.util.List;
import java.util.SplittableRandom;
import org.dangjian.core.code.Gender;

/** Realistic Chinese test data for the generator: names, units, topics, region codes. */
final class Names {

  private Names() {}

  static final List<String> GROUPS =
      List.of("华鑫", "中恒", "远航", "金桥", "瑞丰", "鼎盛", "宏图", "安泰", "润达", "新程", "博远", "恒通");

  static final List<String> SEGMENTS =
      List.of(
          "光伏材料", "新能源", "电力", "科技", "物流", "金融", "工程", "装备制造", "化工", "储能", "半导体", "智能制造", "环保",
          "信息技术", "贸易", "建材", "医疗健康", "文旅", "农业", "地产");

  static final List<String> DEPARTMENTS =
      List.of("生产", "研发", "营销", "行政", "财务", "运营", "质量", "设备", "采购", "安全", "技术", "工程");

  private static final String SURNAMES =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史";

  private static final String MALE_CHARS = "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林洋东国建文志海峰亮成毅";

  private static final String FEMALE_CHARS = "芳娜敏静丽艳娟霞秀玲桂英婷雪慧晶洁琳颖倩佳欣悦月萍红燕梅莉兰琴云丹璐瑶蕾";

  /** Real GB/T 2260 county codes from several provinces. */
  static final List<String> REGIONS =
      List.of(
          "320505", "320506", "320508", "320582", "320583", "321002", "320106", "110105", "110108",
          "310115", "310104", "440303", "440305", "330106", "330110", "420106", "510107", "370102",
          "410105", "350102", "210102", "500103", "610113", "430104", "340104", "360102", "450103",
          "520102", "530102", "130102", "140105", "220102", "230102", "620102", "640104", "650102");

  static final List<String> TOPICS =
      List.of(
          "学习贯彻党的二十大精神",
          "学习贯彻习近平新时代中国特色社会主义思想主题教育",
          "重温入党誓词",
          "党风廉政建设专题学习",
          "安全生产责任落实",
          "党员先锋岗创建",
          "志愿服务进社区",
          "传承红色基因",
          "岗位建功比技能",
          "学习新修订的党纪处分条例");

  static final List<String> PLACES = List.of("党员活动室", "公司会议室", "党建阵地", "红色教育基地", "线上会议");

  static final List<String> ABSENCE_REASONS = List.of("出差", "病假", "事假", "外出培训", "值班");

  static final List<String> WORKER_TITLES = List.of("操作工", "技术员", "班组长", "电工", "设备维修工", "质检员");
  static final List<String> PROFESSIONAL_TITLES =
      List.of("工程师", "高级工程师", "会计", "研发工程师", "质量工程师", "工艺工程师");
  static final List<String> MANAGER_TITLES = List.of("部门经理", "主管", "副总经理", "项目经理", "车间主任");

  static String personName(SplittableRandom random, Gender gender) {
    String chars = gender == Gender.FEMALE ? FEMALE_CHARS : MALE_CHARS;
    StringBuilder name = new StringBuilder();
    name.appendCodePoint(SURNAMES.codePointAt(random.nextInt(SURNAMES.length())));
    int given = random.nextInt(10) < 3 ? 1 : 2;
    for (int i = 0; i < given; i++) {
      name.appendCodePoint(chars.codePointAt(random.nextInt(chars.length())));
    }
    return name.toString();
  }

  static <T> T pick(SplittableRandom random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** {@code n} as a Chinese numeral for 1 to 99, in Arabic digits above. */
  static String numeral(int n) {
    String digits = "零一二三四五六七八九";
    if (n < 1 || n > 99) {
      return Integer.toString(n);
    }
    if (n < 10) {
      return String.valueOf(digits.charAt(n));
    }
    int tens = n / 10;
    int ones = n % 10;
    return (tens == 1 ? "" : String.valueOf(digits.charAt(tens)))
        + "十"
        + (ones == 0 ? "" : String.valueOf(digits.charAt(ones)));
  }

  /** The {@code index}-th entry of {@code values}, with a numeral suffix once they run out. */
  static String cycled(List<String> values, int index) {
    String base = values.get(index % values.size());
    int round = index / values.size();
    return round == 0 ? base : base + numeral(round + 1);
  }
}
