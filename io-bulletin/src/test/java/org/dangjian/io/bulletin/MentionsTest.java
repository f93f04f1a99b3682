package org.dangjian.io.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.dangjian.core.bulletin.OrganizationMention;
import org.dangjian.core.bulletin.PersonMention;
import org.dangjian.io.bulletin.internal.Mentions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Organizations and people with posts found in article text: clear patterns only. */
class MentionsTest {

  static List<String> organizations(String... texts) {
    return Mentions.extract(List.of(texts)).organizations().stream()
        .map(OrganizationMention::name)
        .toList();
  }

  static List<PersonMention> people(String... texts) {
    return Mentions.extract(List.of(texts)).people();
  }

  static PersonMention person(String name, String post, String organization) {
    return PersonMention.builder()
        .name(name)
        .post(post)
        .organization(Optional.ofNullable(organization))
        .build();
  }

  @Test
  void organizationsWithTheNameRunBeforeTheirEnding() {
    assertThat(
            organizations(
                "1月13日，能源板块党委召开述职评议会，在协鑫集团工会的指导下，联合科技板块团委和某某公司联合党支部开展活动",
                "苏州市工会联合会、新能源板块党总支、集团纪委与开发区党工委参加。"))
        .containsExactly(
            "能源板块党委", "协鑫集团工会", "科技板块团委", "某某公司联合党支部", "苏州市工会联合会", "新能源板块党总支", "集团纪委", "开发区党工委");
  }

  @Test
  void aLeadingDateTermOrVerbIsNoPartOfTheName() {
    assertThat(organizations("2024年集团党委召开会议", "二十届中央纪委三次全会", "带领能源板块团支部参观"))
        .containsExactly("集团党委", "中央纪委", "能源板块团支部");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "各板块党委要高度重视", // several organizations
        "召开党委会研究部署", // a meeting, not an organization
        "工会会员代表参加", // members
        "共青团委员会", // 团委 inside a longer word
        "党支部书记讲党课", // a bare ending names nothing
        "作工会工作报告", // a run of one character is no name
      })
  void unclearPatternsGiveNoOrganization(String text) {
    assertThat(organizations(text)).isEmpty();
  }

  @Test
  void aShortenedNameRefersBackToTheOneOrganizationItShortens() {
    var found = Mentions.extract(List.of("能源板块党委召开述职评议会", "会上，板块党委书记王某某逐一点评，该党委副书记李某某作总结。"));
    assertThat(found.organizations())
        .extracting(OrganizationMention::name)
        .containsExactly("能源板块党委");
    assertThat(found.people())
        .containsExactly(person("王某某", "党委书记", "能源板块党委"), person("李某某", "党委副书记", "能源板块党委"));
  }

  @Test
  void aShortenedNameOfSeveralOrganizationsIsNotResolved() {
    var found = Mentions.extract(List.of("能源板块党委和科技板块党委联合召开会议，板块党委书记王某某讲话。"));
    assertThat(found.organizations())
        .extracting(OrganizationMention::name)
        .containsExactly("能源板块党委", "科技板块党委");
    assertThat(found.people()).containsExactly(person("王某某", "党委书记", null));
  }

  @Test
  void peopleWithPostsAndTheOrganizationOfThePost() {
    assertThat(people("集团工会主席李某作报告，集团党委副书记、纪委书记张某某出席。", "党支部组织委员赵某、宣传委员钱某某，团委书记陈伟，集团党委书记周强同志讲话。"))
        .containsExactly(
            person("李某", "工会主席", "集团工会"),
            person("张某某", "纪委书记", null),
            person("赵某", "党支部组织委员", null),
            person("钱某某", "宣传委员", null),
            person("陈伟", "团委书记", null),
            person("周强", "党委书记", "集团党委"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "各支部书记逐一述职", // a post glued to another word
        "集团党委书记张伟出席会议", // a full name followed by more Han text: where does it end?
        "党委委员会议召开", // no name after the post
        "集团党委书记在会上讲话", // a function word, not a surname
      })
  void unclearPatternsGiveNoPerson(String text) {
    assertThat(people(text)).isEmpty();
  }

  @Test
  void mentionsComeOnceInOrderOfFirstMention() {
    var found = Mentions.extract(List.of("集团工会召开会议", "集团党委书记朱某某讲话，集团工会主席李某主持", "集团党委书记朱某某强调"));
    assertThat(found.organizations())
        .extracting(OrganizationMention::name)
        .containsExactly("集团工会", "集团党委");
    assertThat(found.people())
        .containsExactly(person("朱某某", "党委书记", "集团党委"), person("李某", "工会主席", "集团工会"));
  }
}
