/**
 * The {@code dangjian} command line: validates, converts, generates and summarizes
 * party-organization data files through the io, validation and testkit modules. An application, not
 * a library: {@code org.dangjian.cli.Dangjian} is its entry point; the commands live in the
 * unexported {@code internal} package.
 */
module org.dangjian.cli {
  requires org.dangjian.io;
  requires org.dangjian.io.roster;
  requires org.dangjian.io.bulletin;
  requires tools.jackson.dataformat.csv;
  requires ical4j.core;
  requires org.dangjian.testkit;
  requires info.picocli;
  requires tools.jackson.databind;
  requires java.logging;

  exports org.dangjian.cli;

  // picocli sets the annotated option fields of the commands reflectively.
  opens org.dangjian.cli.internal to
      info.picocli;
}
