package org.dangjian.validation;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One edition of the time limits and counts of 《中国共产党发展党员工作细则》, in force from {@link
 * #effectiveFrom()}. A development case is checked against the edition in force on its application
 * date, so a new edition (the claimed 2026 revision, once its text is confirmed) is added beside
 * the others without changing them. {@link #of2014()} is the 2014 edition (中办发〔2014〕33号).
 */
@Value.Immutable
public interface DevelopmentEdition {

  /** The edition's name, for example {@code 2014}. */
  String name();

  /** The first application date the edition applies to. */
  LocalDate effectiveFrom();

  /** Minimum age on the application date (DEV-001/CONST-001). */
  int minimumAge();

  /** Months within which the organization talks with the applicant (DEV-003). */
  int applicationTalkMonths();

  /** 培养联系人 (mentors) at least and at most (DEV-005). */
  int minimumMentors();

  /** At most this many mentors (DEV-005). */
  int maximumMentors();

  /** Months between two assessments of an activist at most (DEV-006). */
  int assessmentIntervalMonths();

  /** Months of training as an activist before becoming a development target (DEV-007). */
  int activistMonths();

  /** Introducers required (DEV-008/CONST-002). */
  int introducers();

  /** Days of concentrated training at least, unless {@link #trainingClassHours()} are met. */
  int trainingDays();

  /** Class hours of concentrated training at least, unless {@link #trainingDays()} are met. */
  int trainingClassHours();

  /** Months within which the higher committee normally decides (DEV-015 warning). */
  int approvalMonths();

  /** Months within which the higher committee must decide (DEV-015 hard limit). */
  int approvalHardLimitMonths();

  /** Months of probation (DEV-017/CONST-004). */
  int probationMonths();

  /** Shortest extension of probation in months (DEV-018). */
  int minimumExtensionMonths();

  /** Longest extension of probation in months (DEV-018/CONST-006). */
  int maximumExtensionMonths();

  /** Months within which the conversion is approved (DEV-020). */
  int conversionApprovalMonths();

  /** The 2014 edition, in force from 2014-05-28 (the date it was issued by 中办). */
  static DevelopmentEdition of2014() {
    return builder()
        .name("2014")
        .effectiveFrom(LocalDate.of(2014, 5, 28))
        .minimumAge(18)
        .applicationTalkMonths(1)
        .minimumMentors(1)
        .maximumMentors(2)
        .assessmentIntervalMonths(6)
        .activistMonths(12)
        .introducers(2)
        .trainingDays(3)
        .trainingClassHours(24)
        .approvalMonths(3)
        .approvalHardLimitMonths(6)
        .probationMonths(12)
        .minimumExtensionMonths(6)
        .maximumExtensionMonths(12)
        .conversionApprovalMonths(3)
        .build();
  }

  /** Starts a builder. */
  static ImmutableDevelopmentEdition.Builder builder() {
    return ImmutableDevelopmentEdition.builder();
  }
}
