/**
 * Party and mass organizations as one typed tree: kinds, host units, committees and their terms,
 * posts and their holders, ratings, honors, pairing agreements and party-building instructors.
 */
@DomainStyle
package org.dangjian.core.organization;

import org.dangjian.core.internal.DomainStyle;
