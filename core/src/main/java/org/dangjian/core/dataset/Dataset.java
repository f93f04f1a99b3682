package org.dangjian.core.dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.PairingAgreement;
import org.dangjian.core.organization.Unit;
import org.dangjian.core.points.PointEntry;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordVisitor;
import org.dangjian.core.vanguard.Team;
import org.immutables.value.Value;

/**
 * The aggregate of everything a group keeps: its organizations, the members and people in the
 * development pipeline, the activities held, the pairing agreements signed and the bulletins that
 * report on them. It offers lookups by id and the tree structure, built lazily once, and {@link
 * #asOf(LocalDate)}, the view of the data as it stood on a date. A dataset may hold faulty data
 * (dangling references, duplicate ids): lookups then answer with the first record of an id, and the
 * validation layer reports the rest.
 *
 * <pre>{@code
 * Dataset data = Dataset.builder().addAllOrganizations(orgs).addAllMembers(members).build();
 * DatasetView view = data.asOf(LocalDate.of(2024, 1, 31));
 * }</pre>
 */
@Value.Immutable
public abstract class Dataset {

  /** The organizations, in file order. */
  public abstract List<Organization> organizations();

  /** The members and pipeline people, in file order. */
  public abstract List<Member> members();

  /** The activities, in file order. */
  public abstract List<Activity> activities();

  /** The pairing agreements. */
  public abstract List<PairingAgreement> pairings();

  /** The bulletins (党群工作简报) that report on the data, in file order. */
  public abstract List<Bulletin> bulletins();

  /** The units (单位) a park or group tracks for its coverage, in file order. */
  public abstract List<Unit> units();

  /** The entries of the points ledger (党员积分), in file order. */
  public abstract List<PointEntry> pointEntries();

  /** The vanguard posts and teams, in file order. */
  public abstract List<Team> teams();

  /** Starts a builder. */
  public static ImmutableDataset.Builder builder() {
    return ImmutableDataset.builder();
  }

  @Value.Lazy
  Map<String, Organization> organizationIndex() {
    Map<String, Organization> index = new HashMap<>();
    organizations().forEach(o -> index.putIfAbsent(o.id(), o));
    return index;
  }

  @Value.Lazy
  Map<String, Member> memberIndex() {
    Map<String, Member> index = new HashMap<>();
    members().forEach(m -> index.putIfAbsent(m.id(), m));
    return index;
  }

  @Value.Lazy
  Map<String, List<Organization>> childIndex() {
    Map<String, List<Organization>> index = new LinkedHashMap<>();
    for (Organization org : organizations()) {
      org.parentId().ifPresent(p -> index.computeIfAbsent(p, k -> new ArrayList<>()).add(org));
    }
    return index;
  }

  @Value.Lazy
  Map<String, List<Member>> membersByOrganization() {
    Map<String, List<Member>> index = new LinkedHashMap<>();
    for (Member member : members()) {
      index.computeIfAbsent(member.organizationId(), k -> new ArrayList<>()).add(member);
    }
    return index;
  }

  @Value.Lazy
  Map<String, List<Activity>> activitiesByOrganization() {
    Map<String, List<Activity>> index = new LinkedHashMap<>();
    for (Activity activity : activities()) {
      index.computeIfAbsent(activity.organizationId(), k -> new ArrayList<>()).add(activity);
    }
    return index;
  }

  /** The organization with {@code id}. */
  public Optional<Organization> organization(String id) {
    return Optional.ofNullable(organizationIndex().get(id));
  }

  /** The member with {@code id}. */
  public Optional<Member> member(String id) {
    return Optional.ofNullable(memberIndex().get(id));
  }

  /** The organizations whose parent is {@code id}, in file order. */
  public List<Organization> children(String id) {
    return List.copyOf(childIndex().getOrDefault(id, List.of()));
  }

  /** The organizations without a parent, in file order. */
  public List<Organization> roots() {
    return organizations().stream().filter(o -> o.parentId().isEmpty()).toList();
  }

  /** The members whose current home organization is {@code id}, in file order. */
  public List<Member> membersOf(String id) {
    return List.copyOf(membersByOrganization().getOrDefault(id, List.of()));
  }

  /** The activities held by organization {@code id}. */
  public List<Activity> activitiesOf(String id) {
    return List.copyOf(activitiesByOrganization().getOrDefault(id, List.of()));
  }

  /** The posts the member {@code memberId} holds or held, in any organization. */
  public List<HeldPost> postsOf(String memberId) {
    List<HeldPost> held = new ArrayList<>();
    for (Organization org : organizations()) {
      org.posts().stream()
          .filter(p -> p.memberId().filter(memberId::equals).isPresent())
          .forEach(p -> held.add(new HeldPost(org, p)));
    }
    return held;
  }

  /** The pairing agreements that organization {@code id} is a party to. */
  public List<PairingAgreement> pairingsOf(String id) {
    return pairings().stream().filter(p -> p.organizationIds().contains(id)).toList();
  }

  /**
   * Hands every record to {@code visitor}, kind after kind (organizations, members, activities,
   * pairings, bulletins, units, point entries, teams), each in file order and with an unknown
   * location: records in memory come from no file.
   */
  public void accept(RecordVisitor<Location> visitor) {
    Location unknown = Location.unknown();
    organizations().forEach(o -> visitor.organization(o, unknown));
    members().forEach(m -> visitor.member(m, unknown));
    activities().forEach(a -> visitor.activity(a, unknown));
    pairings().forEach(p -> visitor.pairing(p, unknown));
    bulletins().forEach(b -> visitor.bulletin(b, unknown));
    units().forEach(u -> visitor.unit(u, unknown));
    pointEntries().forEach(e -> visitor.pointEntry(e, unknown));
    teams().forEach(t -> visitor.team(t, unknown));
  }

  /** The data as it stood on {@code date}. */
  public DatasetView asOf(LocalDate date) {
    return new DatasetView(this, date);
  }

  /** A short summary with the number of records; never the records themselves. */
  @Override
  public String toString() {
    return "Dataset{organizations="
        + organizations().size()
        + ", members="
        + members().size()
        + ", activities="
        + activities().size()
        + ", pairings="
        + pairings().size()
        + ", bulletins="
        + bulletins().size()
        + (units().isEmpty() ? "" : ", units=" + units().size())
        + ", pointEntries="
        + pointEntries().size()
        + (teams().isEmpty() ? "" : ", teams=" + teams().size())
        + "}";
  }
}
