/**
 * Jakarta Validation constraints for the Chinese identifiers, to put on text fields: {@link
 * org.dangjian.core.constraint.ResidentId} (公民身份号码, GB 11643), {@link
 * org.dangjian.core.constraint.CreditCode} (统一社会信用代码, GB 32100) and {@link
 * org.dangjian.core.constraint.Mobile} (mobile phone numbers). The annotations are declared here,
 * free of any implementation; the {@code dangjian-validation} module implements them and registers
 * the implementations with the service loader, so a validator factory finds them on its own.
 */
package org.dangjian.core.constraint;
