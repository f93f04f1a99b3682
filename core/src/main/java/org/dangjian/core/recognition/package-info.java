/**
 * Recognition given to organizations and members: star ratings by year (星级党组织) and honors with
 * their level (优秀共产党员, 标杆党组织, 红色先锋 ...).
 */
@DomainStyle
package org.dangjian.core.recognition;

import org.dangjian.core.internal.DomainStyle;
