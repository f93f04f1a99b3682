package org.dangjian.io.bulletin.markdown;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.function.Supplier;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.bulletin.BulletinItem;
import org.dangjian.core.bulletin.Distribution;
import org.dangjian.core.bulletin.ImmutableBulletin;
import org.dangjian.core.bulletin.ImmutableBulletinItem;
import org.dangjian.core.bulletin.ImmutableDistribution;
import org.dangjian.core.bulletin.ImmutableMasthead;
import org.dangjian.core.bulletin.ImmutableSection;
import org.dangjian.core.bulletin.ImmutableStatisticsBlock;
import org.dangjian.core.bulletin.Masthead;
import org.dangjian.core.bulletin.OrganizationMention;
import org.dangjian.core.bulletin.PersonMention;
import org.dangjian.core.bulletin.PriorityItem;
import org.dangjian.core.bulletin.Publisher;
import org.dangjian.core.bulletin.Section;
import org.dangjian.core.bulletin.SectionKind;
import org.dangjian.core.bulletin.StatedFigure;
import org.dangjian.core.bulletin.StatisticsBlock;

/**
 * Seeded random bulletins with nasty text: Markdown metacharacters, line-start markers ({@code 1.},
 * {@code -}, {@code >}, {@code #}, {@code ➤}, {@code ◇}), HTML comments and entities, full-width
 * and other spaces at the edges, line breaks and control characters, emoji, numbers of every scale,
 * and every optional attribute sometimes empty. Text that the model requires to be non-blank is
 * non-blank, so that each bulletin is one the model and its validation accept.
 */
final class RandomBulletins {

  private static final List<String> PIECES =
      List.of(
          "党建",
          "工作",
          "会议",
          "协鑫",
          "A",
          "z",
          "42",
          "3.14",
          "*",
          "**",
          "_",
          "__",
          "#",
          "## ",
          "|",
          "\\",
          "`",
          "```",
          "<",
          ">",
          "[",
          "]",
          "(",
          ")",
          "!",
          "![x](y)",
          "[a](b)",
          "&",
          "&amp;",
          "&#32;",
          "&#x3000;",
          "<!--",
          "-->",
          "<!-- id=x -->",
          "<br>",
          "<div>",
          "1.",
          "1. ",
          "2) ",
          "- ",
          "+ ",
          "* ",
          "> ",
          "# ",
          "➤",
          "➤ ",
          "◇",
          "◇ ",
          "　",
          "　　",
          " ",
          "  ",
          "\t",
          "\n",
          "\n\n",
          "\r",
          "\r\n",
          "\u0001",
          "\u001f",
          "\u007f",
          "\u00a0",
          "\u2003",
          "===",
          "---",
          "***",
          "~~~",
          "~",
          ":-:",
          "| --- |",
          "😀",
          "é",
          "【",
          "】",
          "〔",
          "：",
          ":",
          "%",
          "=",
          "id=",
          "%20",
          "+",
          "（",
          "）",
          "\\|",
          "\\\\",
          "    code",
          "http://x.cn",
          "<http://x.cn>",
          "[^1]",
          "\u200b",
          "\ufeff",
          "$x$",
          "{",
          "}",
          "\"",
          "'");

  private static final List<String> HEADINGS =
      List.of("党建要闻", "党建大数据", "集团党群简讯", "基层党建动态", "二月份重点工作", "3月重点工作", "其他", "学习园地");

  private static final List<String> FIGURE_LABELS =
      List.of("党员总数", "预备党员", "占职工总数比例", "党组织总数", "党委", "党总支", "党支部", "发展党员");

  private final Random random;

  RandomBulletins(long seed) {
    this.random = new Random(seed);
  }

  Bulletin bulletin() {
    ImmutableMasthead.Builder masthead =
        Masthead.builder()
            .title(nonBlank())
            .period(YearMonth.of(1950 + random.nextInt(150), 1 + random.nextInt(12)));
    for (int i = random.nextInt(4); i > 0; i--) {
      masthead.addPublisher(
          Publisher.builder().name(nonBlank()).organizationId(optional(this::nonBlank)).build());
    }
    masthead
        .compilingStatement(optional(this::nonBlank))
        .issueNumber(optionalInt(200_000))
        .runningNumber(optionalInt(200_000))
        .publishDate(optional(this::date));
    ImmutableBulletin.Builder bulletin = Bulletin.builder().masthead(masthead.build());
    for (int i = random.nextInt(5); i > 0; i--) {
      bulletin.addSection(section());
    }
    if (random.nextInt(3) == 0) {
      ImmutableDistribution.Builder distribution = Distribution.builder();
      for (int i = random.nextInt(3); i > 0; i--) {
        distribution.addReportTo(nonBlank());
      }
      for (int i = random.nextInt(3); i > 0; i--) {
        distribution.addSendTo(nonBlank());
      }
      for (int i = random.nextInt(3); i > 0; i--) {
        distribution.addIssueTo(nonBlank());
      }
      bulletin.distribution(distribution.build());
    }
    return bulletin
        .editor(optional(this::nonBlank))
        .approver(optional(this::nonBlank))
        .printCount(
            random.nextBoolean() ? OptionalInt.of(random.nextInt(10_000)) : OptionalInt.empty())
        .build();
  }

  private Section section() {
    SectionKind kind = SectionKind.values()[random.nextInt(SectionKind.values().length)];
    String heading =
        random.nextBoolean() ? HEADINGS.get(random.nextInt(HEADINGS.size())) : nonBlank();
    ImmutableSection.Builder section = Section.builder().kind(kind).heading(heading);
    for (int i = random.nextInt(3); i > 0; i--) {
      section.addItem(item());
    }
    if (random.nextInt(3) == 0) {
      section.statistics(statistics());
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      var priority = PriorityItem.builder().text(nonBlank());
      for (int j = random.nextInt(3); j > 0; j--) {
        priority.addResponsibleOrganization(nonBlank());
      }
      section.addPriority(priority.build());
    }
    return section.build();
  }

  private BulletinItem item() {
    ImmutableBulletinItem.Builder item =
        BulletinItem.builder()
            .headline(nonBlank())
            .date(optional(this::date))
            .dateText(optional(this::nonBlank));
    for (int i = random.nextInt(4); i > 0; i--) {
      item.addParagraph(nonBlank());
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      item.addOrganization(
          OrganizationMention.builder()
              .name(nonBlank())
              .organizationId(optional(this::nonBlank))
              .build());
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      item.addPerson(
          PersonMention.builder()
              .name(nonBlank())
              .post(optional(this::nonBlank))
              .organization(optional(this::nonBlank))
              .memberId(optional(this::nonBlank))
              .build());
    }
    return item.build();
  }

  private StatisticsBlock statistics() {
    ImmutableStatisticsBlock.Builder statistics =
        StatisticsBlock.builder()
            .asOf(date())
            .memberTotal(optionalInt(1_000_000))
            .probationaryMembers(optionalInt(1_000))
            .shareOfEmployeesPercent(optional(this::decimal))
            .organizationTotal(optionalInt(1_000))
            .partyCommittees(optionalInt(100))
            .generalBranches(optionalInt(100))
            .branches(optionalInt(1_000));
    for (int i = random.nextInt(4); i > 0; i--) {
      String label =
          random.nextBoolean()
              ? FIGURE_LABELS.get(random.nextInt(FIGURE_LABELS.size()))
              : nonBlank();
      statistics.addOtherFigure(
          StatedFigure.builder()
              .label(label)
              .value(decimal())
              .unit(optional(this::nonBlank))
              .build());
    }
    return statistics.build();
  }

  private BigDecimal decimal() {
    BigInteger unscaled = BigInteger.valueOf(random.nextInt(2_000_001) - 1_000_000);
    return new BigDecimal(unscaled, random.nextInt(9) - 3);
  }

  private LocalDate date() {
    return LocalDate.of(1950, 1, 1).plusDays(random.nextInt(60_000));
  }

  private OptionalInt optionalInt(int bound) {
    return random.nextBoolean() ? OptionalInt.of(random.nextInt(bound)) : OptionalInt.empty();
  }

  private <T> Optional<T> optional(Supplier<T> value) {
    return random.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
  }

  /**
   * Text that is not blank: one to eight random pieces, with a visible character added if blank.
   */
  String nonBlank() {
    StringBuilder text = new StringBuilder();
    for (int i = 1 + random.nextInt(8); i > 0; i--) {
      text.append(PIECES.get(random.nextInt(PIECES.size())));
    }
    if (text.toString().isBlank()) {
      text.append('字');
    }
    return text.toString();
  }
}
