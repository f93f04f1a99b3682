/** Runnable examples of dangjian-sdk; not a library. */
module org.dangjian.examples {
  requires transitive org.dangjian.testkit;

  exports org.dangjian.examples;
}
