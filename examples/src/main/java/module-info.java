/** Runnable examples of dangjian-sdk; not a library. */
module org.dangjian.examples {
  requires transitive org.dangjian.testkit;
  requires transitive org.dangjian.validation;

  exports org.dangjian.examples;
}
