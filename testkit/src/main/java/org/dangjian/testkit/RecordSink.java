package org.dangjian.testkit;

import org.dangjian.core.activity.Activity;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Organization;

/**
 * Receives the records of a generated stream one at a time ({@link
 * DatasetGenerator#stream(GeneratorSettings, int, RecordSink)}): all organizations of a group
 * first, then its members, then its activities, group after group. A sink that does not keep the
 * records lets a test push millions of members through a consumer with a small heap.
 */
public interface RecordSink {

  /** Receives an organization. */
  void organization(Organization organization);

  /** Receives a member or a person in the development pipeline. */
  void member(Member member);

  /** Receives an activity. */
  void activity(Activity activity);
}
