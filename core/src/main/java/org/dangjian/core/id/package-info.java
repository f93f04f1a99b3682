/**
 * Identifier value objects, libphonenumber-style: the resident ID number (公民身份号码, GB 11643), the
 * unified social credit code (统一社会信用代码, GB 32100) and the mobile number. Each has a fast
 * well-formedness check, a full {@code parse} that returns the value or a typed {@link
 * org.dangjian.core.id.IdentifierProblem}, and a {@code toString()} that masks the number.
 */
@DomainStyle
package org.dangjian.core.id;

import org.dangjian.core.internal.DomainStyle;
