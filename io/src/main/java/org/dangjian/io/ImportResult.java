package org.dangjian.io;

import org.dangjian.core.dataset.Dataset;
import org.dangjian.validation.report.ValidationReport;
import org.immutables.value.Value;

/**
 * The outcome of {@link DangjianImporter#read}: the accepted records as a {@link Dataset} and the
 * validation report, whose {@code input()} counts the records read, accepted and rejected and whose
 * issues carry file locations. A record with validation issues is still accepted: it was decoded,
 * and the report says what is wrong with it.
 */
@Value.Immutable
public interface ImportResult {

  /** The records that could be decoded. */
  Dataset dataset();

  /** The report of decoding and validation. */
  ValidationReport report();
}
