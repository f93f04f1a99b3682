/**
 * The rule catalogue: every rule of the regulations that the SDK checks, as a {@link
 * org.dangjian.validation.rule.Rule} with a stable code, a default severity, the confidence of its
 * source, a citation (document and article), a statement and a message in Chinese and English.
 * {@link org.dangjian.validation.rule.RuleCatalogue#standard()} lists them; {@code docs/rules.md}
 * is generated from it.
 */
@DomainStyle
package org.dangjian.validation.rule;

import org.dangjian.core.internal.DomainStyle;
