/**
 * The test suite of a downstream application as a named module: it reads only the modules of the
 * published artifacts, so it sees only their exported packages. A test that imported {@code
 * org.dangjian.testkit.internal.mutation} or {@code org.dangjian.validation.internal.beans} would
 * not compile ("package ... is not visible"). Open, so that JUnit can reach the test classes.
 */
open module com.example.downstream {
  requires org.dangjian.io;
  requires org.dangjian.testkit.validation;
  requires org.junit.jupiter.api;
}
