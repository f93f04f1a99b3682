package org.dangjian.validation.internal.rules;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.bulletin.BulletinItem;
import org.dangjian.core.bulletin.Section;
import org.dangjian.core.bulletin.StatisticsBlock;
import org.dangjian.validation.internal.Catalogue;
import org.dangjian.validation.internal.RecordContext;
import org.dangjian.validation.internal.RuleCodes;
import org.dangjian.validation.rule.Rule;

/**
 * Checks the figures that a bulletin's items state in their text against the bulletin's own
 * statistics block ({@code BUL-STATS-ITEM-FIGURE}, a warning): a number of grassroots party
 * organizations ({@code 135家基层党组织}, {@code 党组织共135个}) or of Party members ({@code 3100名党员}, {@code
 * 党员3100名}) contradicts the block when it is larger than the block's total (no part can exceed the
 * whole) or when the text states it for the whole group ({@code 全集团}, {@code 集团共有}, {@code 全公司})
 * and it differs. A smaller figure about one organization is a part, not a contradiction. The block
 * is the first of the bulletin that states the total.
 */
final class ItemFigures {

  static final Rule ITEM_FIGURE = Catalogue.rule(RuleCodes.BUL_STATS_ITEM_FIGURE);

  private static final String NUMBER = "([0-9]{1,9})";
  private static final List<String> SCOPES = List.of("全集团", "集团共有", "集团现有", "全公司", "公司共有", "全系统");
  private static final String CLAUSE_ENDS = "，,。；;、！？";
  private static final Pattern ORGANIZATIONS_AFTER =
      Pattern.compile(NUMBER + "\\s*[家个]\\s*(?:基层)?党组织");
  private static final Pattern ORGANIZATIONS_BEFORE =
      Pattern.compile("(?:基层)?党组织(?:总数)?(?:共|有|为|达)?\\s*" + NUMBER + "\\s*[家个]");
  private static final Pattern MEMBERS_AFTER = Pattern.compile(NUMBER + "\\s*名\\s*党员");
  private static final Pattern MEMBERS_BEFORE =
      Pattern.compile("党员(?:总数|人数)?(?:共|有|为|达)?\\s*" + NUMBER + "\\s*[名人]");

  private ItemFigures() {}

  /** Reports every item figure of {@code bulletin} that contradicts its statistics block. */
  static void check(Bulletin bulletin, RecordContext context) {
    if (!context.isEnabled(ITEM_FIGURE)) {
      return;
    }
    OptionalInt organizations = OptionalInt.empty();
    OptionalInt members = OptionalInt.empty();
    for (Section section : bulletin.sections()) {
      if (section.statistics().isPresent()) {
        StatisticsBlock block = section.statistics().get();
        organizations = organizations.isPresent() ? organizations : block.organizationTotal();
        members = members.isPresent() ? members : block.memberTotal();
      }
    }
    if (organizations.isEmpty() && members.isEmpty()) {
      return;
    }
    List<Section> sections = bulletin.sections();
    for (int s = 0; s < sections.size(); s++) {
      List<BulletinItem> items = sections.get(s).items();
      for (int i = 0; i < items.size(); i++) {
        String path = "sections[" + s + "].items[" + i + "]";
        BulletinItem item = items.get(i);
        text(item.headline(), path + ".headline", organizations, members, context);
        for (int p = 0; p < item.paragraphs().size(); p++) {
          text(
              item.paragraphs().get(p),
              path + ".paragraphs[" + p + "]",
              organizations,
              members,
              context);
        }
      }
    }
  }

  private static void text(
      String text,
      String field,
      OptionalInt organizations,
      OptionalInt members,
      RecordContext context) {
    for (Pattern pattern : List.of(ORGANIZATIONS_AFTER, ORGANIZATIONS_BEFORE)) {
      find(text, field, pattern, organizations, "党组织总数", "organization total", context);
    }
    for (Pattern pattern : List.of(MEMBERS_AFTER, MEMBERS_BEFORE)) {
      find(text, field, pattern, members, "党员总数", "member total", context);
    }
  }

  private static void find(
      String text,
      String field,
      Pattern pattern,
      OptionalInt total,
      String figure,
      String figureEn,
      RecordContext context) {
    if (total.isEmpty()) {
      return;
    }
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      long stated = Long.parseLong(m.group(1));
      int clause = m.start();
      while (clause > 0 && CLAUSE_ENDS.indexOf(text.charAt(clause - 1)) < 0) {
        clause--;
      }
      String before = text.substring(clause, m.start());
      int scope = -1;
      for (String word : SCOPES) {
        int at = before.lastIndexOf(word);
        scope = at >= 0 && (scope < 0 || at < scope) ? at : scope;
      }
      boolean wholeGroup = scope >= 0;
      if (stated > total.getAsInt() || (wholeGroup && stated != total.getAsInt())) {
        String shown = wholeGroup ? before.substring(scope) + m.group() : m.group();
        context.report(
            ITEM_FIGURE,
            field,
            shown.strip(),
            "stated",
            stated,
            "figure",
            figure,
            "figureEn",
            figureEn,
            "total",
            total.getAsInt());
      }
    }
  }
}
