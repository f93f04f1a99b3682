package org.dangjian.core.dataset;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.organization.Organization;

/**
 * A {@link Dataset} as it stood on one date, derived from the dated facts: the organizations that
 * existed (founded on or before, not yet dissolved), each person's stage (from the development
 * steps, after departures) and home organization (after transfers), the tree, and head counts per
 * organization and per subtree. It is computed once, in time linear in the size of the dataset, and
 * is immutable.
 */
public final class DatasetView {

  private final Dataset dataset;
  private final LocalDate date;
  private final List<Organization> organizations;
  private final Map<String, Organization> organizationIndex;
  private final Map<String, List<Organization>> children;
  private final List<Placed> people;
  private final Map<String, List<Placed>> peopleByOrganization;

  DatasetView(Dataset dataset, LocalDate date) {
    this.dataset = dataset;
    this.date = date;
    this.organizations = dataset.organizations().stream().filter(o -> o.existsOn(date)).toList();
    Map<String, Organization> index = new HashMap<>();
    organizations.forEach(o -> index.putIfAbsent(o.id(), o));
    this.organizationIndex = Collections.unmodifiableMap(index);
    Map<String, List<Organization>> tree = new LinkedHashMap<>();
    for (Organization org : organizations) {
      org.parentId().ifPresent(p -> tree.computeIfAbsent(p, k -> new ArrayList<>()).add(org));
    }
    this.children = tree;
    List<Placed> placed = new ArrayList<>();
    Map<String, List<Placed>> byOrg = new HashMap<>();
    for (Member member : dataset.members()) {
      Optional<MemberStage> stage = member.stageOn(date);
      Optional<String> org = member.organizationOn(date);
      if (stage.isPresent() && org.isPresent()) {
        Placed p = new Placed(member, stage.get(), org.get());
        placed.add(p);
        byOrg.computeIfAbsent(p.organizationId(), k -> new ArrayList<>()).add(p);
      }
    }
    this.people = Collections.unmodifiableList(placed);
    this.peopleByOrganization = byOrg;
  }

  /** The dataset this view derives from. */
  public Dataset dataset() {
    return dataset;
  }

  /** The date of the view. */
  public LocalDate date() {
    return date;
  }

  /** The organizations that existed on the date, in file order. */
  public List<Organization> organizations() {
    return organizations;
  }

  /** The organization with {@code id}, if it existed on the date. */
  public Optional<Organization> organization(String id) {
    return Optional.ofNullable(organizationIndex.get(id));
  }

  /** The existing organizations whose parent is {@code id}. */
  public List<Organization> children(String id) {
    return List.copyOf(children.getOrDefault(id, List.of()));
  }

  /**
   * The organization {@code id} and all existing organizations below it, parents before children. A
   * cycle in faulty data is walked once.
   */
  public List<Organization> subtree(String id) {
    List<Organization> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Deque<String> queue = new ArrayDeque<>();
    queue.add(id);
    while (!queue.isEmpty()) {
      String next = queue.removeFirst();
      if (!seen.add(next)) {
        continue;
      }
      Organization org = organizationIndex.get(next);
      if (org != null) {
        out.add(org);
      }
      children.getOrDefault(next, List.of()).forEach(c -> queue.addLast(c.id()));
    }
    return out;
  }

  /** Everyone active on the date, with their stage and home organization on that date. */
  public List<Placed> people() {
    return people;
  }

  /** The Party members (probationary and full) on the date. */
  public List<Placed> partyMembers() {
    return people.stream().filter(p -> p.stage().isPartyMember()).toList();
  }

  /** The people whose home organization on the date is {@code id}. */
  public List<Placed> peopleOf(String id) {
    return List.copyOf(peopleByOrganization.getOrDefault(id, List.of()));
  }

  /** The members directly attached to organization {@code id}. */
  public HeadCount headCount(String id) {
    return count(peopleByOrganization.getOrDefault(id, List.of()));
  }

  /** The members of organization {@code id} and of every organization below it. */
  public HeadCount subtreeHeadCount(String id) {
    HeadCount sum = HeadCount.ZERO;
    for (Organization org : subtree(id)) {
      sum = sum.plus(headCount(org.id()));
    }
    return sum;
  }

  /** The members of the whole view. */
  public HeadCount headCount() {
    return count(people);
  }

  private static HeadCount count(List<Placed> placed) {
    int full = 0;
    int probationary = 0;
    for (Placed p : placed) {
      if (p.stage() == MemberStage.FULL) {
        full++;
      } else if (p.stage() == MemberStage.PROBATIONARY) {
        probationary++;
      }
    }
    return new HeadCount(full, probationary);
  }

  /**
   * A person as placed on the view's date.
   *
   * @param member the record
   * @param stage the stage on the date
   * @param organizationId the home organization on the date
   */
  public record Placed(Member member, MemberStage stage, String organizationId) {}
}
