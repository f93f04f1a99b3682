package org.dangjian.testkit.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjian.core.activity.Absence;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.Attendance;
import org.dangjian.core.activity.ImmutableAbsence;
import org.dangjian.core.activity.ImmutableActivity;
import org.dangjian.core.activity.ImmutableAttendance;
import org.dangjian.core.code.Gender;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.member.Development;
import org.dangjian.core.member.ImmutableDevelopment;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.ImmutableStepRecord;
import org.dangjian.core.member.ImmutableTransfer;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.StepRecord;
import org.dangjian.core.member.Transfer;
import org.dangjian.core.organization.ImmutableInstructorAppointment;
import org.dangjian.core.organization.ImmutableOrganization;
import org.dangjian.core.organization.ImmutablePostHolding;
import org.dangjian.core.organization.InstructorAppointment;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.PostHolding;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordVisitor;

/**
 * Streams disjoint copies of a template dataset, rewriting every id and every reference with a
 * per-copy prefix and giving each person a fresh resident ID number, so that volume tests can feed
 * millions of valid records to a consumer while only the template is in memory. Not part of the
 * module's API.
 */
public final class Replicator {

  private final Dataset template;
  private final String prefix;
  private final Map<Long, Integer> sequences = new HashMap<>();
  private final String region;

  private Replicator(Dataset template, int copy) {
    this.template = template;
    this.prefix = "k" + copy + "-";
    this.region = String.format(java.util.Locale.ROOT, "11%04d", copy + 1);
  }

  /** Streams {@code copies} copies of {@code template} into {@code sink}. */
  public static void stream(Dataset template, int copies, RecordVisitor<Location> sink) {
    Location unknown = Location.unknown();
    for (int copy = 0; copy < copies; copy++) {
      Replicator replicator = new Replicator(template, copy);
      template.organizations().forEach(o -> sink.organization(replicator.organization(o), unknown));
      template.members().forEach(m -> sink.member(replicator.member(m), unknown));
      template.activities().forEach(a -> sink.activity(replicator.activity(a), unknown));
    }
  }

  private String id(String id) {
    return prefix + id;
  }

  private Optional<String> id(Optional<String> id) {
    return id.map(this::id);
  }

  private List<String> ids(List<String> ids) {
    return ids.stream().map(this::id).toList();
  }

  private Optional<String> orgOrName(Optional<String> value) {
    return value.map(v -> template.organization(v).isPresent() ? id(v) : v);
  }

  private Organization organization(Organization o) {
    return ImmutableOrganization.copyOf(o)
        .withId(id(o.id()))
        .withParentId(id(o.parentId()))
        .withPosts(o.posts().stream().map(this::post).toList())
        .withInstructors(o.instructors().stream().map(this::instructor).toList());
  }

  private PostHolding post(PostHolding p) {
    return ImmutablePostHolding.copyOf(p).withMemberId(id(p.memberId()));
  }

  private InstructorAppointment instructor(InstructorAppointment a) {
    return ImmutableInstructorAppointment.copyOf(a).withMemberId(id(a.memberId()));
  }

  private Member member(Member m) {
    return ImmutableMember.copyOf(m)
        .withId(id(m.id()))
        .withOrganizationId(id(m.organizationId()))
        .withPartyGroupId(id(m.partyGroupId()))
        .withOtherOrganizationIds(ids(m.otherOrganizationIds()))
        .withDevelopment(development(m.development()))
        .withTransfers(m.transfers().stream().map(this::transfer).toList())
        .withIdNumber(m.idNumber().map(n -> freshNumber(m.birthDate(), m.gender())));
  }

  private Development development(Development d) {
    return ImmutableDevelopment.copyOf(d)
        .withMentorIds(ids(d.mentorIds()))
        .withIntroducerIds(ids(d.introducerIds()))
        .withSteps(d.steps().stream().map(this::step).toList());
  }

  private StepRecord step(StepRecord s) {
    return ImmutableStepRecord.copyOf(s).withDecidedBy(orgOrName(s.decidedBy()));
  }

  private Transfer transfer(Transfer t) {
    return ImmutableTransfer.copyOf(t)
        .withFromOrganizationId(id(t.fromOrganizationId()))
        .withToOrganizationId(id(t.toOrganizationId()));
  }

  private ResidentIdNumber freshNumber(LocalDate birth, Gender gender) {
    long key = birth.toEpochDay() * 2 + (gender == Gender.FEMALE ? 1 : 0);
    int n = sequences.merge(key, 1, Integer::sum) - 1;
    int sequence = n * 2 + (gender == Gender.FEMALE ? 0 : 1);
    if (sequence > 999) {
      throw new IllegalStateException("too many people born on " + birth + " in one copy");
    }
    return ResidentIdNumber.of(region, birth, sequence);
  }

  private Activity activity(Activity a) {
    return ImmutableActivity.copyOf(a)
        .withId(id(a.id()))
        .withOrganizationId(id(a.organizationId()))
        .withLecturerId(id(a.lecturerId()))
        .withPartnerOrganizationIds(ids(a.partnerOrganizationIds()))
        .withAttendance(a.attendance().map(this::attendance));
  }

  private Attendance attendance(Attendance a) {
    return ImmutableAttendance.copyOf(a)
        .withAbsences(a.absences().stream().map(this::absence).toList());
  }

  private Absence absence(Absence a) {
    return ImmutableAbsence.copyOf(a).withMemberId(id(a.memberId()));
  }
}
