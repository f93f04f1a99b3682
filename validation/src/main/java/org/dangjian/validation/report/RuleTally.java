package org.dangjian.validation.report;

import org.dangjian.validation.rule.Severity;

/**
 * How often one rule was broken in a report: the rule's code, the severity its issues carry and the
 * number of issues, counted even when the report keeps only the first issues (see {@link
 * ValidationReport#omittedIssues()}).
 *
 * @param code the rule code
 * @param severity the severity of its issues
 * @param count how many issues the rule raised
 */
public record RuleTally(String code, Severity severity, long count) {}
