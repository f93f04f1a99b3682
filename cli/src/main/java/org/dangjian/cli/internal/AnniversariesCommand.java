package org.dangjian.cli.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.dangjian.core.calendar.Anniversary;
import org.dangjian.core.calendar.AnniversaryCalendar;
import org.dangjian.core.calendar.AnniversaryKind;
import org.dangjian.core.code.Codes;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.text.SafeText;
import org.dangjian.io.Privacy;
import org.dangjian.validation.report.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code dangjian anniversaries FILE... --from D --to D}: lists the members' birthdays, political
 * birthdays (政治生日) and party-age milestones in a period, for the whole dataset or an organization's
 * subtree, as text and optionally as CSV and iCalendar files; with {@code --medal DATE} it lists
 * who is eligible for the 「光荣在党50年」 medal on that cut-off instead. By default only month and day
 * are shown and no age (a listing is usually shared); {@code --dates full} shows the years.
 */
@Command(
    name = "anniversaries",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    headerHeading = "%n",
    header = "List birthdays, political birthdays and party-age milestones (纪念日).",
    descriptionHeading = "%n",
    description = {
      "Imports the files as one dataset and lists, day by day from --from to --to, the birthdays"
          + " (生日), political birthdays (政治生日: the anniversary of the admission as probationary"
          + " member) and party-age milestones (党龄, counted from the end of probation: every ten"
          + " years unless --milestones says otherwise) of the party members, each in the"
          + " organization that held their relation on that day.",
      "",
      "With --medal DATE it lists instead the full members eligible on that cut-off for the"
          + " 「光荣在党50年」 medal (party age of fifty years or more, no such honor recorded yet).",
      "",
      "Privacy: by default the listing shows the month and day only, and no age (--dates"
          + " month-day); --dates full shows the years. A new --csv or --ics file holding full"
          + " dates is readable by its owner only."
    },
    parameterListHeading = "%nParameters (参数):%n",
    optionListHeading = "%nOptions (选项):%n",
    footerHeading = "%n",
    footer = {
      "Exit codes (退出码): 0 no ERROR, 1 ERRORs in the data (the listing covers every accepted"
          + " record), 2 usage error or unreadable input, 3 internal error.",
      "",
      "Examples:",
      "  dangjian anniversaries group.jsonl --from 2024-07-01 --to 2024-07-31 --ics july.ics",
      "  dangjian anniversaries group.jsonl --from 2024-01-01 --to 2024-12-31 --under org-0001"
          + " --kind political-birthday --csv 政治生日.csv",
      "  dangjian anniversaries group.jsonl --medal 2024-07-01"
    })
final class AnniversariesCommand implements Callable<Integer> {

  @ParentCommand DangjianCommand root;

  @Mixin DatasetInputs inputs;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      converter = Converters.DateConverter.class,
      description = "First day of the period (起始日期), yyyy-MM-dd.")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      converter = Converters.DateConverter.class,
      description = "Last day of the period (截止日期), yyyy-MM-dd; included.")
  LocalDate to;

  @Option(
      names = "--medal",
      paramLabel = "DATE",
      converter = Converters.DateConverter.class,
      description =
          "List who is eligible for the 光荣在党50年 medal on this cut-off (usually 1 July)"
              + " instead of the days of a period.")
  LocalDate medal;

  @Option(
      names = "--under",
      paramLabel = "ORG",
      description = "Only members of this organization (id) and the organizations below it.")
  String under;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      split = ",",
      converter = KindConverter.class,
      description =
          "Kinds to list (类别): birthday, political-birthday, milestone (default: all three).")
  List<AnniversaryKind> kinds;

  @Option(
      names = "--milestones",
      paramLabel = "YEARS",
      split = ",",
      description = "Party ages marked as milestones (default: 10,20,...,80).")
  List<Integer> milestones;

  @Option(
      names = "--dates",
      paramLabel = "PROFILE",
      converter = DatesConverter.class,
      description = "month-day (default: month and day, no age) or full (years and ages).")
  AnniversaryListing.Dates dates = AnniversaryListing.Dates.MONTH_DAY;

  @Option(
      names = "--csv",
      paramLabel = "FILE",
      description = "Also write the listing as CSV (UTF-8).")
  Path csv;

  @Option(
      names = "--ics",
      paramLabel = "FILE",
      description = "Also write the listing as an iCalendar file (.ics) for calendar applications.")
  Path ics;

  @Option(names = "--force", description = "Replace a read-only --csv or --ics file.")
  boolean force;

  @Mixin ValidationOptions validation;

  @Mixin CommonOptions common;

  @Override
  public Integer call() throws Exception {
    checkOptions();
    inputs.check();
    Progress progress = common.progress(root, "anniversaries");
    DatasetInputs.Loaded loaded = inputs.read(root, validation, progress);
    ValidationReport report = loaded.report();
    Lang lang = common.lang;
    if (loaded.unreadable()) {
      progress.summary(Reports.counts(report, lang));
      return Reports.exitCode(report);
    }
    Dataset data = loaded.dataset();
    Map<String, String> names = new HashMap<>();
    for (Organization org : data.organizations()) {
      names.putIfAbsent(org.id(), org.name());
    }
    if (under != null && !names.containsKey(under)) {
      throw new CliFailure(
          lang.pick("--under：数据中没有组织 ", "--under: the data holds no organization ")
              + SafeText.escape(under));
    }
    AnniversaryCalendar calendar = AnniversaryCalendar.of(data);
    if (under != null) {
      calendar = calendar.under(under);
    }
    if (kinds != null) {
      calendar = calendar.kinds(EnumSet.copyOf(kinds));
    }
    if (milestones != null) {
      calendar = calendar.milestones(new TreeSet<>(milestones));
    }
    List<Anniversary> found =
        medal != null ? calendar.fiftyYearsMedal(medal) : calendar.between(from, to);
    AnniversaryListing listing = new AnniversaryListing(found, names, dates, lang);
    String scope =
        under == null
            ? ""
            : lang.pick("（", " (")
                + SafeText.escape(names.get(under))
                + lang.pick("及下级组织）", " and below)");
    String period =
        medal != null
            ? lang.pick("光荣在党50年 截至 " + medal, "50 years in the Party medal, cut-off " + medal)
            : from + lang.pick(" 至 ", " to ") + to;
    listing.print(listing.heading(period, scope), root.out());
    Privacy privacy = dates == AnniversaryListing.Dates.FULL ? Privacy.FULL : Privacy.MASKED;
    if (csv != null) {
      Outputs.replace(
          csv,
          privacy,
          force,
          s -> {
            listing.writeCsv(s);
            return true;
          },
          () -> true);
    }
    if (ics != null) {
      LocalDate today = root.environment().today();
      Outputs.replace(
          ics,
          privacy,
          force,
          s -> {
            AnniversaryIcs.write(listing, today, s);
            return true;
          },
          () -> true);
    }
    String note = DatasetInputs.errorsNote(report, lang, "列表", "the listing");
    progress.summary(Reports.counts(report, lang) + note);
    return Reports.exitCode(report);
  }

  private void checkOptions() {
    Lang lang = common.lang;
    if (medal != null) {
      if (from != null || to != null || kinds != null || milestones != null) {
        throw new CliFailure(
            lang.pick(
                "--medal 不与 --from、--to、--kind、--milestones 同用",
                "--medal is not used with --from, --to, --kind or --milestones"));
      }
      return;
    }
    if (from == null || to == null) {
      throw new CliFailure(
          lang.pick("需要 --from 和 --to（或 --medal）", "--from and --to are needed (or --medal)"));
    }
    if (to.isBefore(from)) {
      throw new CliFailure(
          lang.pick("--to 早于 --from：", "--to is before --from: ") + to + " < " + from);
    }
    if (milestones != null && milestones.stream().anyMatch(y -> y == null || y < 1)) {
      throw new CliFailure(
          lang.pick("--milestones 须为正整数：", "--milestones must be whole years of at least 1: ")
              + milestones);
    }
  }

  /** {@code --kind}: birthday, political-birthday, milestone, or a Chinese label (生日, 政治生日…). */
  static final class KindConverter implements ITypeConverter<AnniversaryKind> {
    @Override
    public AnniversaryKind convert(String value) {
      String v = value.strip().toLowerCase(Locale.ROOT);
      switch (v) {
        case "birthday":
          return AnniversaryKind.BIRTHDAY;
        case "political-birthday":
          return AnniversaryKind.POLITICAL_BIRTHDAY;
        case "milestone":
        case "party-age":
          return AnniversaryKind.PARTY_AGE_MILESTONE;
        default:
          break;
      }
      return Codes.lookup(AnniversaryKind.class, value.strip())
          .filter(k -> k != AnniversaryKind.FIFTY_YEARS_MEDAL)
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "'"
                          + value
                          + "' is not a kind; use birthday, political-birthday or milestone"));
    }
  }

  /** {@code --dates}: month-day (月日) or full (完整). */
  static final class DatesConverter implements ITypeConverter<AnniversaryListing.Dates> {
    @Override
    public AnniversaryListing.Dates convert(String value) {
      String v = value.strip().toLowerCase(Locale.ROOT);
      if (v.equals("month-day") || v.equals("月日")) {
        return AnniversaryListing.Dates.MONTH_DAY;
      }
      if (v.equals("full") || v.equals("完整")) {
        return AnniversaryListing.Dates.FULL;
      }
      throw new TypeConversionException(
          "'" + value + "' is not a date profile; use month-day or full");
    }
  }
}
