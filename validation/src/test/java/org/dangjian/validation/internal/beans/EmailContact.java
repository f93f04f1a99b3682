package org.dangjian.validation.internal.beans;

import jakarta.validation.constraints.Email;

/**
 * A user's bean with a constraint the fast tier of the field rules does not check itself, in a
 * package Hibernate Validator may read (for {@code FastFieldChecksTest}).
 *
 * @param email an email address
 */
public record EmailContact(@Email String email) {}
