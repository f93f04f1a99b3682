package org.dangjian.validation.internal;

import org.dangjian.core.record.RecordVisitor;

/**
 * The part of a rule group that needs several records: it sees every record once, in stream order,
 * through the visitor methods of the kinds it needs, keeps what it needs in compact form (counters
 * per organization, primitive arrays per member; never the records themselves), and reports in
 * {@link #finish}. {@link RecordContext#index()} is a record's 0-based position among the records
 * of its kind; {@link RunContext#locations()} turns it back into a location.
 */
public interface DatasetCheck extends RecordVisitor<RecordContext> {

  /** Reports what the records together break. */
  void finish();
}
