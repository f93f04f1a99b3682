package org.dangjian.validation.internal;

import org.dangjian.core.organization.HostUnit;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.UnitType;

/**
 * What dataset checks need to know of an organization, kept for every organization of a run (32
 * bytes each plus the id, which the run's other state shares, where the full record with its
 * committees and posts would be kilobytes): its index, id, kind and unit type. Its parent, dates
 * and ownership are in the structure index of the dataset checks, which needs them as numbers.
 *
 * @param index the organization's record index
 * @param id its id
 * @param kind its kind
 * @param unitType the type of its host unit (enterprise when unknown)
 */
public record OrgInfo(int index, String id, OrganizationKind kind, UnitType unitType) {

  static OrgInfo of(Organization o, int index) {
    return new OrgInfo(
        index, o.id(), o.kind(), o.hostUnit().map(HostUnit::type).orElse(UnitType.ENTERPRISE));
  }
}
