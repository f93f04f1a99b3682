/**
 * Validation of party-organization data against the rules of the regulations. Build a {@link
 * org.dangjian.validation.DangjianValidator} once from {@link
 * org.dangjian.validation.ValidationSettings} (a {@link org.dangjian.validation.Profile}, local
 * policy values, rule editions, severity overrides), then validate a whole dataset or stream
 * records through a {@link org.dangjian.validation.ValidationRun}. Rules are listed in {@code
 * org.dangjian.validation.rule}; reports are in {@code org.dangjian.validation.report}.
 */
@DomainStyle
package org.dangjian.validation;

import org.dangjian.core.internal.DomainStyle;
