package org.dangjian.io.bulletin.internal.news;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dangjian.core.bulletin.StatedFigure;
import org.dangjian.io.bulletin.internal.ChineseNumerals;
import org.dangjian.io.bulletin.internal.text.Texts;

/**
 * The figures stated in the sentences of a paragraph: a number (ASCII or full-width digits, with
 * thousands commas or spaces, a decimal part, a {@code 万} or {@code 亿} multiplier; or Chinese
 * numerals such as {@code 十八}) followed by a unit ({@code 个}, {@code 名}, {@code 人}, {@code %} …),
 * labelled by the words of its clause before it ({@code 党员589人}: {@code 党员}; {@code 公司党委下辖党支部18个}:
 * {@code 党支部}, the part after {@code 下辖}, {@code 共有}, {@code 现有}, {@code 其中} …) or by the noun
 * after it ({@code 18个党支部}). {@code 余}, {@code 多}, {@code 近}, {@code 约}, {@code 超过}, {@code 左右} and
 * {@code 以上} mark it approximate. Numbers without a unit (years, times), ordinals ({@code 第3期}),
 * durations ({@code 6个月}) and set phrases in Chinese numerals ({@code 两个维护}) are no figures.
 */
final class SentenceFigures {

  private static final Pattern SENTENCE = Pattern.compile("[^。！？；!?;]+[。！？；!?;]*");
  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<![\\d.])(\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?: \\d{3})+(?![\\d])|\\d{1,12})(\\.\\d{1,4})?"
              + "|(?<![第零〇一二两三四五六七八九十百千万])[零〇一二两三四五六七八九十百千]{1,8}");
  private static final List<String> UNITS =
      List.of(
          "个百分点", "平方米", "人次", "公里", "小时", "个", "名", "人", "家", "位", "支", "项", "次", "场", "户", "件",
          "篇", "条", "所", "处", "座", "批", "期", "元", "天", "%");
  private static final List<String> APPROX_BEFORE = List.of("将近", "大约", "超过", "近", "约", "逾", "超");
  private static final List<String> TRAILING_VERBS =
      List.of(
          "增加到", "增长到", "提升到", "提高到", "上升到", "达到", "共计", "合计", "总计", "增至", "达", "为", "是", "共", "计",
          "有", "的");
  private static final List<String> MARKERS =
      List.of("下辖", "共有", "现有", "拥有", "设有", "建有", "其中", "包括", "包含", "含", "有", "开展", "举办", "召开");
  private static final List<String> NOUNS =
      List.of(
          "基层党组织", "入党积极分子", "预备党员", "发展对象", "党组织", "党支部", "党总支", "党小组", "党委", "党员", "团员", "职工",
          "员工", "志愿者", "群众", "青年");
  private static final List<String> MEASURE_WORDS =
      List.of("个", "名", "位", "家", "支", "项", "场", "件", "篇", "条", "所", "处", "座", "批", "户");
  private static final List<String> VERBS =
      List.of(
          "参加", "参与", "开展", "进行", "获得", "受到", "完成", "实现", "加入", "报到", "走进", "深入", "集中", "签订", "提供",
          "带头", "入选", "作为", "积极", "主动", "先后", "分别", "共同", "全部", "均", "已", "到", "获");
  private static final String CLAUSE_DELIMITERS = "，,、：:（）()…—";
  private static final String FUNCTION_CHARACTERS = "的了在和与及并等、是为把被从向对";

  private SentenceFigures() {}

  /** The figures of one paragraph in print order, each with its sentence. */
  static List<StatedFigure> find(String paragraph) {
    List<StatedFigure> out = new ArrayList<>();
    Matcher sentences = SENTENCE.matcher(paragraph);
    while (sentences.find()) {
      String sentence = Texts.strip(sentences.group());
      if (!sentence.isEmpty()) {
        inSentence(sentence, out);
      }
    }
    return out;
  }

  private static void inSentence(String sentence, List<StatedFigure> out) {
    String text = NewsText.normalize(sentence);
    Matcher number = NUMBER.matcher(text);
    while (number.find()) {
      figure(sentence, text, number).ifPresent(out::add);
    }
  }

  private static java.util.Optional<StatedFigure> figure(
      String sentence, String text, Matcher number) {
    boolean chinese = number.group(1) == null;
    BigDecimal value;
    if (chinese) {
      OptionalInt parsed = ChineseNumerals.parse(number.group());
      if (parsed.isEmpty() || parsed.getAsInt() <= 1) {
        return java.util.Optional.empty();
      }
      value = BigDecimal.valueOf(parsed.getAsInt());
    } else {
      String digits = number.group(1).replace(",", "").replace(" ", "");
      value = new BigDecimal(digits + (number.group(2) == null ? "" : number.group(2)));
    }
    int at = spaces(text, number.end());
    if (at < text.length() && (text.charAt(at) == '万' || text.charAt(at) == '亿')) {
      value = value.movePointRight(text.charAt(at) == '万' ? 4 : 8);
      at = spaces(text, at + 1);
    }
    boolean approximate = false;
    if (at < text.length() && (text.charAt(at) == '余' || text.charAt(at) == '多')) {
      approximate = true;
      at = spaces(text, at + 1);
    }
    String unit = startsWithAny(text, at, UNITS);
    if (unit == null || (number.start() > 0 && text.charAt(number.start() - 1) == '第')) {
      return java.util.Optional.empty();
    }
    int afterUnit = at + unit.length();
    if ("个".equals(unit) && startsWithAny(text, afterUnit, List.of("月", "多月", "小时")) != null) {
      return java.util.Optional.empty();
    }
    if (startsWithAny(text, afterUnit, List.of("左右", "以上", "多")) != null) {
      approximate = true;
    }
    int clauseStart = number.start();
    while (clauseStart > 0 && CLAUSE_DELIMITERS.indexOf(text.charAt(clauseStart - 1)) < 0) {
      clauseStart--;
    }
    String prefix = text.substring(clauseStart, number.start()).strip();
    for (String word : APPROX_BEFORE) {
      if (prefix.endsWith(word)) {
        approximate = true;
        prefix = prefix.substring(0, prefix.length() - word.length()).strip();
        break;
      }
    }
    String label = afterMarker(prefix);
    int listed = label.lastIndexOf('等');
    if (listed >= 0 && listed < label.length() - 1) {
      label = label.substring(listed + 1);
    }
    boolean modifier = label.endsWith("的");
    label = withoutTrailingVerb(modifier ? label.substring(0, label.length() - 1) : label);
    String noun = MEASURE_WORDS.contains(unit) ? noun(text, spaces(text, afterUnit)) : null;
    if (chinese && noun != null && !NOUNS.contains(noun)) {
      return java.util.Optional.empty();
    }
    if (noun != null) {
      label = (modifier ? "" : label) + noun;
    }
    label = trimmed(label);
    if (label.isEmpty() || !label.codePoints().anyMatch(Character::isIdeographic)) {
      return java.util.Optional.empty();
    }
    if (label.length() > 30) {
      label = label.substring(label.length() - 30);
    }
    return java.util.Optional.of(
        StatedFigure.builder()
            .label(label)
            .value(value)
            .unit(unit)
            .approximate(approximate)
            .sentence(sentence)
            .build());
  }

  /**
   * The noun after a measure word: a known noun ({@code 党支部}, {@code 党员} …) or the run of Han
   * characters after it, to a function word or a verb such as {@code 参加}, eight at most.
   */
  private static String noun(String text, int at) {
    String known = startsWithAny(text, at, NOUNS);
    if (known != null) {
      return known;
    }
    int end = at;
    while (end < text.length()
        && end - at < 8
        && NewsText.isHan(text.charAt(end))
        && FUNCTION_CHARACTERS.indexOf(text.charAt(end)) < 0
        && startsWithAny(text, end, VERBS) == null) {
      end++;
    }
    return end > at ? text.substring(at, end) : null;
  }

  /** The number of the first offset from {@code at} that is no space. */
  private static int spaces(String text, int at) {
    int i = at;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /**
   * The label without punctuation at either end, except quotation marks that pair with one inside
   * ({@code “党员先锋月”活动} keeps its opening mark, {@code 党课”} loses its closing one).
   */
  private static String trimmed(String label) {
    String l = label.replaceAll("^[^\\p{IsHan}\\p{Alnum}“「《]+|[^\\p{IsHan}\\p{Alnum}”」》]+$", "");
    if (l.startsWith("“") && l.indexOf('”') < 0
        || l.startsWith("「") && l.indexOf('」') < 0
        || l.startsWith("《") && l.indexOf('》') < 0) {
      l = l.substring(1);
    }
    if (l.endsWith("”") && l.indexOf('“') < 0
        || l.endsWith("」") && l.indexOf('「') < 0
        || l.endsWith("》") && l.indexOf('《') < 0) {
      l = l.substring(0, l.length() - 1);
    }
    return l.strip();
  }

  private static String withoutTrailingVerb(String prefix) {
    String p = prefix;
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String verb : TRAILING_VERBS) {
        if (p.endsWith(verb) && p.length() > verb.length()) {
          p = p.substring(0, p.length() - verb.length()).strip();
          changed = true;
        }
      }
    }
    return p;
  }

  private static String afterMarker(String prefix) {
    int cut = 0;
    for (String marker : MARKERS) {
      int i = prefix.lastIndexOf(marker);
      if (i >= 0) {
        cut = Math.max(cut, i + marker.length());
      }
    }
    return prefix.substring(cut).strip();
  }

  private static String startsWithAny(String text, int at, List<String> words) {
    for (String word : words) {
      if (text.startsWith(word, at)) {
        return word;
      }
    }
    return null;
  }
}
