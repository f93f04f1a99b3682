/**
 * Validation reports: a {@link org.dangjian.validation.report.ValidationReport} is a
 * deterministically ordered list of {@link org.dangjian.validation.report.Issue}s, each with a
 * severity, a rule code, a message in Chinese or English, a {@link
 * org.dangjian.core.record.Location} precise enough to find the cell or line, and the offending
 * value masked where it is personal. Reports render as JSON and as readable text.
 */
@DomainStyle
package org.dangjian.validation.report;

import org.dangjian.core.internal.DomainStyle;
