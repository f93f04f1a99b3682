package org.dangjian.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.dangjian.core.calendar.Anniversary;

/**
 * The anniversaries of a listing as an iCalendar file (RFC 5545) that calendar applications import:
 * one all-day event per anniversary, summary "name · kind", the note as description, the kind as
 * category, free time. Written with ical4j, which also validates the calendar before it is written.
 * Each event's UID is derived from the kind, member id and day (hashed: a member id can be anything
 * the input held), so importing a calendar twice updates the events instead of doubling them;
 * DTSTAMP is the start of {@code today} in UTC, so the same input gives the same file.
 */
final class AnniversaryIcs {

  private AnniversaryIcs() {}

  /** Writes the listing's anniversaries as a calendar. */
  static void write(AnniversaryListing listing, LocalDate today, OutputStream stream)
      throws IOException {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//dangjian-sdk//anniversaries//ZH"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    List<AnniversaryListing.Row> rows = listing.rows();
    List<Anniversary> anniversaries = listing.anniversaries();
    DtStamp stamp = new DtStamp(today.atStartOfDay().toInstant(ZoneOffset.UTC));
    for (int i = 0; i < rows.size(); i++) {
      AnniversaryListing.Row row = rows.get(i);
      Anniversary a = anniversaries.get(i);
      VEvent event = new VEvent(a.date(), row.name() + " · " + row.kind());
      event.replace(stamp);
      event.add(new Uid(uid(a)));
      event.add(new Categories(row.kind()));
      event.add(ImmutableTransp.TRANSPARENT);
      String description = row.organization() + (row.note().isEmpty() ? "" : "，" + row.note());
      event.add(new Description(description));
      calendar.add(event);
    }
    try {
      new CalendarOutputter(true).output(calendar, stream);
    } catch (ValidationException e) {
      throw new IllegalStateException("the calendar does not validate: " + e.getMessage(), e);
    }
  }

  private static String uid(Anniversary a) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest =
          sha.digest(
              (a.kind().name() + '\n' + a.memberId() + '\n' + a.date())
                  .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16) + "@anniversaries.dangjian";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
