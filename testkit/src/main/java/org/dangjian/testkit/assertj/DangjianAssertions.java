package org.dangjian.testkit.assertj;

import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Organization;

/**
 * The AssertJ entry point for dangjian-sdk domain types: {@code assertThat} for a {@link Member},
 * an {@link Organization} and a {@link Dataset}, each returning a custom assertion with
 * domain-specific checks. Failure messages name records by id and print identifiers only masked, so
 * test reports never leak a full resident ID number.
 *
 * <pre>{@code
 * import static org.dangjian.testkit.assertj.DangjianAssertions.assertThat;
 *
 * assertThat(member).hasStage(MemberStage.FULL).hasIdNumberConsistentWithPerson();
 * }</pre>
 */
public final class DangjianAssertions {

  private DangjianAssertions() {}

  /** Starts an assertion on a member. */
  public static MemberAssert assertThat(Member actual) {
    return new MemberAssert(actual);
  }

  /** Starts an assertion on an organization. */
  public static OrganizationAssert assertThat(Organization actual) {
    return new OrganizationAssert(actual);
  }

  /** Starts an assertion on a dataset. */
  public static DatasetAssert assertThat(Dataset actual) {
    return new DatasetAssert(actual);
  }
}
