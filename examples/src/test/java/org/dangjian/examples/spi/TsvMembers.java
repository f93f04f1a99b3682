package org.dangjian.examples.spi;

import java.util.List;
import org.dangjian.core.record.RecordKind;
import org.dangjian.io.DataFormat;

/**
 * A made-up third-party format for the SPI test: a tab-separated member list ({@code .tsv}, also
 * {@code .tab}), UTF-8, a header line and one member per line with the columns of {@link #COLUMNS}.
 * Nothing of the SDK knows it; {@link TsvMemberReader} and {@link TsvMemberWriter} are registered
 * in this module's test resources under {@code META-INF/services}.
 */
final class TsvMembers {

  /** The format, found by its name {@code tsv} and the extensions {@code .tsv} and {@code .tab}. */
  static final DataFormat TSV = DataFormat.of("tsv", List.of(RecordKind.MEMBER), "tab");

  /** The header line's columns, in order. */
  static final List<String> COLUMNS =
      List.of("id", "name", "gender", "birthDate", "stage", "organizationId", "idNumber");

  private TsvMembers() {}
}
