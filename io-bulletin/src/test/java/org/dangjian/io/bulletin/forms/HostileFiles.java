package org.dangjian.io.bulletin.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/**
 * Writes the hostile files of {@code src/test/resources/hostile/} (run its {@link #main} from the
 * module directory): PDFs and Word files built to exhaust a reader or to make it read what it must
 * not. {@code HostileFilesTest} and the command line's process test read them; each must end in one
 * clear {@code IO-SYNTAX} or {@code IO-LIMIT} issue.
 */
public final class HostileFiles {

  static final Path DIR = Path.of("src/test/resources/hostile");

  private HostileFiles() {}

  /** Regenerates the hostile files from the committed corpus of {@code real/forms/}. */
  public static void main(String[] args) throws Exception {
    Files.createDirectories(DIR);
    Files.write(DIR.resolve("nested-objects.pdf"), nestedObjects(200_000));
    Files.write(DIR.resolve("huge-stream.pdf"), hugeStream(1L << 30));
    Files.write(DIR.resolve("encrypted.pdf"), encrypted());
    Files.writeString(DIR.resolve("not-a-pdf.pdf"), "党群工作简报\n2024.1 总第六十二期\n");
    byte[] pdf = Files.readAllBytes(FormsCorpus.DIR.resolve("issue62-chromium.pdf"));
    Files.write(DIR.resolve("truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 3));
    byte[] docx = Files.readAllBytes(FormsCorpus.DIR.resolve("issue62-writer.docx"));
    Files.write(DIR.resolve("truncated.docx"), Arrays.copyOf(docx, docx.length / 2));
    Files.write(DIR.resolve("zip-bomb.docx"), zipBomb(docx, 1L << 30));
    Files.write(DIR.resolve("xxe.docx"), xxe(docx));
  }

  /** A one-page PDF whose resources hold arrays nested {@code depth} deep. */
  static byte[] nestedObjects(int depth) throws IOException {
    StringBuilder nested = new StringBuilder();
    nested.append("[".repeat(depth)).append("]".repeat(depth));
    return pdf(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            + " /Resources << /X "
            + nested
            + " >> >>",
        "BT /F1 12 Tf 72 720 Td (x) Tj ET".getBytes(StandardCharsets.US_ASCII),
        false);
  }

  /** A one-page PDF whose content stream inflates to {@code bytes} bytes of spaces. */
  static byte[] hugeStream(long bytes) throws IOException {
    ByteArrayOutputStream deflated = new ByteArrayOutputStream();
    try (OutputStream out =
        new DeflaterOutputStream(deflated, new Deflater(Deflater.BEST_COMPRESSION))) {
      byte[] spaces = new byte[1 << 16];
      Arrays.fill(spaces, (byte) ' ');
      for (long n = 0; n < bytes; n += spaces.length) {
        out.write(spaces);
      }
    }
    return pdf(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        deflated.toByteArray(),
        true);
  }

  private static byte[] pdf(String page, byte[] content, boolean flate) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
    out.write(
        "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n".getBytes(StandardCharsets.US_ASCII));
    out.write(
        "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            .getBytes(StandardCharsets.US_ASCII));
    out.write(("3 0 obj " + page + " endobj\n").getBytes(StandardCharsets.US_ASCII));
    out.write(
        ("4 0 obj << /Length "
                + content.length
                + (flate ? " /Filter /FlateDecode" : "")
                + " >>\nstream\n")
            .getBytes(StandardCharsets.US_ASCII));
    out.write(content);
    out.write("\nendstream endobj\n".getBytes(StandardCharsets.US_ASCII));
    out.write("trailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  /** A PDF that needs the user password {@code 123456} to open. */
  static byte[] encrypted() throws IOException {
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-secret", "123456", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  /** {@code docx} with its document part replaced by one of {@code bytes} bytes, mostly spaces. */
  static byte[] zipBomb(byte[] docx, long bytes) throws IOException {
    return replaceDocument(
        docx,
        out -> {
          out.write(
              ("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                      + "wordprocessingml/2006/main\"><w:body>")
                  .getBytes(StandardCharsets.US_ASCII));
          byte[] spaces = new byte[1 << 16];
          Arrays.fill(spaces, (byte) ' ');
          for (long n = 0; n < bytes; n += spaces.length) {
            out.write(spaces);
          }
          out.write("</w:body></w:document>".getBytes(StandardCharsets.US_ASCII));
        });
  }

  /** {@code docx} whose document part declares an external entity naming /etc/passwd. */
  static byte[] xxe(byte[] docx) throws IOException {
    return replaceDocument(
        docx,
        out ->
            out.write(
                ("<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/"
                        + "main\"><w:body><w:p><w:r><w:t>党群工作简报</w:t></w:r></w:p><w:p><w:r><w:t>2024.1"
                        + " &xxe;</w:t></w:r></w:p></w:body></w:document>")
                    .getBytes(StandardCharsets.UTF_8)));
  }

  private interface Part {
    void write(OutputStream out) throws IOException;
  }

  private static byte[] replaceDocument(byte[] docx, Part document) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(docx));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      out.setLevel(Deflater.BEST_COMPRESSION);
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals("word/document.xml")) {
          document.write(out);
        } else {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
