package org.dangjian.core.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dangjian.core.bulletin.Article;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.bulletin.BulletinItem;
import org.dangjian.core.bulletin.ImmutableBulletin;
import org.dangjian.core.bulletin.ImmutableBulletinItem;
import org.dangjian.core.bulletin.ImmutableMasthead;
import org.dangjian.core.bulletin.ImmutableOrganizationMention;
import org.dangjian.core.bulletin.ImmutablePersonMention;
import org.dangjian.core.bulletin.ImmutablePublisher;
import org.dangjian.core.bulletin.ImmutableSection;
import org.dangjian.core.bulletin.OrganizationMention;
import org.dangjian.core.bulletin.PersonMention;
import org.dangjian.core.bulletin.Publisher;
import org.dangjian.core.bulletin.Section;
import org.dangjian.core.code.Codes;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.link.LinkSuggestion.Match;
import org.dangjian.core.link.LinkSuggestion.Target;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.PostHolding;
import org.dangjian.core.organization.PostKind;

/**
 * Suggests links from the names a bulletin prints to the organizations and members of a dataset,
 * and applies the ones a caller accepts. Publishers and organization mentions are matched by exact
 * name, by the short name bulletins print ({@code 瑞丰集团党委} for {@code 中共瑞丰集团委员会}), or by a name that
 * exactly one organization's name ends with; a person mention is matched to the member who holds
 * the printed post ({@code 党委书记}, {@code 委员}, {@code 主席} ...) in the named organization on the
 * item's date (the end of the month when the item has none). A name that matches several
 * records gives no suggestion, and mentions that already carry an id are left alone. The linker
 * indexes the dataset once; {@link #suggest} is then linear in the size of the bulletin plus the
 * post holders of the organizations it names.
 *
 * <pre>{@code
 * MentionLinker linker = MentionLinker.of(dataset);
 * List<LinkSuggestion> suggestions = linker.suggest(bulletin);
 * Bulletin linked = MentionLinker.apply(bulletin, suggestions);
 * }</pre>
 */
public final class MentionLinker {

  private static final int MIN_SUFFIX = 4;
  private static final List<String> UNIT_SUFFIXES =
      List.of("党委", "党总支", "党支部", "委员会", "工会", "团委", "纪委", "党工委");

  private final List<Organization> organizations;
  private final List<Names> names = new ArrayList<>();
  private final Map<String, List<Organization>> byName = new HashMap<>();
  private final Map<String, List<Organization>> byShortName = new HashMap<>();

  private record Found(Organization organization, Match match) {}

  /** An organization's name and short name, normalized once for the suffix scan. */
  private record Names(Organization organization, String name, String shortName) {}

  private MentionLinker(Dataset dataset) {
    this.organizations = dataset.organizations();
    for (Organization o : organizations) {
      String name = normalize(o.name());
      String shortName = normalize(shortName(o.name()));
      names.add(new Names(o, name, shortName));
      byName.computeIfAbsent(name, k -> new ArrayList<>()).add(o);
      if (!shortName.equals(name)) {
        byShortName.computeIfAbsent(shortName, k -> new ArrayList<>()).add(o);
      }
    }
  }

  /**
   * A linker over the organizations of {@code dataset} and their post holders.
   *
   * @param dataset the data to link to
   * @return the linker
   */
  public static MentionLinker of(Dataset dataset) {
    return new MentionLinker(dataset);
  }

  /**
   * The short name a bulletin prints for an organization: {@code 中共X委员会} becomes {@code X党委},
   * {@code X党总支部委员会} becomes {@code X党总支}, {@code X党支部委员会} becomes {@code X党支部}; any other name is
   * its own short name.
   *
   * @param name the organization's full name
   * @return the short name
   */
  public static String shortName(String name) {
    if (name.startsWith("中共") && name.endsWith("委员会") && name.length() > 5) {
      return name.substring(2, name.length() - 3) + "党委";
    }
    if (name.endsWith("党总支部委员会")) {
      return name.substring(0, name.length() - 4);
    }
    if (name.endsWith("党支部委员会")) {
      return name.substring(0, name.length() - 3);
    }
    return name;
  }

  /**
   * The links this linker would make in {@code bulletin}, in print order: publishers, then each
   * item's organization and person mentions.
   *
   * @param bulletin the bulletin, linked or not
   * @return the suggestions for the names without an id that match exactly one record
   */
  public List<LinkSuggestion> suggest(Bulletin bulletin) {
    List<LinkSuggestion> out = new ArrayList<>();
    List<Publisher> publishers = bulletin.masthead().publishers();
    String prefix = publishers.isEmpty() ? "" : unitPrefix(normalize(publishers.get(0).name()));
    for (int p = 0; p < publishers.size(); p++) {
      Publisher publisher = publishers.get(p);
      if (publisher.organizationId().isEmpty()) {
        String path = "masthead.publishers[" + p + "]";
        organization(publisher.name(), p == 0 ? "" : prefix)
            .ifPresent(found -> out.add(organizationLink(path, publisher.name(), found)));
      }
    }
    LocalDate periodEnd = bulletin.masthead().period().atEndOfMonth();
    List<Section> sections = bulletin.sections();
    for (int s = 0; s < sections.size(); s++) {
      List<BulletinItem> items = sections.get(s).items();
      for (int i = 0; i < items.size(); i++) {
        BulletinItem item = items.get(i);
        String base = "sections[" + s + "].items[" + i + "].";
        mentions(item, base, item.date().orElse(periodEnd), prefix, out);
      }
    }
    return out;
  }

  /**
   * The links this linker would make in one article on its own, such as a news report: its
   * organization mentions, then its person mentions, with field paths {@code organizations[m]} and
   * {@code people[m]}. Post holders are looked up on the article's date, else on {@code date}.
   *
   * @param article the article, linked or not
   * @param date the date to look post holders up on when the article has none, for a news report
   *     its publication date
   * @return the suggestions for the names without an id that match exactly one record
   */
  public List<LinkSuggestion> suggest(Article article, LocalDate date) {
    List<LinkSuggestion> out = new ArrayList<>();
    mentions(article, "", article.date().orElse(date), "", out);
    return out;
  }

  private void mentions(
      Article item, String base, LocalDate date, String prefix, List<LinkSuggestion> out) {
    for (int m = 0; m < item.organizations().size(); m++) {
      OrganizationMention mention = item.organizations().get(m);
      if (mention.organizationId().isEmpty()) {
        String path = base + "organizations[" + m + "]";
        organization(mention.name(), prefix)
            .ifPresent(found -> out.add(organizationLink(path, mention.name(), found)));
      }
    }
    for (int m = 0; m < item.people().size(); m++) {
      PersonMention person = item.people().get(m);
      if (person.memberId().isEmpty()) {
        String path = base + "people[" + m + "]";
        holder(person, date, prefix)
            .ifPresent(
                holding ->
                    out.add(
                        new LinkSuggestion(
                            path,
                            person.name(),
                            Target.MEMBER,
                            holding.memberId().get(),
                            holding.holderName(),
                            Match.POST_HOLDER)));
      }
    }
  }

  /**
   * The bulletin with the ids of {@code accepted} written into the mentions they name. A suggestion
   * whose path names nothing in this bulletin, or a mention of the other target kind, is ignored.
   *
   * @param bulletin the bulletin
   * @param accepted the suggestions to apply, usually a subset of {@link #suggest}'s result
   * @return a copy with the ids set
   */
  public static Bulletin apply(Bulletin bulletin, List<LinkSuggestion> accepted) {
    Map<String, LinkSuggestion> byPath = new HashMap<>();
    accepted.forEach(link -> byPath.put(link.fieldPath(), link));
    List<Publisher> publishers = new ArrayList<>();
    for (int p = 0; p < bulletin.masthead().publishers().size(); p++) {
      Publisher publisher = bulletin.masthead().publishers().get(p);
      Optional<String> id = id(byPath, "masthead.publishers[" + p + "]", Target.ORGANIZATION);
      publishers.add(
          id.isPresent() ? ImmutablePublisher.copyOf(publisher).withOrganizationId(id) : publisher);
    }
    List<Section> sections = new ArrayList<>();
    for (int s = 0; s < bulletin.sections().size(); s++) {
      Section section = bulletin.sections().get(s);
      List<BulletinItem> items = new ArrayList<>();
      for (int i = 0; i < section.items().size(); i++) {
        items.add(
            linkItem(section.items().get(i), "sections[" + s + "].items[" + i + "].", byPath));
      }
      sections.add(ImmutableSection.copyOf(section).withItems(items));
    }
    return ImmutableBulletin.copyOf(bulletin)
        .withMasthead(ImmutableMasthead.copyOf(bulletin.masthead()).withPublishers(publishers))
        .withSections(sections);
  }

  private static BulletinItem linkItem(
      BulletinItem item, String base, Map<String, LinkSuggestion> byPath) {
    List<OrganizationMention> organizations = new ArrayList<>();
    for (int m = 0; m < item.organizations().size(); m++) {
      OrganizationMention mention = item.organizations().get(m);
      Optional<String> id = id(byPath, base + "organizations[" + m + "]", Target.ORGANIZATION);
      organizations.add(
          id.isPresent()
              ? ImmutableOrganizationMention.copyOf(mention).withOrganizationId(id)
              : mention);
    }
    List<PersonMention> people = new ArrayList<>();
    for (int m = 0; m < item.people().size(); m++) {
      PersonMention person = item.people().get(m);
      Optional<String> id = id(byPath, base + "people[" + m + "]", Target.MEMBER);
      people.add(id.isPresent() ? ImmutablePersonMention.copyOf(person).withMemberId(id) : person);
    }
    return ImmutableBulletinItem.copyOf(item).withOrganizations(organizations).withPeople(people);
  }

  private static Optional<String> id(Map<String, LinkSuggestion> byPath, String path, Target t) {
    LinkSuggestion link = byPath.get(path);
    return link != null && link.target() == t ? Optional.of(link.id()) : Optional.empty();
  }

  private static LinkSuggestion organizationLink(String path, String printed, Found found) {
    return new LinkSuggestion(
        path,
        printed,
        Target.ORGANIZATION,
        found.organization().id(),
        found.organization().name(),
        found.match());
  }

  private Optional<Found> organization(String printed, String prefix) {
    String name = normalize(printed);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Optional<Organization> exact = unique(byName.get(name));
    if (exact.isPresent()) {
      return Optional.of(new Found(exact.get(), Match.EXACT_NAME));
    }
    Optional<Organization> shortName = unique(byShortName.get(name));
    if (shortName.isEmpty() && !prefix.isEmpty() && !name.startsWith(prefix)) {
      shortName =
          unique(byName.get(prefix + name)).or(() -> unique(byShortName.get(prefix + name)));
    }
    if (shortName.isPresent()) {
      return Optional.of(new Found(shortName.get(), Match.SHORT_NAME));
    }
    if (name.length() < MIN_SUFFIX) {
      return Optional.empty();
    }
    Set<Organization> endingWith = new LinkedHashSet<>();
    for (Names n : names) {
      if (n.name().endsWith(name) || n.shortName().endsWith(name)) {
        endingWith.add(n.organization());
      }
    }
    return endingWith.size() == 1
        ? Optional.of(new Found(endingWith.iterator().next(), Match.UNIQUE_SUFFIX))
        : Optional.empty();
  }

  private Optional<PostHolding> holder(PersonMention person, LocalDate date, String prefix) {
    Optional<PostKind> post = person.post().flatMap(text -> Codes.lookup(PostKind.class, text));
    if (person.post().isPresent() && post.isEmpty()) {
      return Optional.empty();
    }
    List<Organization> candidates =
        person.organization().isPresent()
            ? organization(person.organization().get(), prefix)
                .map(found -> List.of(found.organization()))
                .orElse(List.of())
            : organizations;
    String name = normalize(person.name());
    Set<String> memberIds = new LinkedHashSet<>();
    PostHolding match = null;
    for (Organization o : candidates) {
      for (PostHolding holding : o.posts()) {
        if (holding.heldOn(date)
            && holding.memberId().isPresent()
            && normalize(holding.holderName()).equals(name)
            && (post.isEmpty() || holding.post() == post.get())) {
          memberIds.add(holding.memberId().get());
          match = holding;
        }
      }
    }
    return memberIds.size() == 1 ? Optional.of(match) : Optional.empty();
  }

  private static Optional<Organization> unique(List<Organization> found) {
    return found != null && found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /** The unit part of a publisher's name: {@code 协鑫集团} of {@code 协鑫集团党委}; empty if none. */
  private static String unitPrefix(String name) {
    for (String suffix : UNIT_SUFFIXES) {
      if (name.endsWith(suffix) && name.length() > suffix.length()) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return "";
  }

  /** Removes the white space (full-width included) that PDF text and typing scatter in names. */
  private static String normalize(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00a0') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
