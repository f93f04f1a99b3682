/** A test module that reads dangjian-testkit like downstream-tests does. */
open module com.example.internaluse {
  requires org.dangjian.testkit;
}
