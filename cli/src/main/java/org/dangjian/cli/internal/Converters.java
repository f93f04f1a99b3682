package org.dangjian.cli.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.dangjian.core.code.Codes;
import org.dangjian.core.record.RecordKind;
import org.dangjian.io.DataFormat;
import org.dangjian.io.Privacy;
import org.dangjian.io.Roster;
import org.dangjian.io.RosterLayout;
import org.dangjian.validation.Profile;
import org.dangjian.validation.report.ReportFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The option-value converters of the commands, each with an error message that lists the accepted
 * values, since picocli prints it as the one-line usage error.
 */
final class Converters {

  /**
   * The readable formats, {@code json|jsonl|...}, as help texts show them: a picocli variable that
   * {@link #publishFormats()} sets from the installed formats.
   */
  static final String READABLE = "${sys:dangjian.formats.readable:-FORMAT}";

  /** The writable formats, as {@link #READABLE}. */
  static final String WRITABLE = "${sys:dangjian.formats.writable:-FORMAT}";

  /** The readable formats that hold members (the data of a group), as {@link #READABLE}. */
  static final String READABLE_DATA = "${sys:dangjian.formats.readable.member:-FORMAT}";

  /** The writable formats that hold members, as {@link #READABLE}. */
  static final String WRITABLE_DATA = "${sys:dangjian.formats.writable.member:-FORMAT}";

  /** The readable formats that hold bulletins, as {@link #READABLE}. */
  static final String READABLE_BULLETINS = "${sys:dangjian.formats.readable.bulletin:-FORMAT}";

  /** The writable formats that hold bulletins, as {@link #READABLE}. */
  static final String WRITABLE_BULLETINS = "${sys:dangjian.formats.writable.bulletin:-FORMAT}";

  private Converters() {}

  /**
   * A value an option refuses, with the reason in English (picocli's message) and in Chinese (for
   * {@link UsageMessages}).
   */
  static final class Refused extends TypeConversionException {
    private static final long serialVersionUID = 1L;

    private final String chinese;

    Refused(String english, String chinese) {
      super(english);
      this.chinese = chinese;
    }

    /** The reason in Chinese, without the value (the usage line names it). */
    String chinese() {
      return chinese;
    }
  }

  /**
   * Sets the system properties that the help texts' format variables ({@link #READABLE} ...) name,
   * from the formats installed ({@link DataFormat#readable()}, {@link DataFormat#writable()}), so
   * that every help lists exactly what this installation reads and writes.
   */
  static void publishFormats() {
    System.setProperty("dangjian.formats.readable", labels(DataFormat.readable()));
    System.setProperty("dangjian.formats.writable", labels(DataFormat.writable()));
    for (RecordKind kind : RecordKind.values()) {
      System.setProperty(
          "dangjian.formats.readable." + kind.code(), labels(holding(DataFormat.readable(), kind)));
      System.setProperty(
          "dangjian.formats.writable." + kind.code(), labels(holding(DataFormat.writable(), kind)));
    }
  }

  /** The formats the command line knows: those it can read, then those it can only write. */
  static List<DataFormat> formats() {
    Set<DataFormat> formats = new LinkedHashSet<>(DataFormat.readable());
    formats.addAll(DataFormat.writable());
    return List.copyOf(formats);
  }

  /** The formats of {@code formats} that hold records of {@code kind}. */
  static List<DataFormat> holding(List<DataFormat> formats, RecordKind kind) {
    return formats.stream().filter(f -> f.holds(kind)).toList();
  }

  /** The names of {@code formats} as an option's values: {@code json|jsonl|csv}. */
  static String labels(List<DataFormat> formats) {
    return formats.stream().map(DataFormat::name).collect(Collectors.joining("|"));
  }

  /** The names of {@code formats} as a list in words: {@code json, jsonl or csv}. */
  static String choices(List<DataFormat> formats) {
    List<String> names = formats.stream().map(DataFormat::name).toList();
    if (names.size() < 2) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " or "
        + names.get(names.size() - 1);
  }

  /** The format a name gives: a name or extension of {@link #formats()} such as {@code jsonl}. */
  static DataFormat format(String text) {
    return DataFormat.forName(text)
        .filter(formats()::contains)
        .orElseThrow(
            () ->
                new Refused(
                    "'" + text + "' is not a format; use " + choices(formats()),
                    "不是已知的格式，可用 " + labels(formats()).replace("|", "、")));
  }

  /** {@code --format}, {@code --from}, {@code --to}: a name of {@link #formats()}. */
  static final class FormatConverter implements ITypeConverter<DataFormat> {
    @Override
    public DataFormat convert(String value) {
      return format(value);
    }
  }

  /** {@code --as-of}: an ISO date, {@code yyyy-MM-dd}. */
  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw new Refused(
            "'" + value + "' is not a date of the form yyyy-MM-dd", "应为 yyyy-MM-dd 形式的日期");
      }
    }
  }

  /** {@code --lang}: zh (also zh-CN, 中文) or en (also en-US, English). */
  static final class LangConverter implements ITypeConverter<Lang> {
    @Override
    public Lang convert(String value) {
      String v = value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
      if (v.equals("zh") || v.startsWith("zh-") || v.equals("中文")) {
        return Lang.ZH;
      }
      if (v.equals("en") || v.startsWith("en-") || v.equals("english")) {
        return Lang.EN;
      }
      throw new Refused("'" + value + "' is not a language; use zh or en", "语言可用 zh 或 en");
    }
  }

  /** {@code --report}: text or json. */
  static final class ReportConverter implements ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      String v = value.strip().toLowerCase(Locale.ROOT);
      if (v.equals("text") || v.equals("txt")) {
        return ReportFormat.TEXT;
      }
      if (v.equals("json")) {
        return ReportFormat.JSON;
      }
      throw new Refused(
          "'" + value + "' is not a report format; use text or json", "报告格式可用 text 或 json");
    }
  }

  /** {@code --privacy}: full, masked or omitted (or the Chinese labels 完整, 遮蔽, 不含个人标识). */
  static final class PrivacyConverter implements ITypeConverter<Privacy> {
    @Override
    public Privacy convert(String value) {
      return Codes.lookup(Privacy.class, value.strip())
          .orElseThrow(
              () ->
                  new Refused(
                      "'" + value + "' is not a privacy profile; use full, masked or omitted",
                      "个人信息处理方式可用 full、masked 或 omitted"));
    }
  }

  /**
   * {@code --roster}: members (党员花名册), organizations (党组织名册), units (单位名册), pointEntries (积分台账) or
   * teams (先锋岗队名册).
   */
  static final class RosterConverter implements ITypeConverter<Roster> {
    @Override
    public Roster convert(String value) {
      return Codes.lookup(Roster.class, value.strip())
          .orElseThrow(
              () ->
                  new Refused(
                      "'"
                          + value
                          + "' is not a roster; use members, organizations, units, pointEntries"
                          + " or teams",
                      "名册可用 members、organizations、units、pointEntries 或 teams"));
    }
  }

  /** {@code --layout}: standard (标准) or office (办公室花名册样式). */
  static final class LayoutConverter implements ITypeConverter<RosterLayout> {
    @Override
    public RosterLayout convert(String value) {
      String v = value.strip().toLowerCase(Locale.ROOT);
      if (v.equals("standard") || v.equals("标准")) {
        return RosterLayout.STANDARD;
      }
      if (v.equals("office") || v.equals("花名册")) {
        return RosterLayout.OFFICE;
      }
      throw new Refused(
          "'" + value + "' is not a roster layout; use standard or office",
          "名册样式可用 standard 或 office");
    }
  }

  /** {@code --profile}: national (全国通用) or soe (国有企业, state-owned-enterprise). */
  static final class ProfileConverter implements ITypeConverter<Profile> {
    @Override
    public Profile convert(String value) {
      String v = value.strip().toLowerCase(Locale.ROOT);
      Profile national = Profile.national();
      Profile soe = Profile.stateOwnedEnterprise();
      if (v.equals(national.name()) || v.equals(national.label())) {
        return national;
      }
      if (v.equals("soe") || v.equals(soe.name()) || v.equals(soe.label())) {
        return soe;
      }
      throw new Refused(
          "'" + value + "' is not a profile; use national or soe", "规则配置可用 national 或 soe");
    }
  }
}
