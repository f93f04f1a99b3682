package org.dangjian.testkit.internal.mutation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityKind;
import org.dangjian.core.activity.ImmutableActivity;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.id.SocialCreditCode;
import org.dangjian.core.organization.HostUnit;
import org.dangjian.core.organization.ImmutableHostUnit;
import org.dangjian.core.organization.ImmutableInstructorAppointment;
import org.dangjian.core.organization.ImmutableOrganization;
import org.dangjian.core.organization.ImmutablePairingAgreement;
import org.dangjian.core.organization.ImmutablePostHolding;
import org.dangjian.core.organization.InstructorAppointment;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.PairingAgreement;
import org.dangjian.core.organization.PostHolding;
import org.dangjian.core.organization.PostKind;
import org.dangjian.core.recognition.Rating;
import org.dangjian.core.recognition.StarLevel;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.Mutation;

/**
 * The one-defect mutators of organizations and of the records that hang off them: ratings,
 * instructors, post holdings, the host unit's credit code, joint branches, and the activities and
 * pairing agreements a mutator adds. Added records get ids no record of the dataset uses and dates
 * on which their organizations exist; an added activity has no attendance, so no meeting rule
 * counts it.
 */
public final class OrganizationMutators {

  private OrganizationMutators() {}

  /** Injects an organization-level {@code defect}; null when it is not one of this class. */
  public static Mutation apply(Defect defect, Dataset d, LocalDate asOf) {
    return switch (defect) {
      case RATING_TWICE_IN_A_YEAR, RATING_IN_FUTURE_YEAR, RATING_BEFORE_FOUNDING ->
          rating(defect, d, asOf);
      case INSTRUCTOR_NOT_A_MEMBER, INSTRUCTOR_UNKNOWN_APPOINTER, INSTRUCTOR_ENDS_BEFORE_START ->
          instructor(defect, d, asOf);
      case POST_HOLDER_NOT_A_MEMBER -> postHolder(defect, d);
      case CREDIT_CODE_BAD_ORGANIZATION_CODE -> creditCode(defect, d);
      case JOINT_BRANCH_OVER_FIVE_UNITS -> jointBranch(defect, d);
      case LECTURER_NOT_A_MEMBER, UNKNOWN_PARTNER_ORGANIZATION, DUPLICATE_ACTIVITY_ID ->
          activity(defect, d, asOf);
      case PAIRING_UNKNOWN_PARTY,
          PAIRING_SINGLE_PARTY,
          PAIRING_ENDS_BEFORE_SIGNED,
          PAIRING_SIGNED_AFTER_AS_OF ->
          pairing(defect, d, asOf);
      default -> null;
    };
  }

  private static Organization branch(Dataset d, Defect defect, LocalDate asOf) {
    return Edits.organization(
        d,
        o ->
            o.kind() == OrganizationKind.BRANCH
                && o.parentId().isPresent()
                && o.existsOn(asOf.minusYears(2))
                && o.foundedOn().filter(f -> f.getYear() > 1925).isPresent(),
        defect);
  }

  private static Mutation rating(Defect defect, Dataset d, LocalDate asOf) {
    Organization o = branch(d, defect, asOf);
    int year =
        switch (defect) {
          case RATING_IN_FUTURE_YEAR -> asOf.getYear() + 1;
          case RATING_BEFORE_FOUNDING -> o.foundedOn().orElseThrow().getYear() - 1;
          default -> asOf.getYear() - 1;
        };
    List<Rating> ratings = new ArrayList<>();
    for (Rating r : o.ratings()) {
      if (r.year() != year) {
        ratings.add(r);
      }
    }
    ratings.add(Rating.of(year, StarLevel.THREE_STAR));
    if (defect == Defect.RATING_TWICE_IN_A_YEAR) {
      ratings.add(Rating.of(year, StarLevel.FOUR_STAR));
    }
    return done(
        d,
        ImmutableOrganization.copyOf(o).withRatings(ratings),
        defect,
        "rating of " + o.id() + " for " + year + " added (" + defect.label() + ")");
  }

  private static Mutation instructor(Defect defect, Dataset d, LocalDate asOf) {
    Organization o = branch(d, defect, asOf);
    LocalDate from = asOf.minusYears(1);
    ImmutableInstructorAppointment.Builder b =
        InstructorAppointment.builder()
            .instructorName("王指导")
            .from(from)
            .appointedBy(
                defect == Defect.INSTRUCTOR_UNKNOWN_APPOINTER
                    ? Edits.unusedId(d, "org")
                    : o.parentId().orElseThrow());
    if (defect == Defect.INSTRUCTOR_NOT_A_MEMBER) {
      b.memberId(Edits.unusedId(d, "mem"));
    } else if (defect == Defect.INSTRUCTOR_ENDS_BEFORE_START) {
      b.until(from.minusDays(1));
    }
    List<InstructorAppointment> all = new ArrayList<>(o.instructors());
    all.add(b.build());
    return done(
        d,
        ImmutableOrganization.copyOf(o).withInstructors(all),
        defect,
        "an instructor appointment added to " + o.id() + " (" + defect.label() + ")");
  }

  private static Mutation postHolder(Defect defect, Dataset d) {
    Organization o =
        Edits.organization(
            d,
            x ->
                x.kind() == OrganizationKind.BRANCH
                    && x.posts().stream()
                        .anyMatch(p -> p.post() != PostKind.SECRETARY && p.memberId().isPresent()),
            defect);
    String missing = Edits.unusedId(d, "mem");
    List<PostHolding> posts = new ArrayList<>(o.posts());
    for (int i = 0; i < posts.size(); i++) {
      PostHolding p = posts.get(i);
      if (p.post() != PostKind.SECRETARY && p.memberId().isPresent()) {
        posts.set(i, ImmutablePostHolding.copyOf(p).withMemberId(missing));
        break;
      }
    }
    return done(
        d,
        ImmutableOrganization.copyOf(o).withPosts(posts),
        defect,
        "a post holder of " + o.id() + " given the id of no member, " + missing);
  }

  private static Mutation creditCode(Defect defect, Dataset d) {
    Organization o =
        Edits.organization(d, x -> x.hostUnit().flatMap(HostUnit::creditCode).isPresent(), defect);
    HostUnit unit = o.hostUnit().orElseThrow();
    String code = unit.creditCode().orElseThrow().value();
    char wrong = code.charAt(16) == '0' ? '1' : '0';
    String first17 = code.substring(0, 16) + wrong;
    SocialCreditCode changed =
        SocialCreditCode.parse(first17 + SocialCreditCode.checkCharacter(first17)).orElseThrow();
    return done(
        d,
        ImmutableOrganization.copyOf(o)
            .withHostUnit(ImmutableHostUnit.copyOf(unit).withCreditCode(changed)),
        defect,
        "credit code of the unit of " + o.id() + " given a wrong organization-code check digit");
  }

  private static Mutation jointBranch(Defect defect, Dataset d) {
    Organization o =
        Edits.organization(
            d, x -> x.kind() == OrganizationKind.BRANCH && x.parentId().isPresent(), defect);
    List<HostUnit> units = new ArrayList<>();
    for (int k = 1; k <= 6; k++) {
      units.add(HostUnit.builder().name("联建单位" + k + "有限公司").build());
    }
    return done(
        d,
        ImmutableOrganization.copyOf(o)
            .withKind(OrganizationKind.JOINT_BRANCH)
            .withJointUnits(units),
        defect,
        o.id() + " made a joint branch of 6 units");
  }

  private static Mutation activity(Defect defect, Dataset d, LocalDate asOf) {
    Organization o = branch(d, defect, asOf);
    ImmutableActivity.Builder b =
        Activity.builder().organizationId(o.id()).date(asOf.minusDays(5)).topic("结对共建交流");
    String id = Edits.unusedId(d, "act");
    switch (defect) {
      case LECTURER_NOT_A_MEMBER ->
          b.kind(ActivityKind.PARTY_LECTURE).lecturerId(Edits.unusedId(d, "mem"));
      case UNKNOWN_PARTNER_ORGANIZATION ->
          b.kind(ActivityKind.CO_BUILDING).addPartnerOrganizationIds(Edits.unusedId(d, "org"));
      default -> {
        Activity same = Edits.activity(d, a -> a.organizationId().equals(o.id()), defect);
        id = same.id();
        b.kind(ActivityKind.VISIT);
      }
    }
    Activity added = b.id(id).build();
    return new Mutation(
        Edits.add(d, added),
        id,
        defect,
        "activity " + id + " added to " + o.id() + " (" + defect.label() + ")");
  }

  private static Mutation pairing(Defect defect, Dataset d, LocalDate asOf) {
    Organization o = branch(d, defect, asOf);
    Organization other =
        Edits.organization(
            d,
            x ->
                x.kind() == OrganizationKind.BRANCH
                    && !x.id().equals(o.id())
                    && x.existsOn(asOf.minusYears(2)),
            defect);
    String id = Edits.unusedId(d, "pair");
    LocalDate signed =
        defect == Defect.PAIRING_SIGNED_AFTER_AS_OF ? asOf.plusDays(1) : asOf.minusYears(1);
    ImmutablePairingAgreement.Builder b =
        PairingAgreement.builder().id(id).signedOn(signed).addOrganizationIds(o.id());
    switch (defect) {
      case PAIRING_UNKNOWN_PARTY -> b.addOrganizationIds(Edits.unusedId(d, "org"));
      case PAIRING_SINGLE_PARTY -> {}
      case PAIRING_ENDS_BEFORE_SIGNED ->
          b.addOrganizationIds(other.id()).until(asOf.minusYears(1).minusDays(1));
      default -> b.addOrganizationIds(other.id());
    }
    return new Mutation(
        Edits.add(d, b.build()), id, defect, "pairing " + id + " added (" + defect.label() + ")");
  }

  private static Mutation done(Dataset d, Organization changed, Defect defect, String what) {
    return new Mutation(Edits.replace(d, changed), changed.id(), defect, what);
  }
}
