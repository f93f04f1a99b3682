package org.dangjian.core.points;

/**
 * One line of a points ranking: the rank (competition ranking, so that equal balances share a rank
 * and the next rank skips: 1, 1, 3), the member's id and the balance.
 *
 * @param rank the rank, from 1
 * @param memberId the member's id
 * @param points the member's balance on the ranking's date
 */
public record Ranked(int rank, String memberId, int points) {}
