package org.dangjian.testkit.internal.mutation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.ImmutableDataset;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.ImmutableDevelopment;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.ImmutableStepRecord;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.member.PayerCategory;
import org.dangjian.core.member.StepRecord;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.PairingAgreement;
import org.dangjian.core.organization.PostHolding;
import org.dangjian.core.organization.Unit;
import org.dangjian.testkit.Defect;

/**
 * The small edits every one-defect mutator is made of: finding a record by a fixed scan (from a
 * third of the list, so as to avoid the edge records), replacing or adding one record, and making
 * identifiers no record of the dataset uses. Each edit returns a new dataset; the input is never
 * changed.
 */
public final class Edits {

  private Edits() {}

  /** The first member matching, scanning from a third of the list; fails naming the defect. */
  public static Member member(Dataset d, Predicate<Member> test, Defect defect) {
    return scan(d.members(), test, defect, "member");
  }

  /** The first organization matching, scanning from a third of the list. */
  public static Organization organization(Dataset d, Predicate<Organization> test, Defect defect) {
    return scan(d.organizations(), test, defect, "organization");
  }

  /** The first activity matching, scanning from a third of the list. */
  public static Activity activity(Dataset d, Predicate<Activity> test, Defect defect) {
    return scan(d.activities(), test, defect, "activity");
  }

  private static <T> T scan(List<T> list, Predicate<T> test, Defect defect, String what) {
    int n = list.size();
    int start = n / 3;
    for (int i = 0; i < n; i++) {
      T x = list.get((start + i) % n);
      if (test.test(x)) {
        return x;
      }
    }
    throw new IllegalStateException("the dataset has no " + what + " suitable for " + defect);
  }

  /**
   * A member on whom a record-level defect shows alone: a full, active member of a branch with an
   * ID number, salaried dues with a monthly base and a year of payments, admitted more than a year
   * and a month before {@code asOf}, holding no post, with no transfer, mobile period or lost
   * contact.
   */
  public static Predicate<Member> plainMember(Dataset d, LocalDate asOf) {
    Set<String> holders = postHolders(d);
    return m ->
        m.stage() == MemberStage.FULL
            && m.departure().isEmpty()
            && m.idNumber().isPresent()
            && m.transfers().isEmpty()
            && m.mobilePeriods().isEmpty()
            && m.lostContactSince().isEmpty()
            && !holders.contains(m.id())
            && m.dues()
                .filter(x -> x.category() == PayerCategory.SALARIED)
                .filter(x -> x.monthlyBase().isPresent() && x.payments().size() >= 12)
                .isPresent()
            && m.development()
                .admissionDate()
                .filter(a -> a.isBefore(asOf.minusMonths(13)))
                .isPresent()
            && d.organization(m.organizationId())
                .filter(o -> o.kind() == OrganizationKind.BRANCH)
                .isPresent();
  }

  /** The ids of the members who hold or held a post in any organization. */
  public static Set<String> postHolders(Dataset d) {
    Set<String> holders = new HashSet<>();
    for (Organization o : d.organizations()) {
      for (PostHolding p : o.posts()) {
        p.memberId().ifPresent(holders::add);
      }
    }
    return holders;
  }

  /** {@code d} with the member of the same id replaced by {@code changed}. */
  public static Dataset replace(Dataset d, Member changed) {
    return rebuild(
        d, d.organizations(), swap(d.members(), changed, Member::id), d.activities(), d.pairings());
  }

  /** {@code d} with the organization of the same id replaced by {@code changed}. */
  public static Dataset replace(Dataset d, Organization changed) {
    return rebuild(
        d,
        swap(d.organizations(), changed, Organization::id),
        d.members(),
        d.activities(),
        d.pairings());
  }

  /** {@code d} with {@code added} after its activities. */
  public static Dataset add(Dataset d, Activity added) {
    List<Activity> activities = new ArrayList<>(d.activities());
    activities.add(added);
    return rebuild(d, d.organizations(), d.members(), activities, d.pairings());
  }

  /** {@code d} with {@code added} after its pairing agreements. */
  public static Dataset add(Dataset d, PairingAgreement added) {
    List<PairingAgreement> pairings = new ArrayList<>(d.pairings());
    pairings.add(added);
    return rebuild(d, d.organizations(), d.members(), d.activities(), pairings);
  }

  /** {@code d} with {@code added} after its units. */
  public static Dataset add(Dataset d, Unit added) {
    return ImmutableDataset.copyOf(d).withUnits(concat(d.units(), added));
  }

  private static <T> List<T> concat(List<T> list, T added) {
    List<T> out = new ArrayList<>(list);
    out.add(added);
    return out;
  }

  /**
   * {@code d} with these records, in these orders; every other kind of record {@code d} holds
   * (bulletins, units, and any kind added later) is kept as it is.
   */
  public static Dataset rebuild(
      Dataset d,
      List<Organization> organizations,
      List<Member> members,
      List<Activity> activities,
      List<PairingAgreement> pairings) {
    return ImmutableDataset.copyOf(d)
        .withOrganizations(organizations)
        .withMembers(members)
        .withActivities(activities)
        .withPairings(pairings);
  }

  /** {@code d} with {@code added} after its bulletins, every other record kept. */
  public static Dataset add(Dataset d, Bulletin added) {
    return ImmutableDataset.copyOf(d).withBulletins(concat(d.bulletins(), added));
  }

  private static <T> List<T> swap(List<T> list, T changed, Function<T, String> id) {
    List<T> out = new ArrayList<>(list);
    String wanted = id.apply(changed);
    for (int i = 0; i < out.size(); i++) {
      if (id.apply(out.get(i)).equals(wanted)) {
        out.set(i, changed);
        return out;
      }
    }
    throw new IllegalArgumentException("no record " + wanted);
  }

  /** An id of the form {@code prefix-NNNN} that no record of {@code d} uses. */
  public static String unusedId(Dataset d, String prefix) {
    Set<String> used = new HashSet<>();
    d.organizations().forEach(o -> used.add(o.id()));
    d.members().forEach(m -> used.add(m.id()));
    d.activities().forEach(a -> used.add(a.id()));
    d.pairings().forEach(p -> used.add(p.id()));
    d.units().forEach(u -> used.add(u.id()));
    d.pointEntries().forEach(e -> used.add(e.id()));
    d.teams().forEach(t -> used.add(t.id()));
    for (int n = 9001; ; n++) {
      String id = String.format(Locale.ROOT, "%s-%04d", prefix, n);
      if (!used.contains(id)) {
        return id;
      }
    }
  }

  /**
   * A resident ID number with the region of {@code like}, the given birth date and a sequence of
   * the same gender, which no member of {@code d} holds.
   */
  public static ResidentIdNumber unusedIdNumber(Dataset d, ResidentIdNumber like, LocalDate birth) {
    Set<String> used = new HashSet<>();
    d.members().forEach(m -> m.idNumber().ifPresent(id -> used.add(id.value())));
    int sequence = Integer.parseInt(like.value().substring(14, 17));
    for (int attempt = 0; attempt < 500; attempt++) {
      ResidentIdNumber id = ResidentIdNumber.of(like.regionCode(), birth, sequence);
      if (!used.contains(id.value())) {
        return id;
      }
      sequence = (sequence + 2) % 1000;
    }
    throw new IllegalStateException("no free sequence number for the region and birth date");
  }

  /** The first member matching as {@link #member} scans, or null. */
  public static Member memberOrNull(Dataset d, Predicate<Member> test) {
    List<Member> members = d.members();
    int n = members.size();
    int start = n / 3;
    for (int i = 0; i < n; i++) {
      Member m = members.get((start + i) % n);
      if (test.test(m)) {
        return m;
      }
    }
    return null;
  }

  /** True when member {@code id} of {@code d} was a full member on {@code date}. */
  public static boolean fullOn(Dataset d, String id, LocalDate date) {
    return d.member(id).flatMap(s -> s.stageOn(date)).filter(MemberStage.FULL::equals).isPresent();
  }

  /** True when {@code m} pays dues as a salaried member. */
  public static boolean salaried(Member m) {
    return m.dues().filter(x -> x.category() == PayerCategory.SALARIED).isPresent();
  }

  /** {@code s} moved by {@code days}. */
  public static StepRecord shifted(StepRecord s, long days) {
    return ImmutableStepRecord.copyOf(s).withDate(s.date().plusDays(days));
  }

  /** {@code m} with the date of its {@code step} set to {@code date}. */
  public static Member withStepDate(Member m, DevelopmentStep step, LocalDate date) {
    List<StepRecord> steps = new ArrayList<>();
    for (StepRecord s : m.development().steps()) {
      steps.add(s.step() == step ? ImmutableStepRecord.copyOf(s).withDate(date) : s);
    }
    return ImmutableMember.copyOf(m)
        .withDevelopment(ImmutableDevelopment.copyOf(m.development()).withSteps(steps));
  }

  /** The resident ID numbers the members of {@code d} hold, as text. */
  public static Set<String> idNumbers(Dataset d) {
    Set<String> ids = new HashSet<>();
    for (Member m : d.members()) {
      m.idNumber().ifPresent(id -> ids.add(id.value()));
    }
    return ids;
  }

  /**
   * A number with the region of {@code like}, the given birth date and a sequence of the same
   * gender as {@code like} (or the other one when {@code flipGender}), not in {@code used}.
   */
  public static ResidentIdNumber uniqueId(
      Set<String> used, ResidentIdNumber like, LocalDate birth, boolean flipGender) {
    int sequence = Integer.parseInt(like.value().substring(14, 17));
    if (flipGender) {
      sequence ^= 1;
    }
    for (int attempt = 0; attempt < 500; attempt++) {
      ResidentIdNumber id = ResidentIdNumber.of(like.regionCode(), birth, sequence);
      if (!used.contains(id.value())) {
        return id;
      }
      sequence = (sequence + 2) % 1000;
    }
    throw new IllegalStateException("no free sequence number for the region and birth date");
  }

  /** The nearest party committee at or above {@code orgId}, or {@code orgId} itself if none. */
  public static String nearestCommittee(Dataset dataset, String orgId) {
    String current = orgId;
    for (int guard = 0; guard < 1000 && current != null; guard++) {
      Organization org = dataset.organization(current).orElse(null);
      if (org == null) {
        return orgId;
      }
      if (org.kind() == OrganizationKind.PARTY_COMMITTEE) {
        return org.id();
      }
      current = org.parentId().orElse(null);
    }
    return orgId;
  }

  /** The ids of the members named as mentor or introducer in any development record. */
  public static Set<String> sponsors(Dataset d) {
    Set<String> ids = new HashSet<>();
    for (Member m : d.members()) {
      ids.addAll(m.development().mentorIds());
      ids.addAll(m.development().introducerIds());
    }
    return ids;
  }
}
