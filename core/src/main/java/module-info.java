/**
 * The domain model of dangjian-sdk: immutable types for party and mass organizations, members and
 * their development, activities, bulletins, identifiers and code tables, the {@code Dataset}
 * aggregate and statistics over it. Free of Jackson and of any validator implementation: field
 * constraints are Jakarta Validation annotations, and the identifier constraints of {@code
 * org.dangjian.core.constraint} are implemented by the validation module.
 */
module org.dangjian.core {
  requires static org.immutables.value.annotations;
  requires transitive jakarta.validation;

  exports org.dangjian.core.activity;
  exports org.dangjian.core.bulletin;
  exports org.dangjian.core.calendar;
  exports org.dangjian.core.code;
  exports org.dangjian.core.constraint;
  exports org.dangjian.core.dataset;
  exports org.dangjian.core.id;
  exports org.dangjian.core.link;
  exports org.dangjian.core.member;
  exports org.dangjian.core.organization;
  exports org.dangjian.core.points;
  exports org.dangjian.core.recognition;
  exports org.dangjian.core.record;
  exports org.dangjian.core.statistics;
  exports org.dangjian.core.text;
  exports org.dangjian.core.vanguard;
  // The Immutables style, shared with the modules of the SDK only.
  exports org.dangjian.core.internal to
      org.dangjian.validation,
      org.dangjian.io;
}
