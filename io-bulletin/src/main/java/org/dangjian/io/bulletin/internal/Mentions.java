package org.dangjian.io.bulletin.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dangjian.core.bulletin.OrganizationMention;
import org.dangjian.core.bulletin.PersonMention;

/**
 * Finds the organizations and the people with posts that the text of one article names, for the
 * bulletin readers of every format. Only clear patterns count; when a pattern is not clear, nothing
 * is extracted:
 *
 * <ul>
 *   <li>an organization is a name ending in one of {@link #SUFFIXES} ({@code 党委}, {@code 党支部},
 *       {@code 工会} ...) with the run of name characters before it, as in {@code 能源板块党委}. The run
 *       stops at punctuation, white space and single-character function words ({@code 的}, {@code
 *       了}, {@code 在}, {@code 和} ...); a leading verb such as {@code 联合} or {@code 带领} and a
 *       leading date or term ({@code 二十届}) are cut off; a run of one character is no name. A run
 *       starting with {@code 各} names several organizations and gives nothing; a suffix followed by
 *       {@code 会} or {@code 员} ({@code 党委会}, {@code 工会会员}) is not an organization;
 *   <li>a shortened name that is the end of exactly one organization named before in the same
 *       article ({@code 板块党委} after {@code 能源板块党委}, a bare {@code 党支部} after {@code 第一党支部}) refers
 *       to that organization and adds no mention;
 *   <li>a person is a post from {@link #POSTS} followed by a name: a surname and {@code 某} or
 *       {@code 某某} ({@code 朱某某}), or two or three Han characters starting with a common surname and
 *       followed by punctuation, the end of the text or {@code 同志}. The post follows an
 *       organization ({@code 集团工会主席李某}: post {@code 工会主席}, organization {@code 集团工会}) or stands
 *       after a boundary ({@code 、副书记王某某}: post {@code 副书记}, no organization); a post glued to
 *       other words ({@code 各支部书记}) gives nothing.
 * </ul>
 *
 * Mentions come in order of first mention, without duplicates. Linking them to the organizations
 * and members of a dataset is not done here.
 */
public final class Mentions {

  /** The endings of organization names, longest first so that the longest one wins. */
  static final List<String> SUFFIXES =
      List.of("工会联合会", "联合党支部", "党工委", "党总支", "党支部", "团总支", "团支部", "党委", "工会", "团委", "纪委");

  /** The posts a person can be named with, longest first. */
  static final List<String> POSTS =
      List.of(
          "专职副书记", "常务副主席", "组织委员", "宣传委员", "纪检委员", "青年委员", "统战委员", "副书记", "副主席", "书记", "主席", "委员");

  /** Characters that end the run of an organization name (function words, pronouns). */
  private static final String BOUNDARY_CHARACTERS = "的了在和与及由对向为将被把从给跟等是并即或经据以于让请受至该本此其";

  /** Verbs cut off the start of an organization name run. */
  private static final List<String> LEADING_VERBS =
      List.of(
          "会同", "联合", "带领", "指导", "召开", "参加", "协助", "配合", "走进", "来到", "前往", "邀请", "依托", "通过", "组织了",
          "举办");

  private static final int MAX_NAME_RUN = 30;

  /** Common surnames, for names written in full (names with 某 need none). */
  private static final Set<Character> SURNAMES =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
          .chars()
          .mapToObj(c -> (char) c)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private Mentions() {}

  /** The organizations and people of one article, in order of first mention. */
  public record Found(List<OrganizationMention> organizations, List<PersonMention> people) {}

  /**
   * Extracts the mentions of one article.
   *
   * @param texts the headline and the paragraphs, in print order
   * @return the organizations and people named, possibly none
   */
  public static Found extract(List<String> texts) {
    Scan scan = new Scan();
    for (String text : texts) {
      scan.text(text);
    }
    return new Found(
        scan.organizations.stream()
            .map(name -> (OrganizationMention) OrganizationMention.builder().name(name).build())
            .toList(),
        List.copyOf(scan.people));
  }

  /** The state of one article's scan. */
  private static final class Scan {
    final List<String> organizations = new ArrayList<>();
    final List<PersonMention> people = new ArrayList<>();

    void text(String text) {
      int runStart = 0;
      // the organization that ends right before the current position, for a following post
      int orgEnd = -1;
      String orgSuffix = null;
      Optional<String> orgName = Optional.empty();
      int i = 0;
      while (i < text.length()) {
        String suffix = startsWithAny(text, i, SUFFIXES);
        if (suffix != null && !continuesAsWord(text, i + suffix.length())) {
          Optional<String> run = nameRun(text, runStart, i);
          boolean several = run.isPresent() && run.get().startsWith("各");
          orgName = several ? Optional.empty() : organization(run.map(r -> r + suffix), suffix);
          orgSuffix = several ? null : suffix;
          i += suffix.length();
          orgEnd = i;
          runStart = i;
          continue;
        }
        String post = startsWithAny(text, i, POSTS);
        if (post != null) {
          boolean afterOrganization = orgEnd == i && orgSuffix != null;
          boolean afterBoundary = i == 0 || isBoundary(text.charAt(i - 1));
          int nameEnd = personName(text, i + post.length());
          if (nameEnd > 0 && (afterOrganization || afterBoundary)) {
            String name = text.substring(i + post.length(), nameEnd);
            PersonMention person =
                PersonMention.builder()
                    .name(name)
                    .post(afterOrganization ? orgSuffix + post : post)
                    .organization(afterOrganization ? orgName : Optional.empty())
                    .build();
            if (!people.contains(person)) {
              people.add(person);
            }
            i = nameEnd;
            if (text.startsWith("同志", i)) {
              i += 2;
            }
          } else {
            i += post.length();
          }
          orgEnd = -1;
          orgSuffix = null;
          runStart = i;
          continue;
        }
        i++;
      }
    }

    /**
     * Records an organization name and gives the name it stands for: an earlier full name it
     * shortens, or the name itself; a bare suffix that shortens no earlier name gives empty.
     */
    Optional<String> organization(Optional<String> printed, String suffix) {
      String name = printed.orElse(suffix);
      if (organizations.contains(name)) {
        return Optional.of(name);
      }
      List<String> longer = organizations.stream().filter(o -> o.endsWith(name)).toList();
      if (longer.size() == 1) {
        return Optional.of(longer.get(0));
      }
      if (printed.isEmpty() || longer.size() > 1) {
        return Optional.empty(); // a bare suffix, or a short name of several: not clear
      }
      organizations.add(name);
      return Optional.of(name);
    }
  }

  /**
   * The run of name characters that ends at {@code end}, starting no earlier than {@code from},
   * with a leading date, term and verbs cut off; empty when less than two characters are left.
   */
  /**
   * What may stand before a name in a run and is cut off: a date ({@code 2024年1月}, {@code 1月13日})
   * and a term ({@code 二十届}), in that order, each optional.
   */
  private static final Pattern LEADING_DATE_OR_TERM =
      Pattern.compile(
          "^(?:[0-9]{4}年(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?)?(?:[0-9]{1,2}月[0-9]{1,2}日)?"
              + "(?:第?[0-9一二三四五六七八九十百]+届)?");

  private static Optional<String> nameRun(String text, int from, int end) {
    int start = end;
    while (start > from && isNameCharacter(text.charAt(start - 1))) {
      start--;
    }
    String run = text.substring(start, end);
    boolean cut = true;
    while (cut && !run.isEmpty()) {
      cut = false;
      String withoutDate = LEADING_DATE_OR_TERM.matcher(run).replaceFirst("");
      if (!withoutDate.equals(run)) {
        run = withoutDate;
        cut = true;
      }
      for (String verb : LEADING_VERBS) {
        if (run.startsWith(verb)) {
          run = run.substring(verb.length());
          cut = true;
        }
      }
    }
    if (run.length() < 2 || run.length() > MAX_NAME_RUN || Character.isDigit(run.charAt(0))) {
      return Optional.empty();
    }
    return Optional.of(run);
  }

  /** The end of a person's name starting at {@code start}, or -1 when there is no clear name. */
  private static int personName(String text, int start) {
    int i = start;
    int surname = 0;
    while (i < text.length()
        && surname < 2
        && isHan(text.charAt(i))
        && text.charAt(i) != '某'
        && BOUNDARY_CHARACTERS.indexOf(text.charAt(i)) < 0) {
      i++;
      surname++;
    }
    if (surname > 0 && i < text.length() && text.charAt(i) == '某') {
      int end = i + 1;
      if (end < text.length() && text.charAt(end) == '某') {
        end++;
      }
      return end;
    }
    if (start >= text.length() || !SURNAMES.contains(text.charAt(start))) {
      return -1;
    }
    for (int length = 3; length >= 2; length--) {
      int end = start + length;
      if (end > text.length() || !allHan(text, start, end)) {
        continue;
      }
      if (end == text.length() || !isHan(text.charAt(end)) || text.startsWith("同志", end)) {
        return end;
      }
    }
    return -1;
  }

  private static boolean continuesAsWord(String text, int end) {
    return end < text.length() && (text.charAt(end) == '会' || text.charAt(end) == '员');
  }

  private static String startsWithAny(String text, int at, List<String> words) {
    for (String word : words) {
      if (text.startsWith(word, at)) {
        return word;
      }
    }
    return null;
  }

  private static boolean isNameCharacter(char c) {
    return (isHan(c) && BOUNDARY_CHARACTERS.indexOf(c) < 0)
        || (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9');
  }

  private static boolean isBoundary(char c) {
    return !isHan(c) || BOUNDARY_CHARACTERS.indexOf(c) >= 0;
  }

  private static boolean allHan(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!isHan(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
