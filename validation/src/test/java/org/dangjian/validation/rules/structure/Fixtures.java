package org.dangjian.validation.rules.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityKind;
import org.dangjian.core.activity.Attendance;
import org.dangjian.core.code.Gender;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.organization.Committee;
import org.dangjian.core.organization.HostUnit;
import org.dangjian.core.organization.ImmutableOrganization;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.PostHolding;
import org.dangjian.core.organization.PostKind;
import org.dangjian.core.organization.UnitType;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.ValidationSettings;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.report.ValidationReport;
import org.dangjian.validation.rule.Severity;

/**
 * Records and helpers shared by the tests of the structural rule groups (references, organizations,
 * committees, meetings, mass organizations, bulletin statistics): small hand-built organizations
 * and members, a compliant year of branch activities, the generator shape these groups are tested
 * on, and reports filtered to the codes of these groups.
 */
public final class Fixtures {

  /** The reference date of the tests, the generator's default. */
  public static final LocalDate AS_OF = GeneratorSettings.DEFAULT_AS_OF;

  /** The codes of the structural groups, so that other groups' rules do not disturb the tests. */
  public static final Set<String> CODES =
      Set.of(
          "REF-PARENT",
          "REF-CYCLE",
          "ORG-PARENT-KIND",
          "ORG-PARENT-KIND-MASS",
          "REF-ORGANIZATION",
          "REF-ACTIVITY-ORGANIZATION",
          "REF-POST-MEMBER",
          "REF-LECTURER",
          "REF-DUPLICATE-ID",
          "REF-DUPLICATE-ORG-ID",
          "REF-DUPLICATE-ACTIVITY-ID",
          "CONST-008",
          "ORG-001",
          "ORG-002",
          "ORG-004",
          "ORG-006",
          "ORG-007",
          "ORG-007-SIZE",
          "ORG-008",
          "ORG-012",
          "ORG-013",
          "ORG-014",
          "ORG-015",
          "CONST-013",
          "CONST-014",
          "ORG-010",
          "ORG-011",
          "ORG-011-DUE",
          "CONST-015",
          "ELEC-004",
          "LIFE-001",
          "LIFE-003",
          "LIFE-004",
          "LIFE-005",
          "LIFE-007",
          "LIFE-007L",
          "LIFE-008",
          "LIFE-009",
          "LIFE-011",
          "CONST-005",
          "ELEC-005",
          "LIFE-NO-ACTIVITIES",
          "MASS-001",
          "MASS-002",
          "MASS-003",
          "BUL-STATS-MEMBERS",
          "BUL-STATS-PROBATIONARY",
          "BUL-STATS-SHARE",
          "BUL-STATS-ORGANIZATIONS",
          "BUL-STATS-COMMITTEES",
          "BUL-STATS-GENERAL-BRANCHES",
          "BUL-STATS-BRANCHES",
          "BUL-STATS-SUM",
          "BUL-STATS-PART",
          "BUL-STATS-ITEM-FIGURE");

  private static final LocalDate FOUNDED = LocalDate.of(2010, 1, 1);

  private Fixtures() {}

  /**
   * The generator shape of these tests: 5 committees, 5 general branches and 120 branches, so that
   * branches stay within 50 members and committees and general branches above the usual sizes.
   */
  public static GeneratorSettings shape(long seed, int members) {
    return GeneratorSettings.builder()
        .seed(seed)
        .committees(5)
        .generalBranches(5)
        .branches(Math.max(3, members / 40))
        .members(members)
        .probationary(members / 16)
        .build();
  }

  /** An organization of {@code kind} founded in 2010, under {@code parent} (null for a root). */
  public static ImmutableOrganization org(String id, OrganizationKind kind, String parent) {
    ImmutableOrganization.Builder b =
        Organization.builder().id(id).name("组织" + id).kind(kind).foundedOn(FOUNDED);
    if (parent != null) {
      b.parentId(parent);
    }
    return b.build();
  }

  /** A party committee with a current five-year term and an approved secretary (not a member). */
  public static ImmutableOrganization committee(String id, String parent) {
    return org(id, OrganizationKind.PARTY_COMMITTEE, parent)
        .withCommittees(term(AS_OF.minusYears(1), 5))
        .withPosts(post(PostKind.SECRETARY, null, LocalDate.of(2020, 1, 1), "书记" + id));
  }

  /**
   * A branch under {@code parent} with a current three-year term and, for each of {@code seats}, a
   * seat held since 2020 by a person named {@code 委员<id>-<n>} without a member id (secretaries and
   * deputies approved).
   */
  public static ImmutableOrganization branch(String id, String parent, PostKind... seats) {
    List<PostHolding> posts = new ArrayList<>();
    for (int i = 0; i < seats.length; i++) {
      posts.add(post(seats[i], null, LocalDate.of(2020, 1, 1), "委员" + id + "-" + i));
    }
    return org(id, OrganizationKind.BRANCH, parent)
        .withCommittees(term(AS_OF.minusYears(1), 3))
        .withPosts(posts);
  }

  /** A branch with a secretary only. */
  public static ImmutableOrganization branch(String id, String parent) {
    return branch(id, parent, PostKind.SECRETARY);
  }

  /** A committee term elected on {@code electedOn}. */
  public static Committee term(LocalDate electedOn, int years) {
    return Committee.builder().electedOn(electedOn).termYears(years).build();
  }

  /**
   * A post held since {@code from} by {@code name} with member id {@code memberId} (null for none),
   * approved ten days later when it needs approval.
   */
  public static PostHolding post(PostKind kind, String memberId, LocalDate from, String name) {
    var b = PostHolding.builder().post(kind).holderName(name).from(from);
    if (memberId != null) {
      b.memberId(memberId);
    }
    if (kind == PostKind.SECRETARY || kind == PostKind.DEPUTY_SECRETARY) {
      b.approvedOn(from.plusDays(10));
    }
    return b.build();
  }

  /** A post held since 2020 by member {@code memberId}, approved when it needs to be. */
  public static PostHolding post(PostKind kind, String memberId) {
    return post(kind, memberId, LocalDate.of(2020, 1, 1), "李" + memberId);
  }

  /** A host unit of {@code type} with {@code employees} (negative for unknown). */
  public static HostUnit unit(String name, UnitType type, int employees) {
    var b = HostUnit.builder().name(name).type(type);
    if (employees >= 0) {
      b.employeeCount(employees);
    }
    return b.build();
  }

  /** A member of {@code stage} at home in {@code orgId}, with no development record. */
  public static Member person(String id, String orgId, MemberStage stage) {
    return Member.builder()
        .id(id)
        .name("张" + id)
        .gender(Gender.MALE)
        .birthDate(LocalDate.of(1980, 1, 1))
        .stage(stage)
        .organizationId(orgId)
        .build();
  }

  /** A full member. */
  public static Member full(String id, String orgId) {
    return person(id, orgId, MemberStage.FULL);
  }

  /** A probationary member. */
  public static Member probationary(String id, String orgId) {
    return person(id, orgId, MemberStage.PROBATIONARY);
  }

  /** {@code full} full members {@code <org>-0..} and {@code probationary} probationary ones. */
  public static List<Member> members(String orgId, int full, int probationary) {
    List<Member> out = new ArrayList<>();
    for (int i = 0; i < full; i++) {
      out.add(full(orgId + "-" + i, orgId));
    }
    for (int i = 0; i < probationary; i++) {
      out.add(probationary(orgId + "-p" + i, orgId));
    }
    return out;
  }

  /** An activity of {@code kind} held by {@code orgId} on {@code date}, without attendance. */
  public static Activity activity(String id, String orgId, ActivityKind kind, LocalDate date) {
    return Activity.builder().id(id).organizationId(orgId).kind(kind).date(date).build();
  }

  /** An activity with attendance. */
  public static Activity activity(
      String id, String orgId, ActivityKind kind, LocalDate date, Attendance attendance) {
    return Activity.builder()
        .id(id)
        .organizationId(orgId)
        .kind(kind)
        .date(date)
        .attendance(attendance)
        .build();
  }

  /**
   * A year of activities of branch {@code orgId} that meets every frequency rule for the period
   * before {@link #AS_OF} (2023-02-01 to 2024-01-31): a themed Party day every month, a general
   * meeting and a lecture in the first month of every quarter, one organizational-life meeting and
   * one democratic appraisal in December; ids {@code <org>-a<n>}.
   */
  public static List<Activity> compliantYear(String orgId) {
    List<Activity> out = new ArrayList<>();
    LocalDate first = LocalDate.of(2023, 2, 10);
    for (int m = 0; m < 12; m++) {
      LocalDate date = first.plusMonths(m);
      out.add(activity(orgId + "-a" + out.size(), orgId, ActivityKind.THEMED_PARTY_DAY, date));
      if ((date.getMonthValue() - 1) % 3 == 0 || m == 0) {
        out.add(activity(orgId + "-a" + out.size(), orgId, ActivityKind.GENERAL_MEETING, date));
        out.add(activity(orgId + "-a" + out.size(), orgId, ActivityKind.PARTY_LECTURE, date));
      }
    }
    LocalDate december = LocalDate.of(2023, 12, 20);
    out.add(
        activity(
            orgId + "-a" + out.size(), orgId, ActivityKind.ORGANIZATIONAL_LIFE_MEETING, december));
    out.add(
        activity(orgId + "-a" + out.size(), orgId, ActivityKind.DEMOCRATIC_APPRAISAL, december));
    return out;
  }

  /** A dataset of these records. */
  public static Dataset dataset(
      List<? extends Organization> organizations,
      List<? extends Member> members,
      List<? extends Activity> activities) {
    return Dataset.builder()
        .addAllOrganizations(organizations)
        .addAllMembers(members)
        .addAllActivities(activities)
        .build();
  }

  /** The report of the standard validator on {@code d} as of {@link #AS_OF}. */
  public static ValidationReport validate(Dataset d) {
    return DangjianValidator.defaults().validate(d, AS_OF);
  }

  /** The report of a validator with {@code settings} on {@code d} as of {@link #AS_OF}. */
  public static ValidationReport validate(Dataset d, ValidationSettings settings) {
    return DangjianValidator.of(settings).validate(d, AS_OF);
  }

  /** The issues of the structural groups as {@code CODE@recordId}, in report order. */
  public static List<String> found(ValidationReport report) {
    return issues(report).stream()
        .map(i -> i.code() + "@" + i.location().recordId().orElse(""))
        .toList();
  }

  /**
   * The issues of the structural groups, each checked to render its message in Chinese and English
   * with every placeholder filled.
   */
  public static List<Issue> issues(ValidationReport report) {
    List<Issue> issues = report.issues().stream().filter(i -> CODES.contains(i.code())).toList();
    for (Issue i : issues) {
      for (Locale locale : List.of(Locale.CHINA, Locale.ENGLISH)) {
        String message = i.message(locale);
        if (message.contains("{") || message.contains("}")) {
          throw new AssertionError("unfilled placeholder in " + i.code() + ": " + message);
        }
      }
    }
    return issues;
  }

  /** The issues of the structural groups that are errors or warnings. */
  public static List<String> errorsAndWarnings(ValidationReport report) {
    return report.issues().stream()
        .filter(i -> CODES.contains(i.code()) && i.severity() != Severity.INFO)
        .map(
            i ->
                i.code() + "@" + i.location().recordId().orElse("") + " " + i.message(Locale.CHINA))
        .toList();
  }
}
