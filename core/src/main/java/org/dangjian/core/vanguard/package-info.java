/**
 * Vanguard posts and teams (党员先锋岗、示范岗、突击队、志愿服务队、青年文明号): who holds a post or belongs to a team, set
 * up by which organization, over which dates, with the counts the team states.
 */
@DomainStyle
package org.dangjian.core.vanguard;

import org.dangjian.core.internal.DomainStyle;
