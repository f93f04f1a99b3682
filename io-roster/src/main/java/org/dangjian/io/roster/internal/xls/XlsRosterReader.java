package org.dangjian.io.roster.internal.xls;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.eventusermodel.MissingRecordAwareHSSFListener;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.dangjian.core.record.Location;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ReadLimits;
import org.dangjian.io.Roster;
import org.dangjian.io.roster.internal.CellText;
import org.dangjian.io.roster.internal.OrganizationNames;
import org.dangjian.io.roster.internal.RosterSyntaxDetails;
import org.dangjian.io.roster.internal.xlsx.XlsxRosterReader;
import org.dangjian.io.spi.FormatReader;
import org.dangjian.io.spi.ReadContext;
import org.dangjian.validation.InputProblem;
import org.dangjian.validation.internal.spill.SpillFiles;

/**
 * Reads a legacy Excel 97-2003 roster workbook ({@code .xls}, BIFF8) with Apache POI's HSSF event
 * API, streaming records: no workbook model is built. A file is read in place; a stream is copied
 * to an owner-only temporary file first (an OLE2 container needs random access) and deleted
 * afterwards. Before POI parses a record, the container's {@code Workbook} stream is found (Excel
 * 5.0/95 and encrypted workbooks are named as such) and {@link XlsGuard} checks the record stream;
 * then {@link XlsRecords} turns every sheet into roster rows exactly as the XLSX reader does, in
 * two passes over the record stream (the sheets that hold organizations first, then the others, so
 * that member rows can name organizations of any sheet), with locations carrying the sheet, the
 * 1-based row and the cell reference such as {@code F12}. A file that is in fact an XLSX workbook
 * (a ZIP) is handed to the XLSX reader.
 */
public final class XlsRosterReader implements FormatReader {

  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };
  private static final byte[] ZIP = {'P', 'K', 3, 4};

  @Override
  public DataFormat format() {
    return DataFormat.XLS;
  }

  /** True when {@code head}, the first bytes of a file, is the signature of an OLE2 container. */
  public static boolean isOle2(byte[] head, int length) {
    return length >= OLE2.length && Arrays.equals(head, 0, OLE2.length, OLE2, 0, OLE2.length);
  }

  @Override
  public void read(InputStream in, String source, ReadContext context) throws IOException {
    Path file = SpillFiles.create("input-", ".xls");
    try {
      try (OutputStream copy = Files.newOutputStream(file)) {
        in.transferTo(copy);
      }
      read(file, source, context);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Reads the workbook {@code file} in place: no copy. */
  @Override
  public void read(Path file, String source, ReadContext context) throws IOException {
    Location whole = Location.builder().source(source).build();
    byte[] head = new byte[OLE2.length];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    }
    if (!isOle2(head, n)) {
      if (n >= ZIP.length && Arrays.equals(head, 0, ZIP.length, ZIP, 0, ZIP.length)) {
        new XlsxRosterReader().read(file, source, context);
        return;
      }
      syntax(context, whole, "not an Excel 97-2003 (.xls) workbook");
      return;
    }
    POIFSFileSystem container;
    try {
      container = new POIFSFileSystem(file.toFile(), true);
    } catch (IOException | RuntimeException e) {
      syntax(context, whole, "not a readable OLE2 compound file: " + detail(e));
      return;
    }
    try (container) {
      workbook(container.getRoot(), source, context);
    }
  }

  private static void workbook(DirectoryNode root, String source, ReadContext context)
      throws IOException {
    Location whole = Location.builder().source(source).build();
    ReadLimits limits = context.options().limits();
    if (root.getEntryCount() > limits.maxZipEntries()) {
      limit(context, whole, "maxZipEntries", limits.maxZipEntries(), root.getEntryCount() + "");
      return;
    }
    Optional<DocumentEntry> stream = Optional.empty();
    boolean encrypted = false;
    boolean biff5 = false;
    for (Entry entry : root) {
      String name = entry.getName().toLowerCase(Locale.ROOT);
      if (entry instanceof DocumentEntry document && name.equals("workbook")) {
        stream = Optional.of(document);
      }
      encrypted |= name.equals("encryptedpackage") || name.equals("encryptioninfo");
      biff5 |= name.equals("book");
    }
    if (stream.isEmpty()) {
      syntax(
          context,
          whole,
          encrypted
              ? "the workbook is encrypted (protected by a password): save it without a password"
                  + " and read it again"
              : biff5
                  ? "an Excel 5.0/95 workbook, not Excel 97-2003: save it as .xls 97-2003 or .xlsx"
                  : "an OLE2 file without a Workbook stream: not an Excel workbook");
      return;
    }
    DocumentEntry entry = stream.get();
    Optional<XlsGuard.Breach> breach;
    try (DocumentInputStream in = new DocumentInputStream(entry)) {
      breach = new XlsGuard(limits).check(in, entry.getSize());
    } catch (IOException | RuntimeException e) {
      syntax(context, whole, "the workbook stream cannot be read: " + detail(e));
      return;
    }
    if (breach.isPresent()) {
      XlsGuard.Breach b = breach.get();
      if (b.isLimit()) {
        limit(context, whole, b.limit(), b.max(), b.actual());
      } else {
        syntax(context, whole, b.detail());
      }
      return;
    }
    Map<Roster, Long> indexes = new EnumMap<>(Roster.class);
    OrganizationNames names = OrganizationNames.of(context);
    Set<Integer> later = new HashSet<>();
    if (events(entry, new XlsRecords(context, source, true, later, indexes, names), context, whole)
        && !later.isEmpty()) {
      events(entry, new XlsRecords(context, source, false, later, indexes, names), context, whole);
    }
  }

  /** One pass of POI's event reader over the record stream; false when reading must stop. */
  private static boolean events(
      DocumentEntry entry, XlsRecords records, ReadContext context, Location whole)
      throws IOException {
    FormatTrackingHSSFListener formats =
        new FormatTrackingHSSFListener(new MissingRecordAwareHSSFListener(records), Locale.ROOT);
    records.formats(formats);
    HSSFRequest request = new HSSFRequest();
    request.addListenerForAllRecords(formats);
    try (DocumentInputStream in = new DocumentInputStream(entry)) {
      new HSSFEventFactory().processEvents(request, in);
      return true;
    } catch (XlsRecords.Stop stop) {
      return false; // reported by the listener
    } catch (EncryptedDocumentException e) {
      syntax(
          context,
          whole,
          "the workbook is encrypted (protected by a password): save it without a password and"
              + " read it again");
      return false;
    } catch (RuntimeException e) {
      syntax(context, whole, "the workbook stream is malformed: " + detail(e));
      return false;
    }
  }

  private static String detail(Exception e) {
    return CellText.safeDetail(e.getClass().getSimpleName() + ": " + e.getMessage());
  }

  private static void syntax(ReadContext context, Location location, String detail) {
    context.problem(InputProblem.SYNTAX, location, "", RosterSyntaxDetails.of(detail));
    context.stoppedEarly();
  }

  private static void limit(
      ReadContext context, Location location, String limit, long max, String actual) {
    context.problem(
        InputProblem.LIMIT,
        location,
        "",
        Map.of("limit", limit, "max", Long.toString(max), "actual", actual));
    context.stoppedEarly();
  }
}
