package org.dangjian.testkit.assertj;

import java.time.LocalDate;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;

/**
 * Assertions on a {@link Member}: its recorded stage, its stage on a date, its home organization
 * and whether its resident ID number agrees with its birth date and gender. Messages identify the
 * member by id and print the ID number only in its masked form.
 */
public final class MemberAssert extends AbstractAssert<MemberAssert, Member> {

  MemberAssert(Member actual) {
    super(actual, MemberAssert.class);
  }

  private String who() {
    return "member " + actual.id();
  }

  /** Verifies the recorded stage. */
  public MemberAssert hasStage(MemberStage expected) {
    isNotNull();
    if (actual.stage() != expected) {
      failWithMessage("Expected %s to have stage %s but was %s", who(), expected, actual.stage());
    }
    return this;
  }

  /** Verifies that the member is a Party member (probationary or full) on {@code date}. */
  public MemberAssert isPartyMemberOn(LocalDate date) {
    isNotNull();
    Optional<MemberStage> stage = actual.stageOn(date);
    if (stage.isEmpty() || !stage.get().isPartyMember()) {
      failWithMessage(
          "Expected %s to be a Party member on %s but the stage was %s",
          who(), date, stage.map(Enum::name).orElse("none"));
    }
    return this;
  }

  /** Verifies the home organization id. */
  public MemberAssert belongsTo(String organizationId) {
    isNotNull();
    if (!actual.organizationId().equals(organizationId)) {
      failWithMessage(
          "Expected %s to belong to %s but belongs to %s",
          who(), organizationId, actual.organizationId());
    }
    return this;
  }

  /**
   * Verifies that the member has a resident ID number whose birth date and gender equal the
   * member's.
   */
  public MemberAssert hasIdNumberConsistentWithPerson() {
    isNotNull();
    if (actual.idNumber().isEmpty()) {
      failWithMessage("Expected %s to have a resident ID number but it has none", who());
      return this;
    }
    ResidentIdNumber id = actual.idNumber().get();
    if (!id.birthDate().equals(actual.birthDate())) {
      failWithMessage(
          "Expected the ID number %s of %s to encode the birth date %s but it encodes %s",
          id.masked(), who(), actual.birthDate(), id.birthDate());
    }
    if (id.gender() != actual.gender()) {
      failWithMessage(
          "Expected the ID number %s of %s to encode the gender %s but it encodes %s",
          id.masked(), who(), actual.gender(), id.gender());
    }
    return this;
  }
}
