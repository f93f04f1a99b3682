package org.dangjian.io;

import org.dangjian.core.activity.Activity;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.dataset.ImmutableDataset;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.PairingAgreement;
import org.dangjian.core.organization.Unit;
import org.dangjian.core.points.PointEntry;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.record.RecordVisitor;
import org.dangjian.core.vanguard.Team;

/**
 * Receives the records an import accepts, one at a time and in file order, with the location each
 * came from, so that a caller can convert or store a file of any size without holding it: a {@link
 * RecordVisitor} of locations. Records that could not be decoded never arrive here; they are issues
 * of the report. Override {@link #record} to treat every kind alike, or the method of a kind (such
 * as {@link #member}) to see that kind only; every method does nothing by default.
 */
public interface RecordHandler extends RecordVisitor<Location> {

  /**
   * A handler that adds every accepted record to {@code dataset}, for callers that want the records
   * in memory ({@link DangjianImporter#read(java.nio.file.Path...)} uses it).
   */
  static RecordHandler into(ImmutableDataset.Builder dataset) {
    return new RecordHandler() {
      @Override
      public void record(RecordKind kind, Object record, Location location) {
        switch (kind) {
          case ORGANIZATION -> dataset.addOrganization((Organization) record);
          case MEMBER -> dataset.addMember((Member) record);
          case ACTIVITY -> dataset.addActivity((Activity) record);
          case PAIRING -> dataset.addPairing((PairingAgreement) record);
          case BULLETIN -> dataset.addBulletin((Bulletin) record);
          case UNIT -> dataset.addUnit((Unit) record);
          case POINT_ENTRY -> dataset.addPointEntry((PointEntry) record);
          case TEAM -> dataset.addTeam((Team) record);
        }
      }
    };
  }
}
