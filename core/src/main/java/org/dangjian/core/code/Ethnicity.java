package org.dangjian.core.code;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The 56 ethnic groups (民族) of China as coded by GB/T 3304-1991 (中国各民族名称的罗马字母拼写法和代码), plus the two
 * extra codes used by public-security and personnel systems: {@link #OTHER} ("97", 其他, ethnic group
 * not determined) and {@link #FOREIGN_ORIGIN} ("98", 外国血统中国籍人士, Chinese nationals of foreign
 * descent). {@link #code()} is the two-digit numeric code, {@link #alphaCode()} the two-letter code
 * of the standard, and {@link #label()} the Chinese name with its trailing 族. The constant names
 * are the romanized names given by GB/T 3304 itself ({@code ZANG} for 藏族, {@code CHOSEN} for 朝鲜族,
 * {@code MAN} for 满族, {@code GIN} for 京族 and so on), upper-cased and with apostrophes dropped
 * ({@code DEANG} for De'ang); they are not English exonyms such as "Tibetan" or "Korean". {@link
 * Codes#lookup} also accepts the alpha code ({@code "HA"}), the label without its trailing 族
 * ({@code "汉"}) and the numeric code without its leading zero ({@code "1"}, as spreadsheets often
 * store it).
 */
public enum Ethnicity implements CodedValue {
  HAN("01", "汉族", "HA"),
  MONGOL("02", "蒙古族", "MG"),
  HUI("03", "回族", "HU"),
  ZANG("04", "藏族", "ZA"),
  UYGUR("05", "维吾尔族", "UG"),
  MIAO("06", "苗族", "MH"),
  YI("07", "彝族", "YI"),
  ZHUANG("08", "壮族", "ZH"),
  BUYEI("09", "布依族", "BY"),
  CHOSEN("10", "朝鲜族", "CS"),
  MAN("11", "满族", "MA"),
  DONG("12", "侗族", "DO"),
  YAO("13", "瑶族", "YA"),
  BAI("14", "白族", "BA"),
  TUJIA("15", "土家族", "TJ"),
  HANI("16", "哈尼族", "HN"),
  KAZAK("17", "哈萨克族", "KZ"),
  DAI("18", "傣族", "DA"),
  LI("19", "黎族", "LI"),
  LISU("20", "傈僳族", "LS"),
  VA("21", "佤族", "VA"),
  SHE("22", "畲族", "SH"),
  GAOSHAN("23", "高山族", "GS"),
  LAHU("24", "拉祜族", "LH"),
  SUI("25", "水族", "SW"),
  DONGXIANG("26", "东乡族", "DX"),
  NAXI("27", "纳西族", "NX"),
  JINGPO("28", "景颇族", "JP"),
  KIRGIZ("29", "柯尔克孜族", "KG"),
  TU("30", "土族", "TU"),
  DAUR("31", "达斡尔族", "DU"),
  MULAO("32", "仫佬族", "ML"),
  QIANG("33", "羌族", "QI"),
  BLANG("34", "布朗族", "BL"),
  SALAR("35", "撒拉族", "SL"),
  MAONAN("36", "毛南族", "MN"),
  GELAO("37", "仡佬族", "GL"),
  XIBE("38", "锡伯族", "XB"),
  ACHANG("39", "阿昌族", "AC"),
  PUMI("40", "普米族", "PM"),
  TAJIK("41", "塔吉克族", "TA"),
  NU("42", "怒族", "NU"),
  UZBEK("43", "乌孜别克族", "UZ"),
  RUSS("44", "俄罗斯族", "RS"),
  EWENKI("45", "鄂温克族", "EW"),
  DEANG("46", "德昂族", "DE"),
  BONAN("47", "保安族", "BN"),
  YUGUR("48", "裕固族", "YG"),
  GIN("49", "京族", "GI"),
  TATAR("50", "塔塔尔族", "TT"),
  DERUNG("51", "独龙族", "DR"),
  OROQEN("52", "鄂伦春族", "OR"),
  HEZHEN("53", "赫哲族", "HZ"),
  MONBA("54", "门巴族", "MB"),
  LHOBA("55", "珞巴族", "LB"),
  JINO("56", "基诺族", "JN"),
  /** Code 97: the ethnic group is not determined. Not part of GB/T 3304 itself. */
  OTHER("97", "其他", null),
  /** Code 98: a Chinese national of foreign descent. Not part of GB/T 3304 itself. */
  FOREIGN_ORIGIN("98", "外国血统中国籍人士", null);

  private final Spellings spellings;
  private final String alphaCode;

  Ethnicity(String code, String label, String alphaCode) {
    this.alphaCode = alphaCode;
    Set<String> names = new LinkedHashSet<>();
    if (alphaCode != null) {
      names.add(alphaCode);
    }
    if (label.endsWith("族")) {
      names.add(label.substring(0, label.length() - 1));
    }
    if (code.startsWith("0")) {
      names.add(code.substring(1));
    }
    this.spellings = Spellings.of(code, label, names);
  }

  @Override
  public Spellings spellings() {
    return spellings;
  }

  /**
   * The two-letter code of GB/T 3304, for example {@code "HA"} for 汉族.
   *
   * @return the alpha code, or an empty string for {@link #OTHER} and {@link #FOREIGN_ORIGIN},
   *     which have none
   */
  public String alphaCode() {
    return alphaCode == null ? "" : alphaCode;
  }

  /** Whether this is one of the 56 groups of GB/T 3304, that is, not 97 or 98. */
  public boolean isStandard() {
    return alphaCode != null;
  }

  /**
   * Whether this is an ethnic minority (少数民族) as counted by the Party statistics: every standard
   * group except {@link #HAN}. Returns {@code false} for {@link #OTHER} and {@link
   * #FOREIGN_ORIGIN}, since neither says the person belongs to a minority; statistics count them
   * separately.
   */
  public boolean isMinority() {
    return isStandard() && this != HAN;
  }
}
