package org.dangjian.io.internal.bulletin;

import org.dangjian.core.activity.Activity;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.PairingAgreement;
import org.dangjian.io.RecordWriter;

/**
 * The base of the writers of formats that hold bulletins only (Markdown, HTML): organizations,
 * members, activities and pairings have no place there, so they are skipped and counted, as the
 * {@link RecordWriter} contract says; subclasses write {@link #bulletin} and {@link #close}.
 */
public abstract class BulletinOnlyWriter implements RecordWriter {

  private long skipped;

  @Override
  public final void organization(Organization organization) {
    skipped++;
  }

  @Override
  public final void member(Member member) {
    skipped++;
  }

  @Override
  public final void activity(Activity activity) {
    skipped++;
  }

  @Override
  public final void pairing(PairingAgreement pairing) {
    skipped++;
  }

  @Override
  public final long skipped() {
    return skipped;
  }
}
