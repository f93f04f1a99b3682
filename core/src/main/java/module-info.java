/**
 * The domain model of dangjian-sdk: immutable types for party and mass organizations, members and
 * their development, activities, bulletins, identifiers and code tables, the {@code Dataset}
 * aggregate and statistics over it. Free of Jackson and of any validator implementation.
 */
module org.dangjian.core {
  requires static org.immutables.value.annotations;

  exports org.dangjian.core.code;
  exports org.dangjian.core.id;
}
