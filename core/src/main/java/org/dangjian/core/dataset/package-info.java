/**
 * The {@link org.dangjian.core.dataset.Dataset} aggregate of organizations, members, activities and
 * agreements, with lookups by id and an as-of view that derives the tree and head counts as they
 * stood on a given date.
 */
@DomainStyle
package org.dangjian.core.dataset;

import org.dangjian.core.internal.DomainStyle;
