/** Runnable examples of dangjian-sdk; not a library. */
module org.dangjian.examples {
  requires org.dangjian.core;
  requires org.dangjian.testkit;

  exports org.dangjian.examples;
}
