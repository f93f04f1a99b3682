/**
 * Members and the people in the development pipeline: person data, the 25 dated steps of the
 * development procedure, probation, transfers of organization relation, mobile-member periods,
 * departures, dues and honors.
 */
@DomainStyle
package org.dangjian.core.member;

import org.dangjian.core.internal.DomainStyle;
