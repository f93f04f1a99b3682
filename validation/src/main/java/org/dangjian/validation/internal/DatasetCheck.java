package org.dangjian.validation.internal;

import org.dangjian.core.activity.Activity;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Organization;

/**
 * The part of a rule group that needs several records: it sees every record once, in stream order,
 * keeps what it needs in compact form (counters per organization, primitive arrays per member;
 * never the records themselves), and reports in {@link #finish}. The {@code index} of a record is
 * its 0-based position among the records of its type; {@link RunContext#locations()} turns it back
 * into a location.
 */
public interface DatasetCheck {

  /** Sees an organization. */
  default void organization(Organization organization, int index) {}

  /** Sees a member. */
  default void member(Member member, int index) {}

  /** Sees an activity. */
  default void activity(Activity activity, int index) {}

  /** Sees a bulletin. */
  default void bulletin(Bulletin bulletin, int index) {}

  /** Reports what the records together break. */
  void finish();
}
