/**
 * The dates a party organization marks for its members: birthdays, political birthdays (政治生日, the
 * anniversary of admission), party-age milestones, and eligibility for the 「光荣在党50年」 commemorative
 * medal. {@link org.dangjian.core.calendar.AnniversaryCalendar} finds them for a period and an
 * organization's subtree; {@link org.dangjian.core.calendar.Anniversary} is one occurrence. Pure
 * functions over a {@code Dataset}: nothing here reads the clock.
 */
package org.dangjian.core.calendar;
