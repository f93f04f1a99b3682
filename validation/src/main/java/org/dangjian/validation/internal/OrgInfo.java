package org.dangjian.validation.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.dangjian.core.organization.HostUnit;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.Ownership;
import org.dangjian.core.organization.UnitType;

/**
 * What dataset checks need to know of an organization, kept for every organization of a run (a few
 * dozen bytes each, where the full record with its committees and posts would be kilobytes): its
 * index, id, kind, parent, unit type, ownership and dates.
 *
 * @param index the organization's record index
 * @param id its id
 * @param kind its kind
 * @param parentId its parent's id, or null
 * @param unitType the type of its host unit (enterprise when unknown)
 * @param ownership the ownership of its host unit, or null
 * @param foundedOn its founding date, or null
 * @param dissolvedOn its dissolution date, or null
 */
public record OrgInfo(
    int index,
    String id,
    OrganizationKind kind,
    String parentId,
    UnitType unitType,
    Ownership ownership,
    LocalDate foundedOn,
    LocalDate dissolvedOn) {

  static OrgInfo of(Organization o, int index) {
    Optional<HostUnit> unit = o.hostUnit();
    return new OrgInfo(
        index,
        o.id(),
        o.kind(),
        o.parentId().orElse(null),
        unit.map(HostUnit::type).orElse(UnitType.ENTERPRISE),
        unit.flatMap(HostUnit::ownership).orElse(null),
        o.foundedOn().orElse(null),
        o.dissolvedOn().orElse(null));
  }

  boolean existsOn(LocalDate date) {
    return (foundedOn == null || !foundedOn.isAfter(date))
        && (dissolvedOn == null || date.isBefore(dissolvedOn));
  }
}
