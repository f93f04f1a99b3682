package org.dangjian.cli.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.dangjian.core.code.Codes;
import org.dangjian.io.DataFormat;
import org.dangjian.io.Privacy;
import org.dangjian.io.Roster;
import org.dangjian.validation.Profile;
import org.dangjian.validation.report.ReportFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The option-value converters of the commands, each with an error message that lists the accepted
 * values, since picocli prints it as the one-line usage error.
 */
final class Converters {

  /** The formats the command line reads and writes, in the order the help lists them. */
  static final List<DataFormat> FORMATS =
      List.of(
          DataFormat.JSON,
          DataFormat.JSON_LINES,
          DataFormat.CSV,
          DataFormat.XLSX,
          DataFormat.TEXT,
          DataFormat.MARKDOWN,
          DataFormat.HTML);

  /** The names of {@link #FORMATS} a file can be read from, as help texts list them. */
  static final String READABLE = "json|jsonl|csv|xlsx|txt|md";

  /** The names of {@link #FORMATS} a file can be written in, as help texts list them. */
  static final String WRITABLE = "json|jsonl|csv|xlsx|md|html";

  private Converters() {}

  /** The format a name gives: an extension of {@link #FORMATS} such as {@code jsonl}. */
  static DataFormat format(String text) {
    String name = text.strip().toLowerCase(Locale.ROOT);
    for (DataFormat format : FORMATS) {
      if (format.extensions().contains(name)) {
        return format;
      }
    }
    throw new TypeConversionException(
        "'" + text + "' is not a format; use json, jsonl, csv, xlsx, txt, md or html");
  }

  /** The preferred name of {@code format}, e.g. {@code jsonl}. */
  static String name(DataFormat format) {
    return format.extensions().get(0);
  }

  /** {@code --format}, {@code --from}, {@code --to}: json, jsonl (ndjson), csv, xlsx. */
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
        throw new TypeConversionException("'" + value + "' is not a date of the form yyyy-MM-dd");
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
      throw new TypeConversionException("'" + value + "' is not a language; use zh or en");
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
      throw new TypeConversionException("'" + value + "' is not a report format; use text or json");
    }
  }

  /** {@code --privacy}: full, masked or omitted (or the Chinese labels 完整, 遮蔽, 不含个人标识). */
  static final class PrivacyConverter implements ITypeConverter<Privacy> {
    @Override
    public Privacy convert(String value) {
      return Codes.lookup(Privacy.class, value.strip())
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "'" + value + "' is not a privacy profile; use full, masked or omitted"));
    }
  }

  /** {@code --roster}: members (党员花名册) or organizations (党组织名册). */
  static final class RosterConverter implements ITypeConverter<Roster> {
    @Override
    public Roster convert(String value) {
      return Codes.lookup(Roster.class, value.strip())
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "'" + value + "' is not a roster; use members or organizations"));
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
      throw new TypeConversionException("'" + value + "' is not a profile; use national or soe");
    }
  }
}
