/**
 * Statistics as pure functions over a dataset view, in the dimensions of the national party
 * statistics bulletin (党内统计公报) and of a group's work bulletin, the coverage of units by party work
 * (覆盖率, 组织关系转入率) and the flows of a period.
 */
@DomainStyle
package org.dangjian.core.statistics;

import org.dangjian.core.internal.DomainStyle;
