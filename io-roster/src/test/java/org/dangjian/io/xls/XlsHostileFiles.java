package org.dangjian.io.xls;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.dangjian.core.id.ResidentIdNumber;

/**
 * Test helper: hostile and broken Excel 97-2003 files, each built from a valid workbook with one
 * deliberate defect in its OLE2 container or its BIFF8 record stream. {@link #main} writes them
 * into the committed corpus of bad files ({@code bad/xls}) and the fuzz seed corpus.
 */
public final class XlsHostileFiles {

  static final String[] HEADER = {"编号", "姓名", "性别", "出生日期", "公民身份号码", "人员类别", "所在党组织"};
  static final String ID = ResidentIdNumber.of("110101", LocalDate.of(1990, 3, 7), 123).value();

  private static final int SST = 0x00FC;
  private static final int LABEL_SST = 0x00FD;

  private XlsHostileFiles() {}

  /** A valid two-member roster. */
  public static byte[] valid() throws IOException {
    return XlsFiles.workbook("党员花名册")
        .row(0, 1, HEADER)
        .row(0, 2, "M1", "张三", "男", "#d:yyyy-mm-dd:1990-03-07", ID, "正式党员", "B1")
        .row(0, 3, "M2", "李四", "女", "1991.5.6", "", "预备党员", "B1")
        .bytes();
  }

  /** Every hostile file by its file name. */
  public static Map<String, byte[]> all() throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("truncated-biff.xls", truncated());
    files.put("huge-sst.xls", hugeSharedStrings(0x7FFF_FFFFL));
    files.put("sst-count-lie.xls", hugeSharedStrings(1_000_000));
    files.put("record-length-lie.xls", recordLengthLie());
    files.put("sst-index-beyond-table.xls", sharedStringIndexBeyondTable());
    files.put("no-workbook-stream.xls", container("WordDocument", new byte[600]));
    files.put("excel-95.xls", container("Book", new byte[600]));
    files.put("not-ole2.xls", "编号,姓名\r\nM1,张三\r\n".getBytes(StandardCharsets.UTF_8));
    files.put("broken-fat.xls", brokenFat());
    files.put("nested-substreams.xls", container("Workbook", nestedBofs(6)));
    files.put("encrypted.xls", encrypted());
    return files;
  }

  /** The Workbook stream of the valid roster. */
  public static byte[] workbookStream() throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(valid()));
        InputStream in = fs.createDocumentInputStream("Workbook")) {
      return in.readAllBytes();
    }
  }

  /** An OLE2 container holding one stream {@code name} with {@code bytes}. */
  public static byte[] container(String name, byte[] bytes) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(bytes), name);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  /** The valid roster with its Workbook stream cut at 60 %. */
  static byte[] truncated() throws IOException {
    byte[] stream = workbookStream();
    return container("Workbook", Arrays.copyOf(stream, stream.length * 3 / 5));
  }

  /** The valid roster whose shared-string table declares {@code count} strings. */
  static byte[] hugeSharedStrings(long count) throws IOException {
    byte[] stream = workbookStream();
    int at = find(stream, SST);
    ByteBuffer body = ByteBuffer.wrap(stream, at + 4, 8).order(ByteOrder.LITTLE_ENDIAN);
    body.putInt((int) count).putInt((int) count);
    return container("Workbook", stream);
  }

  /** The valid roster whose last shared-string cell declares more bytes than are left. */
  static byte[] recordLengthLie() throws IOException {
    byte[] stream = workbookStream();
    int at = findLast(stream, LABEL_SST);
    int left = stream.length - at - 4;
    ByteBuffer.wrap(stream, at + 2, 2).order(ByteOrder.LITTLE_ENDIAN).putShort((short) (left + 40));
    return container("Workbook", stream);
  }

  /** The valid roster whose first shared-string cell (A1) points past the table. */
  static byte[] sharedStringIndexBeyondTable() throws IOException {
    byte[] stream = workbookStream();
    int at = find(stream, LABEL_SST);
    ByteBuffer.wrap(stream, at + 4 + 6, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(9999);
    return container("Workbook", stream);
  }

  /** The valid roster with every entry of its file allocation table pointing at sector 1. */
  static byte[] brokenFat() throws IOException {
    byte[] file = valid();
    ByteBuffer header = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
    int fatSector = header.getInt(0x4C);
    int sectorSize = 1 << header.getShort(0x1E);
    int from = (fatSector + 1) * sectorSize;
    for (int i = from; i + 4 <= Math.min(file.length, from + sectorSize); i += 4) {
      ByteBuffer.wrap(file, i, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(1);
    }
    return file;
  }

  /** A record stream of {@code depth} nested BIFF8 beginning-of-file records. */
  static byte[] nestedBofs(int depth) {
    ByteBuffer stream = ByteBuffer.allocate(depth * 20).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < depth; i++) {
      stream.putShort((short) 0x0809).putShort((short) 16).putShort((short) 0x0600);
      stream.putShort((short) (i == 0 ? 0x0005 : 0x0010)).put(new byte[12]);
    }
    return stream.array();
  }

  /** A roster encrypted with a password. */
  static byte[] encrypted() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Biff8EncryptionKey.setCurrentUserPassword("secret");
    try (HSSFWorkbook workbook = new HSSFWorkbook()) {
      workbook.createSheet("党员花名册").createRow(0).createCell(0).setCellValue("编号");
      workbook.write(out);
    } finally {
      Biff8EncryptionKey.setCurrentUserPassword(null);
    }
    return out.toByteArray();
  }

  /** The number of unique strings the shared-string table of {@code stream} declares. */
  public static int sharedStrings(byte[] stream) {
    int at = find(stream, SST);
    return ByteBuffer.wrap(stream, at + 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
  }

  private static int find(byte[] stream, int sid) {
    for (int at = 0; at + 4 <= stream.length; ) {
      int found = u16(stream, at);
      if (found == sid) {
        return at;
      }
      at += 4 + u16(stream, at + 2);
    }
    throw new IllegalStateException("no record " + sid);
  }

  private static int findLast(byte[] stream, int sid) {
    int last = -1;
    for (int at = 0; at + 4 <= stream.length; at += 4 + u16(stream, at + 2)) {
      if (u16(stream, at) == sid) {
        last = at;
      }
    }
    if (last < 0) {
      throw new IllegalStateException("no record " + sid);
    }
    return last;
  }

  private static int u16(byte[] bytes, int at) {
    return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
  }

  /**
   * Writes the files into {@code args[0]} (the {@code bad/xls} folder) and, when given, {@code
   * args[1]} (the fuzz seed folder, which also gets the valid roster).
   */
  public static void main(String[] args) throws IOException {
    Path bad = Files.createDirectories(Path.of(args[0]));
    for (Map.Entry<String, byte[]> file : all().entrySet()) {
      Files.write(bad.resolve(file.getKey()), file.getValue());
    }
    if (args.length > 1) {
      Path seeds = Files.createDirectories(Path.of(args[1]));
      for (Map.Entry<String, byte[]> file : all().entrySet()) {
        Files.write(seeds.resolve(file.getKey()), file.getValue());
      }
      Files.write(seeds.resolve("valid.xls"), valid());
    }
  }
}
