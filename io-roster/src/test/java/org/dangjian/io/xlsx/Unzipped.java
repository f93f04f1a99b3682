package org.dangjian.io.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Test helper: the text of every entry of a workbook, to check the XML a writer produced. */
public final class Unzipped {

  private static final Pattern REFERENCE = Pattern.compile("&#x([0-9a-fA-F]+);");

  private Unzipped() {}

  /**
   * Replaces the numeric character references fastexcel writes ({@code &#x515a;}) by characters.
   */
  static String decodeReferences(String xml) {
    Matcher m = REFERENCE.matcher(xml);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out, Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Entry name to UTF-8 text with references decoded, read through the ZIP directory. */
  public static Map<String, String> entries(byte[] xlsx) throws IOException {
    Path file = Files.createTempFile("unzipped-", ".xlsx");
    try {
      Files.write(file, xlsx);
      Map<String, String> entries = new LinkedHashMap<>();
      try (ZipFile zip = new ZipFile(file.toFile())) {
        for (ZipEntry entry : Collections.list(zip.entries())) {
          try (InputStream in = zip.getInputStream(entry)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            entries.put(entry.getName(), decodeReferences(text));
          }
        }
      }
      return entries;
    } finally {
      Files.delete(file);
    }
  }
}
