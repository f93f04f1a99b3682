/** Runnable examples of dangjian-sdk; not a library. */
module org.dangjian.examples {
  requires transitive org.dangjian.testkit;
  requires transitive org.dangjian.validation;
  requires org.hibernate.validator;
  requires org.dangjian.io;
  // Not read by the code: its format providers (CSV, XLSX) are found through its descriptor.
  requires org.dangjian.io.roster;
  requires java.logging;

  exports org.dangjian.examples;

  // Hibernate Validator reads the constraints of ApplicantCheck.Applicant's fields reflectively, as
  // it does in any application's form classes.
  opens org.dangjian.examples to
      org.hibernate.validator;
}
