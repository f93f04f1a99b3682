package org.dangjian.validation.internal.rules;

import static org.dangjian.core.record.RecordKind.MEMBER;
import static org.dangjian.core.record.RecordKind.ORGANIZATION;
import static org.dangjian.validation.rule.Confidence.MEMORY;
import static org.dangjian.validation.rule.Confidence.SECONDARY;
import static org.dangjian.validation.rule.Scope.DATASET;
import static org.dangjian.validation.rule.Scope.RECORD;
import static org.dangjian.validation.rule.Scope.VALUE;
import static org.dangjian.validation.rule.Severity.ERROR;
import static org.dangjian.validation.rule.Severity.WARNING;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
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
import org.dangjian.validation.internal.DatasetCheck;
import org.dangjian.validation.internal.IssueSink;
import org.dangjian.validation.internal.RecordContext;
import org.dangjian.validation.internal.RuleGroup;
import org.dangjian.validation.internal.Rules;
import org.dangjian.validation.internal.RunContext;
import org.dangjian.validation.rule.Rule;

/**
 * Identifiers (RULES.md §5): resident ID numbers (GB 11643), unified social credit codes (GB 32100)
 * and mobile numbers read as text (value scope); an ID number that disagrees with the recorded
 * birth date or gender (record scope); two people with one ID number (dataset scope, kept as one
 * {@code long} and one {@code int} per member and sorted at the end).
 */
public final class IdentifierRules implements RuleGroup {

  static final Rule ID_FORMAT =
      Rules.rule("ID-FORMAT", ERROR, SECONDARY, VALUE, MEMBER)
          .citation(Rules.GB11643, "号码的结构")
          .statement(
              "公民身份号码为18位：17位数字本体码加1位校验码（数字或X）。",
              "A resident ID number has 18 characters: 17 digits and a check digit or X.")
          .message("公民身份号码格式错误：{problem}。", "The resident ID number is malformed: {problemEn}.")
          .build();

  static final Rule ID_CHECKSUM =
      Rules.rule("ID-CHECKSUM", ERROR, SECONDARY, VALUE, MEMBER)
          .citation(Rules.GB11643, "校验码（ISO 7064 MOD 11-2）")
          .statement(
              "第18位校验码须按 ISO 7064 MOD 11-2 由前17位算出。",
              "The 18th character is the ISO 7064 MOD 11-2 check character of the first 17.")
          .message(
              "公民身份号码校验码不正确（{value}）。",
              "The check character of the resident ID number {value} does not match.")
          .note(
              "标准原文未直接读到；算法经独立计算与多个公开实现复核。",
              "The standard's text was not read; the algorithm was re-verified by computation.")
          .build();

  static final Rule ID_BIRTH_DATE =
      Rules.rule("ID-BIRTH-DATE", ERROR, SECONDARY, VALUE, MEMBER)
          .citation(Rules.GB11643, "出生日期码")
          .statement(
              "第7至14位是出生日期，须为真实日期且不晚于当前日期。",
              "Characters 7 to 14 are a real birth date, not in the future.")
          .message(
              "公民身份号码中的出生日期无效：{problem}（{value}）。",
              "The birth date in the resident ID number {value} is invalid: {problemEn}.")
          .build();

  static final Rule ID_REGION =
      Rules.rule("ID-REGION", WARNING, MEMORY, VALUE, MEMBER)
          .citation(Rules.GB11643, "地址码；GB/T 2260")
          .statement(
              "前两位须为有效的省级行政区划代码（不要求6位代码仍在现行目录中）。",
              "The first two digits are a valid province code; the county code may be historic.")
          .message(
              "公民身份号码的省级代码无效（{value}）。",
              "The province code of the resident ID number {value} is not valid.")
          .note(
              "以9开头的外国人永久居留身份证号码算法未核实，暂按无效处理。",
              "Numbers starting with 9 (foreigners' permanent residence) are rejected until verified.")
          .build();

  static final Rule ID_BIRTH =
      Rules.rule("ID-BIRTH", ERROR, SECONDARY, RECORD, MEMBER)
          .citation(Rules.GB11643, "出生日期码")
          .statement(
              "记录的出生日期须与公民身份号码中的出生日期一致。",
              "The recorded birth date equals the birth date in the resident ID number.")
          .message(
              "出生日期 {birthDate} 与公民身份号码中的 {idBirthDate} 不一致。",
              "The birth date {birthDate} differs from {idBirthDate} in the resident ID number.")
          .build();

  static final Rule ID_GENDER =
      Rules.rule("ID-GENDER", ERROR, SECONDARY, RECORD, MEMBER)
          .citation(Rules.GB11643, "顺序码；GB/T 2261.1-2003")
          .statement(
              "公民身份号码第17位奇数为男、偶数为女，须与记录的性别一致。",
              "The 17th digit is odd for men and even for women and agrees with the recorded gender.")
          .message(
              "性别“{gender}”与公民身份号码所示的“{idGender}”不一致。",
              "The gender {genderEn} differs from {idGenderEn} in the resident ID number.")
          .build();

  static final Rule ID_DUPLICATE =
      Rules.rule("ID-DUPLICATE", ERROR, SECONDARY, DATASET, MEMBER)
          .citation(Rules.GB11643, "公民身份号码的唯一性")
          .statement(
              "公民身份号码一人一号，数据集中不得有两人使用同一号码。",
              "Each person has one number: no two people of a dataset share one.")
          .message(
              "公民身份号码 {value} 已由人员 {firstId} 使用。",
              "The resident ID number {value} is already used by member {firstId}.")
          .build();

  static final Rule USCC_FORMAT =
      Rules.rule("USCC-FORMAT", ERROR, SECONDARY, VALUE, ORGANIZATION)
          .citation(Rules.GB32100, "号码的结构")
          .statement(
              "统一社会信用代码为18位，由数字和除 I、O、Z、S、V 以外的大写字母组成。",
              "A unified social credit code has 18 characters of digits and capitals except I, O, Z, S, V.")
          .message(
              "统一社会信用代码格式错误：{problem}（{value}）。",
              "The unified social credit code {value} is malformed: {problemEn}.")
          .build();

  static final Rule USCC_CHECKSUM =
      Rules.rule("USCC-CHECKSUM", ERROR, SECONDARY, VALUE, ORGANIZATION)
          .citation(Rules.GB32100, "校验码（MOD 31）")
          .statement(
              "第18位校验码须按 GB 32100 的 MOD 31 算法由前17位算出。",
              "The 18th character is the GB 32100 MOD 31 check character of the first 17.")
          .message(
              "统一社会信用代码校验码不正确（{value}）。",
              "The check character of the unified social credit code {value} does not match.")
          .build();

  static final Rule USCC_ORG_CODE =
      Rules.rule("USCC-ORG-CODE", WARNING, SECONDARY, RECORD, ORGANIZATION)
          .citation(Rules.GB32100, "主体标识码；GB 11714-1997")
          .statement(
              "第9至17位的组织机构代码一般应通过 GB 11714 校验；部分历史代码不符合。",
              "Characters 9 to 17 usually pass the GB 11714 organization-code check; some legacy codes do not.")
          .message(
              "统一社会信用代码 {value} 中的组织机构代码未通过 GB 11714 校验。",
              "The organization code inside {value} fails the GB 11714 check.")
          .build();

  static final Rule PHONE_FORMAT =
      Rules.rule("PHONE-FORMAT", WARNING, MEMORY, VALUE, MEMBER)
          .citation("工业和信息化部电信网码号资源管理（移动电话号段）", "")
          .statement(
              "手机号码为11位数字，以13至19开头（可带 +86）。",
              "A mobile number has 11 digits starting 13 to 19 (+86 allowed).")
          .message(
              "手机号码格式错误：{problem}（{value}）。",
              "The mobile number {value} is malformed: {problemEn}.")
          .build();

  private static final List<Rule> RULES =
      List.of(
          ID_FORMAT,
          ID_CHECKSUM,
          ID_BIRTH_DATE,
          ID_REGION,
          ID_BIRTH,
          ID_GENDER,
          ID_DUPLICATE,
          USCC_FORMAT,
          USCC_CHECKSUM,
          USCC_ORG_CODE,
          PHONE_FORMAT);

  @Override
  public List<Rule> rules() {
    return RULES;
  }

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
   * 18th follows from them) and the member's index; 12 bytes per member, plus an 8-byte sorted copy
   * at the end.
   */
  private static final class DuplicateIds implements DatasetCheck {
    private final RunContext run;
    private final LongList keys = new LongList();
    private final IntList members = new IntList();

    DuplicateIds(RunContext run) {
      this.run = run;
    }

    @Override
    public void member(Member member, RecordContext seen) {
      int index = seen.index();
      if (member.idNumber().isEmpty()) {
        return;
      }
      keys.add(Long.parseLong(member.idNumber().get().value().substring(0, 17)));
      members.add(index);
    }

    @Override
    public void finish() {
      int size = keys.size();
      if (!run.isEnabled(ID_DUPLICATE) || size < 2) {
        return;
      }
      long[] sorted = keys.sortedCopy();
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
      if (repeatedCount == 0) {
        return;
      }
      long[] duplicates = Arrays.copyOf(repeated, repeatedCount);
      int[] first = new int[repeatedCount];
      Arrays.fill(first, -1);
      for (int i = 0; i < size; i++) {
        int slot = Arrays.binarySearch(duplicates, keys.get(i));
        if (slot < 0) {
          continue;
        }
        if (first[slot] < 0) {
          first[slot] = members.get(i);
          continue;
        }
        String full = Long.toString(keys.get(i));
        String number = full + ResidentIdNumber.checkCharacter(full);
        String masked = ResidentIdNumber.parse(number).orElseThrow().masked();
        run.reportAt(
            MEMBER,
            members.get(i),
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
  }
}
