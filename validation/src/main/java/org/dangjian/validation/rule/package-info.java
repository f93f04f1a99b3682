/**
 * The rule catalogue: every rule of the regulations that the SDK checks, as a {@link
 * org.dangjian.validation.rule.Rule} with a stable code, a {@link
 * org.dangjian.validation.rule.Topic}, a default {@link org.dangjian.validation.rule.Severity}, the
 * confidence of its source, a citation (document and article), a statement and a message in Chinese
 * and English. {@link org.dangjian.validation.rule.RuleCatalogue#defaults()} reads them once from
 * the catalogue file {@code rules.jsonc} of this package; {@code docs/rules.md} is generated from
 * it. The package depends on no other package of validation.
 */
@DomainStyle
package org.dangjian.validation.rule;

import org.dangjian.core.internal.DomainStyle;
