/** Runnable examples of dangjian-sdk; not a library. */
module org.dangjian.examples {
  requires transitive org.dangjian.testkit;
  requires transitive org.dangjian.validation;
  requires java.logging;

  exports org.dangjian.examples;
}
