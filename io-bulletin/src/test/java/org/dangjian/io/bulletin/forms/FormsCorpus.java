package org.dangjian.io.bulletin.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.RecordWriter;
import org.dangjian.testkit.SampleBulletins;

/**
 * Writes the committed corpus of {@code src/test/resources/real/forms/} (run its {@link #main} from
 * the module directory; Chromium must be installed): issue 62 of docs/DOMAIN.md as the SDK's HTML
 * page printed to PDF by headless Chromium (without and with the browser's running header and
 * footer), as the SDK's Word writer writes it, and as {@link StyledDocx} types it. The build reads
 * the committed files and needs neither Chromium nor this program.
 */
public final class FormsCorpus {

  static final Path DIR = Path.of("src/test/resources/real/forms");

  private FormsCorpus() {}

  /** Regenerates the corpus. */
  public static void main(String[] args) throws Exception {
    Files.createDirectories(DIR);
    Path html = Files.createTempFile("issue62", ".html");
    Files.write(html, write(DataFormat.HTML));
    chromium(html, DIR.resolve("issue62-chromium.pdf"), true);
    chromium(html, DIR.resolve("issue62-chromium-header-footer.pdf"), false);
    Files.delete(html);
    Files.write(
        DIR.resolve("issue62-writer.docx"), write(DataFormat.forName("docx").orElseThrow()));
    Files.write(DIR.resolve("issue62-styles.docx"), StyledDocx.issue62());
  }

  static byte[] write(DataFormat format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter writer = DangjianExporter.of(ExportOptions.defaults()).open(out, format)) {
      writer.write(SampleBulletins.issue62());
    }
    return out.toByteArray();
  }

  private static void chromium(Path html, Path pdf, boolean noHeaderFooter) throws Exception {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--print-to-pdf=" + pdf.toAbsolutePath()));
    if (noHeaderFooter) {
      command.add("--no-pdf-header-footer");
    }
    command.add(html.toUri().toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException("chromium failed for " + pdf);
    }
  }
}
