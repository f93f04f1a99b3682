package org.dangjian.core.points;

/**
 * The entries of one category of a ledger, counted and summed.
 *
 * @param category the category
 * @param entries the number of entries
 * @param points the sum of their points (deductions negative)
 */
public record CategoryTotal(PointCategory category, int entries, long points) {}
