package org.dangjian.core.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.bulletin.BulletinItem;
import org.dangjian.core.bulletin.ImmutableBulletinItem;
import org.dangjian.core.bulletin.Masthead;
import org.dangjian.core.bulletin.OrganizationMention;
import org.dangjian.core.bulletin.PersonMention;
import org.dangjian.core.bulletin.Publisher;
import org.dangjian.core.bulletin.Section;
import org.dangjian.core.bulletin.SectionKind;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.link.LinkSuggestion.Match;
import org.dangjian.core.link.LinkSuggestion.Target;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.PostHolding;
import org.dangjian.core.organization.PostKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MentionLinkerTest {

  private static final LocalDate FROM = LocalDate.of(2022, 12, 27);

  private static Organization org(String id, String name, OrganizationKind kind, PostHolding... p) {
    return Organization.builder().id(id).name(name).kind(kind).addPosts(p).build();
  }

  private static PostHolding holding(PostKind post, String memberId, String name, LocalDate until) {
    return PostHolding.builder()
        .post(post)
        .memberId(memberId)
        .holderName(name)
        .from(FROM)
        .until(java.util.Optional.ofNullable(until))
        .build();
  }

  private static final Dataset DATA =
      Dataset.builder()
          .addOrganization(
              org(
                  "g",
                  "中共协鑫集团委员会",
                  OrganizationKind.PARTY_COMMITTEE,
                  holding(PostKind.SECRETARY, "m1", "朱某某", null),
                  holding(PostKind.DEPUTY_SECRETARY, "m2", "王某", null)))
          .addOrganization(
              org(
                  "e",
                  "中共协鑫集团能源板块委员会",
                  OrganizationKind.PARTY_COMMITTEE,
                  holding(PostKind.SECRETARY, "m3", "李某某", LocalDate.of(2024, 1, 10)),
                  PostHolding.builder()
                      .post(PostKind.SECRETARY)
                      .memberId("m4")
                      .holderName("赵某")
                      .from(LocalDate.of(2024, 1, 10))
                      .build()))
          .addOrganization(org("u", "协鑫集团工会", OrganizationKind.TRADE_UNION))
          .addOrganization(org("b1", "集团机关第一党支部", OrganizationKind.BRANCH))
          .addOrganization(org("b2", "能源板块第一党支部", OrganizationKind.BRANCH))
          .build();

  private static final MentionLinker LINKER = MentionLinker.of(DATA);

  private static Bulletin bulletin(BulletinItem item) {
    return Bulletin.builder()
        .masthead(
            Masthead.builder()
                .title("党群工作简报")
                .addPublisher(Publisher.builder().name("协鑫集团党委").build())
                .addPublisher(Publisher.builder().name("工会").build())
                .addPublisher(Publisher.builder().name("团委").build())
                .period(YearMonth.of(2024, 1))
                .build())
        .addSection(
            Section.builder()
                .kind(SectionKind.GRASSROOTS_PARTY)
                .heading("基层党建动态")
                .addItem(item)
                .build())
        .build();
  }

  private static BulletinItem item(LocalDate date, String... organizations) {
    var item = BulletinItem.builder().headline("会议").date(date).addParagraph("正文。");
    for (String name : organizations) {
      item.addOrganization(OrganizationMention.builder().name(name).build());
    }
    return item.build();
  }

  @ParameterizedTest
  @CsvSource({
    "中共协鑫集团委员会, g, EXACT_NAME",
    "协鑫集团党委, g, SHORT_NAME",
    "协鑫集团能源板块党委, e, SHORT_NAME",
    "能源板块党委, e, SHORT_NAME",
    "机关第一党支部, b1, UNIQUE_SUFFIX",
    "集团机关第一党支部, b1, EXACT_NAME"
  })
  void organizationMentionsAreMatchedByNameShortNameOrUniqueSuffix(
      String printed, String id, Match match) {
    List<LinkSuggestion> links = LINKER.suggest(bulletin(item(LocalDate.of(2024, 1, 13), printed)));
    assertThat(links)
        .filteredOn(l -> l.fieldPath().startsWith("sections"))
        .extracting(LinkSuggestion::fieldPath, LinkSuggestion::id, LinkSuggestion::match)
        .containsExactly(tuple("sections[0].items[0].organizations[0]", id, match));
  }

  @ParameterizedTest
  @CsvSource({"第一党支部", "团委", "某某公司党委"})
  void ambiguousShortOrUnknownNamesGiveNoSuggestion(String printed) {
    assertThat(LINKER.suggest(bulletin(item(LocalDate.of(2024, 1, 13), printed))))
        .noneMatch(l -> l.fieldPath().startsWith("sections"));
  }

  @Test
  void laterPublishersAreReadWithTheFirstPublishersUnit() {
    assertThat(LINKER.suggest(bulletin(item(LocalDate.of(2024, 1, 13)))))
        .extracting(LinkSuggestion::fieldPath, LinkSuggestion::id, LinkSuggestion::match)
        .containsExactly(
            tuple("masthead.publishers[0]", "g", Match.SHORT_NAME),
            tuple("masthead.publishers[1]", "u", Match.SHORT_NAME));
  }

  @Test
  void peopleAreMatchedToTheHolderOfThePrintedPostOnTheItemsDate() {
    BulletinItem item =
        ImmutableBulletinItem.copyOf(item(LocalDate.of(2024, 1, 5)))
            .withPeople(
                person("李某某", "党委书记", "能源板块党委"),
                person("赵某", "党委书记", "能源板块党委"),
                person("王某", "副书记", "协鑫集团党委"),
                person("王某", "书记", "协鑫集团党委"),
                person("朱某某", "党委书记", null));
    assertThat(LINKER.suggest(bulletin(item)))
        .filteredOn(l -> l.target() == Target.MEMBER)
        .extracting(LinkSuggestion::fieldPath, LinkSuggestion::id)
        .containsExactly(
            tuple("sections[0].items[0].people[0]", "m3"),
            tuple("sections[0].items[0].people[2]", "m2"),
            tuple("sections[0].items[0].people[4]", "m1"));
  }

  @Test
  void applyingTheSuggestionsLinksTheMentionsAndNothingElse() {
    BulletinItem item =
        ImmutableBulletinItem.copyOf(item(LocalDate.of(2024, 1, 13), "能源板块党委", "某某公司党委"))
            .withPeople(person("赵某", "党委书记", "能源板块党委"));
    Bulletin bulletin = bulletin(item);
    List<LinkSuggestion> links = LINKER.suggest(bulletin);
    Bulletin linked = MentionLinker.apply(bulletin, links);
    BulletinItem linkedItem = linked.sections().get(0).items().get(0);
    assertThat(linkedItem.organizations())
        .extracting(m -> m.organizationId().orElse("-"))
        .containsExactly("e", "-");
    assertThat(linkedItem.people()).extracting(p -> p.memberId().orElse("-")).containsExactly("m4");
    assertThat(linked.masthead().publishers())
        .extracting(p -> p.organizationId().orElse("-"))
        .containsExactly("g", "u", "-");
    assertThat(LINKER.suggest(linked)).isEmpty();
    assertThat(MentionLinker.apply(bulletin, List.of())).isEqualTo(bulletin);
  }

  @ParameterizedTest
  @CsvSource({"中共瑞丰集团委员会, 瑞丰集团党委", "瑞丰集团机关党总支部委员会, 瑞丰集团机关党总支", "第一党支部委员会, 第一党支部", "协鑫集团工会, 协鑫集团工会"})
  void shortNamesAreTheFormsBulletinsPrint(String name, String shortName) {
    assertThat(MentionLinker.shortName(name)).isEqualTo(shortName);
  }

  private static PersonMention person(String name, String post, String organization) {
    return PersonMention.builder()
        .name(name)
        .post(post)
        .organization(java.util.Optional.ofNullable(organization))
        .build();
  }
}
