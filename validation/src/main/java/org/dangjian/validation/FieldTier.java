package org.dangjian.validation;

/**
 * How the field constraints of the records (lengths, ranges, required values, cascading into steps,
 * payments and attendances) are checked. {@link #FAST}, the default, checks the SDK's own
 * constraints by code read once from Hibernate Validator's metadata, without the generic Bean
 * Validation cascade per record; {@link #FULL} hands every record to Hibernate Validator. Both give
 * the same issues (a test compares them over generated and mutated data); a record holding a
 * constraint the fast tier does not know (a user's own, a group, a class-level constraint) goes to
 * Hibernate Validator in either tier.
 */
public enum FieldTier {
  /** Constraints checked by code; records with unknown constraints go to Hibernate Validator. */
  FAST,
  /** Every record checked by Hibernate Validator. */
  FULL
}
