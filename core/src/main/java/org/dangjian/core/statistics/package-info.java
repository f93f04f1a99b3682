/**
 * Statistics as pure functions over a dataset view, in the dimensions of the national party
 * statistics bulletin (党内统计公报) and of a group's work bulletin.
 */
@DomainStyle
package org.dangjian.core.statistics;

import org.dangjian.core.internal.DomainStyle;
