package org.dangjian.validation.internal.rules;

import static org.dangjian.core.record.RecordKind.MEMBER;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.dangjian.core.code.Gender;
import org.dangjian.core.id.IdentifierProblem;
import org.dangjian.core.id.MobileNumber;
import org.dangjian.core.id.ParseResult;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.id.SocialCreditCode;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.HostUnit;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.record.Location;
import org.dangjian.validation.internal.Catalogue;
import org.dangjian.validation.internal.DatasetCheck;
import org.dangjian.validation.internal.IssueSink;
import org.dangjian.validation.internal.RecordContext;
import org.dangjian.validation.internal.RuleCodes;
import org.dangjian.validation.internal.RuleGroup;
import org.dangjian.validation.internal.RunContext;
import org.dangjian.validation.rule.Rule;

/**
 * Identifiers (docs/regulations.md: GB 11643, GB 32100, mobile numbers): resident ID numbers (GB
 * 11643), unified social credit codes (GB 32100) and mobile numbers read as text (value scope); an
 * ID number that disagrees with the recorded birth date or gender (record scope); two people with
 * one ID number (dataset scope, kept in 6 bytes per member and sorted at the end).
 */
public final class IdentifierRules implements RuleGroup {

  static final Rule ID_FORMAT = Catalogue.rule(RuleCodes.ID_FORMAT);
  static final Rule ID_CHECKSUM = Catalogue.rule(RuleCodes.ID_CHECKSUM);
  static final Rule ID_BIRTH_DATE = Catalogue.rule(RuleCodes.ID_BIRTH_DATE);
  static final Rule ID_REGION = Catalogue.rule(RuleCodes.ID_REGION);
  static final Rule ID_BIRTH = Catalogue.rule(RuleCodes.ID_BIRTH);
  static final Rule ID_GENDER = Catalogue.rule(RuleCodes.ID_GENDER);
  static final Rule ID_DUPLICATE = Catalogue.rule(RuleCodes.ID_DUPLICATE);
  static final Rule USCC_FORMAT = Catalogue.rule(RuleCodes.USCC_FORMAT);
  static final Rule USCC_CHECKSUM = Catalogue.rule(RuleCodes.USCC_CHECKSUM);
  static final Rule USCC_ORG_CODE = Catalogue.rule(RuleCodes.USCC_ORG_CODE);
  static final Rule PHONE_FORMAT = Catalogue.rule(RuleCodes.PHONE_FORMAT);

  /** Parses a resident ID number read as text; an invalid one is reported to {@code sink}. */
  public static Optional<ResidentIdNumber> residentIdNumber(
      String text, LocalDate asOf, Location location, IssueSink sink) {
    ParseResult<ResidentIdNumber> result = ResidentIdNumber.parse(text, asOf);
    if (result instanceof ParseResult.Invalid<ResidentIdNumber> invalid) {
      Rule rule =
          switch (invalid.reason()) {
            case CHECKSUM_MISMATCH -> ID_CHECKSUM;
            case INVALID_DATE, FUTURE_DATE -> ID_BIRTH_DATE;
            case INVALID_REGION, INVALID_PREFIX -> ID_REGION;
            default -> ID_FORMAT;
          };
      sink.report(rule, location, invalid.maskedInput(), problem(invalid.reason()));
    }
    return result.value();
  }

  /** Parses a unified social credit code read as text; an invalid one is reported. */
  public static Optional<SocialCreditCode> creditCode(
      String text, Location location, IssueSink sink) {
    ParseResult<SocialCreditCode> result = SocialCreditCode.parse(text);
    if (result instanceof ParseResult.Invalid<SocialCreditCode> invalid) {
      Rule rule =
          invalid.reason() == IdentifierProblem.CHECKSUM_MISMATCH ? USCC_CHECKSUM : USCC_FORMAT;
      sink.report(rule, location, invalid.maskedInput(), problem(invalid.reason()));
    }
    return result.value();
  }

  /** Parses a mobile number read as text; an invalid one is reported, masked. */
  public static Optional<MobileNumber> mobileNumber(
      String text, Location location, IssueSink sink) {
    ParseResult<MobileNumber> result = MobileNumber.parse(text);
    if (result instanceof ParseResult.Invalid<MobileNumber> invalid) {
      sink.report(PHONE_FORMAT, location, invalid.maskedInput(), problem(invalid.reason()));
    }
    return result.value();
  }

  private static Map<String, String> problem(IdentifierProblem problem) {
    return Map.of("problem", problem.zh(), "problemEn", problem.en());
  }

  @Override
  public String topic() {
    return "identifiers";
  }

  @Override
  public void member(Member member, RecordContext context) {
    if (member.idNumber().isEmpty()) {
      return;
    }
    ResidentIdNumber id = member.idNumber().get();
    if (!id.birthDate().equals(member.birthDate())) {
      context.report(
          ID_BIRTH,
          "birthDate",
          member.birthDate().toString(),
          "birthDate",
          member.birthDate(),
          "idBirthDate",
          id.birthDate());
    }
    Gender gender = member.gender();
    if ((gender == Gender.MALE || gender == Gender.FEMALE) && id.gender() != gender) {
      context.report(
          ID_GENDER,
          "gender",
          gender.label(),
          "gender",
          gender.label(),
          "idGender",
          id.gender().label(),
          "genderEn",
          gender.name().toLowerCase(java.util.Locale.ROOT),
          "idGenderEn",
          id.gender().name().toLowerCase(java.util.Locale.ROOT));
    }
  }

  @Override
  public void organization(Organization organization, RecordContext context) {
    Optional<SocialCreditCode> code = organization.hostUnit().flatMap(HostUnit::creditCode);
    if (code.isPresent() && !code.get().hasValidOrganizationCode()) {
      context.report(
          USCC_ORG_CODE, "hostUnit.creditCode", code.get().value(), "value", code.get().value());
    }
  }

  @Override
  public DatasetCheck newDatasetCheck(RunContext run) {
    return new DuplicateIds(run);
  }

  /**
   * ID-DUPLICATE in one pass: the first 17 digits of each member's number as a {@code long} (the
   * 18th follows from them) at the member's index, 6 bytes per member in {@link IdNumberKeys}, plus
   * an 8-byte sorted copy of the keys at the end.
   */
  private static final class DuplicateIds implements DatasetCheck {
    private final RunContext run;
    private final IdNumberKeys keys = new IdNumberKeys();
    private int numbers;

    DuplicateIds(RunContext run) {
      this.run = run;
    }

    @Override
    public void member(Member member, RecordContext seen) {
      int index = seen.index();
      if (member.idNumber().isEmpty()) {
        return;
      }
      keys.set(index, member.idNumber().get().value().substring(0, 17));
      numbers++;
    }

    @Override
    public void finish() {
      if (!run.isEnabled(ID_DUPLICATE) || numbers < 2) {
        return;
      }
      long[] duplicates = repeatedKeys();
      if (duplicates.length == 0) {
        return;
      }
      int[] first = new int[duplicates.length];
      Arrays.fill(first, -1);
      for (int i = 0; i < keys.size(); i++) {
        long key = keys.key(i);
        int slot = key == 0 ? -1 : Arrays.binarySearch(duplicates, key);
        if (slot < 0) {
          continue;
        }
        if (first[slot] < 0) {
          first[slot] = i;
          continue;
        }
        String full = IdNumberKeys.digits(key);
        String number = full + ResidentIdNumber.checkCharacter(full);
        String masked = ResidentIdNumber.parse(number).orElseThrow().masked();
        run.reportAt(
            MEMBER,
            i,
            ID_DUPLICATE,
            "idNumber",
            masked,
            "value",
            masked,
            "firstIndex",
            first[slot],
            "firstId",
            run.recordId(MEMBER, first[slot]));
      }
    }

    /** The keys held by more than one member, sorted, from a sorted copy of every key. */
    private long[] repeatedKeys() {
      long[] sorted = new long[numbers];
      int size = 0;
      for (int i = 0; i < keys.size(); i++) {
        long key = keys.key(i);
        if (key != 0) {
          sorted[size++] = key;
        }
      }
      Arrays.sort(sorted);
      long[] repeated = new long[16];
      int repeatedCount = 0;
      for (int i = 1; i < size; i++) {
        if (sorted[i] == sorted[i - 1]
            && (repeatedCount == 0 || repeated[repeatedCount - 1] != sorted[i])) {
          if (repeatedCount == repeated.length) {
            repeated = Arrays.copyOf(repeated, repeatedCount * 2);
          }
          repeated[repeatedCount++] = sorted[i];
        }
      }
      return Arrays.copyOf(repeated, repeatedCount);
    }
  }
}
