/**
 * Bulletins (党群工作简报) and news reports: masthead, ordered sections, items with the organizations and
 * people they mention, the statistics block and the priorities list.
 */
@DomainStyle
@Value.Style.Depluralize(dictionary = {"priority:priorities"})
package org.dangjian.core.bulletin;

import org.dangjian.core.internal.DomainStyle;
import org.immutables.value.Value;
