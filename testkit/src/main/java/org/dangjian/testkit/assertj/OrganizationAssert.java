package org.dangjian.testkit.assertj;

import org.assertj.core.api.AbstractAssert;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;

/**
 * Assertions on an {@link Organization}: its kind, its parent and whether it is branch-level (a
 * possible home organization of members). Messages identify the organization by id and name.
 */
public final class OrganizationAssert extends AbstractAssert<OrganizationAssert, Organization> {

  OrganizationAssert(Organization actual) {
    super(actual, OrganizationAssert.class);
  }

  private String which() {
    return "organization " + actual.id() + " (" + actual.name() + ")";
  }

  /** Verifies the kind. */
  public OrganizationAssert hasKind(OrganizationKind expected) {
    isNotNull();
    if (actual.kind() != expected) {
      failWithMessage("Expected %s to be a %s but was a %s", which(), expected, actual.kind());
    }
    return this;
  }

  /** Verifies the parent id. */
  public OrganizationAssert hasParent(String parentId) {
    isNotNull();
    if (!actual.parentId().filter(parentId::equals).isPresent()) {
      failWithMessage(
          "Expected %s to have parent %s but had %s",
          which(), parentId, actual.parentId().orElse("none"));
    }
    return this;
  }

  /** Verifies that the organization is a branch or joint branch. */
  public OrganizationAssert isBranchLevel() {
    isNotNull();
    if (!actual.kind().isBranchLevel()) {
      failWithMessage("Expected %s to be branch-level but was a %s", which(), actual.kind());
    }
    return this;
  }
}
