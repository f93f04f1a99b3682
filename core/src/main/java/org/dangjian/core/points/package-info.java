/**
 * The points ledger of party members (党员积分): {@link org.dangjian.core.points.PointEntry}, one
 * signed entry of a member's points with its category, the record that earned it and who approved
 * it; {@link org.dangjian.core.points.PointsPolicy}, the local scheme that says how many points an
 * attended activity or an honor earns, the monthly and yearly caps and how long points stay valid,
 * in editions by date; and {@link org.dangjian.core.points.PointsLedger}, the functions over a
 * dataset: balances as of a date, the ledger of a period, rankings with ties ranked alike, totals
 * by category, and the derivation of entries from attendance lists and honors. Pure functions:
 * nothing here reads the clock.
 */
package org.dangjian.core.points;
