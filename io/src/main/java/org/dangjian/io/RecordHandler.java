package org.dangjian.io;

import org.dangjian.core.activity.Activity;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.dataset.ImmutableDataset;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.PairingAgreement;
import org.dangjian.core.record.Location;

/**
 * Receives the records an import accepts, one at a time and in file order, with the location each
 * came from, so that a caller can convert or store a file of any size without holding it. Records
 * that could not be decoded never arrive here; they are issues of the report. Every method does
 * nothing by default.
 */
public interface RecordHandler {

  /** An accepted organization. */
  default void organization(Organization organization, Location location) {}

  /** An accepted member. */
  default void member(Member member, Location location) {}

  /** An accepted activity. */
  default void activity(Activity activity, Location location) {}

  /** An accepted pairing agreement. */
  default void pairing(PairingAgreement pairing, Location location) {}

  /** An accepted bulletin. */
  default void bulletin(Bulletin bulletin, Location location) {}

  /**
   * A handler that adds every accepted record to {@code dataset}, for callers that want the records
   * in memory ({@link DangjianImporter#read(java.nio.file.Path...)} uses it).
   */
  static RecordHandler into(ImmutableDataset.Builder dataset) {
    return new RecordHandler() {
      @Override
      public void organization(Organization organization, Location location) {
        dataset.addOrganization(organization);
      }

      @Override
      public void member(Member member, Location location) {
        dataset.addMember(member);
      }

      @Override
      public void activity(Activity activity, Location location) {
        dataset.addActivity(activity);
      }

      @Override
      public void pairing(PairingAgreement pairing, Location location) {
        dataset.addPairing(pairing);
      }

      @Override
      public void bulletin(Bulletin bulletin, Location location) {
        dataset.addBulletin(bulletin);
      }
    };
  }
}
