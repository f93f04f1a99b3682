package org.dangjian.validation;

import java.time.LocalDate;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.StatisticalClass;
import org.dangjian.core.organization.UnitType;
import org.immutables.value.Value;

/**
 * The term lengths of grassroots committees in force from {@link #effectiveFrom()}, applied to a
 * committee by its election date: the allowed range (CONST-014), the usual length by kind of
 * organization (ORG-009/ORG-010) and how long a re-election may be postponed (ORG-011). {@link
 * #opinion2018()} is the default; {@link #uniformFiveYears(LocalDate)} encodes the unverified
 * reading that the 2022 Party Constitution set every term at five years, for settings that adopt
 * it.
 */
@Value.Immutable
public interface TermEdition {

  /** The edition's name. */
  String name();

  /** The first election date the edition applies to. */
  LocalDate effectiveFrom();

  /** Shortest allowed term in years. */
  int minimumYears();

  /** Longest allowed term in years. */
  int maximumYears();

  /** Usual term of a grassroots party committee (基层党委) in years. */
  int committeeYears();

  /** Usual term of a general branch or branch committee in years. */
  int branchYears();

  /** Usual term of any committee in a village or community in years. */
  int villageYears();

  /** Months a re-election may be postponed with approval, at most. */
  int postponementMonths();

  /** The usual term for an organization of {@code kind} in a unit of {@code unitType}. */
  default int usualYears(OrganizationKind kind, UnitType unitType) {
    if (unitType.isVillageOrCommunity()) {
      return villageYears();
    }
    return kind.statisticalClass() == StatisticalClass.COMMITTEE ? committeeYears() : branchYears();
  }

  /** 中办《关于党的基层组织任期的意见》 (2018-07): 3 to 5 years, usually 5 / 3 / 5. */
  static TermEdition opinion2018() {
    return builder()
        .name("2018")
        .effectiveFrom(LocalDate.of(2018, 7, 1))
        .minimumYears(3)
        .maximumYears(5)
        .committeeYears(5)
        .branchYears(3)
        .villageYears(5)
        .postponementMonths(12)
        .build();
  }

  /** Every grassroots term five years, for committees elected from {@code from} (unverified). */
  static TermEdition uniformFiveYears(LocalDate from) {
    return builder()
        .name("2022-uniform-5")
        .effectiveFrom(from)
        .minimumYears(5)
        .maximumYears(5)
        .committeeYears(5)
        .branchYears(5)
        .villageYears(5)
        .postponementMonths(12)
        .build();
  }

  /** Starts a builder. */
  static ImmutableTermEdition.Builder builder() {
    return ImmutableTermEdition.builder();
  }
}
