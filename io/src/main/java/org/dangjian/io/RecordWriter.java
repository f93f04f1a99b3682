package org.dangjian.io;

import java.io.IOException;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.PairingAgreement;

/**
 * Writes records to one output in a chosen format as they come, for outputs too large to hold as a
 * {@code Dataset}. Obtained from {@link DangjianExporter#open}; {@link #close()} completes the
 * output (the closing bracket of a JSON document, the workbook's directory of an XLSX file). A
 * format that has no place for a kind of record (a member roster has none for activities) skips it
 * and counts it in {@link #skipped()}. Every format takes records in any order; a JSON document
 * writes the first kind that arrives straight through and keeps the other kinds in temporary files
 * until {@link #close()}.
 */
public interface RecordWriter extends AutoCloseable {

  /** Writes an organization. */
  void organization(Organization organization) throws IOException;

  /** Writes a member. */
  void member(Member member) throws IOException;

  /** Writes an activity. */
  void activity(Activity activity) throws IOException;

  /** Writes a pairing agreement. */
  void pairing(PairingAgreement pairing) throws IOException;

  /** Writes a bulletin. */
  void bulletin(Bulletin bulletin) throws IOException;

  /** The number of records this format had no place for. */
  long skipped();

  /** Completes and closes the output. */
  @Override
  void close() throws IOException;
}
