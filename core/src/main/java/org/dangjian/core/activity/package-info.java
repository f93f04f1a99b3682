/**
 * Organizational life (组织生活): meetings of the 三会一课, themed party days, annual appraisals, oaths,
 * training, co-building events and visits, each with its date, organization and attendance.
 */
@DomainStyle
package org.dangjian.core.activity;

import org.dangjian.core.internal.DomainStyle;
