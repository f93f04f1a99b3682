package org.dangjian.testkit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.core.code.Gender;
import org.dangjian.core.member.MemberStage;

/**
 * A person being generated: stage, veteran flag and planning order, id, name, gender and birth
 * date, the dates of every development step from application to archiving, training details, and
 * the ids of mentors and introducers. Filled in by {@code MemberPlanner} and turned into a member
 * by {@code PersonData}.
 */
final class Person {
  final MemberStage stage;
  final boolean veteran;
  final int order;
  String id;
  String name;
  Gender gender;
  LocalDate birth;
  LocalDate application;
  LocalDate talk;
  LocalDate activist;
  LocalDate activistFiling;
  LocalDate mentorAssignment;
  final List<LocalDate> assessments = new ArrayList<>();
  LocalDate target;
  LocalDate targetFiling;
  LocalDate introducerAssignment;
  LocalDate review;
  LocalDate training;
  int trainingDays;
  int trainingHours;
  LocalDate branchReview;
  LocalDate preReview;
  LocalDate form;
  LocalDate admission;
  LocalDate approvalTalk;
  LocalDate approval;
  LocalDate admissionFiling;
  LocalDate groupAssignment;
  LocalDate oath;
  LocalDate probationAssessment;
  LocalDate conversionApplication;
  LocalDate conversionMeeting;
  LocalDate conversionApproval;
  LocalDate archiving;
  List<String> mentors = List.of();
  List<String> introducers = List.of();

  Person(MemberStage stage, boolean veteran, int order) {
    this.stage = stage;
    this.veteran = veteran;
    this.order = order;
  }

  /** The first day the person counts as full member, or null. */
  LocalDate fullFrom() {
    return conversionApproval;
  }

  /**
   * How many of the date-sorted full members were full on {@code date}; a person is never among the
   * full members on its own activist or target date.
   */
  static int countFullOn(List<Person> fullByDate, LocalDate date) {
    int lo = 0;
    int hi = fullByDate.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (!fullByDate.get(mid).fullFrom().isAfter(date)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
