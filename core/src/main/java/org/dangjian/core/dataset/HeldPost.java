package org.dangjian.core.dataset;

import java.util.Objects;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.PostHolding;

/**
 * A post held by a member together with the organization it is held in, as returned by {@link
 * Dataset#postsOf(String)}: a member may be 支部书记 of one branch and 委员 of the committee above.
 *
 * @param organization the organization the post belongs to
 * @param holding the post, holder and dates
 */
public record HeldPost(Organization organization, PostHolding holding) {

  /** Checks that both parts are present. */
  public HeldPost {
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(holding, "holding");
  }
}
