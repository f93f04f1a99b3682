package org.dangjian.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.csv.CsvFactory;

/**
 * The floor of any reader, as a whole process: Jackson's streaming parser reads every token of one
 * file (JSON or JSON Lines, or CSV when the name ends in {@code .csv}) and does nothing else but
 * count them. docs/BENCHMARKS.md compares the CPU of {@code dangjian} commands with the CPU of this
 * program on the same file: {@code java -cp benchmarks/target/benchmarks.jar
 * org.dangjian.benchmarks.JacksonTokenScan FILE}.
 */
public final class JacksonTokenScan {

  private JacksonTokenScan() {}

  /**
   * Scans the file named by the first argument and prints the number of tokens.
   *
   * @param args the file
   * @throws IOException when the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: JacksonTokenScan FILE");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    long tokens = 0;
    try (InputStream in = Files.newInputStream(file);
        JsonParser parser = parser(file, in)) {
      while (parser.nextToken() != null) {
        tokens++;
      }
    }
    System.out.println(tokens + " tokens");
  }

  private static JsonParser parser(Path file, InputStream in) {
    if (file.getFileName().toString().endsWith(".csv")) {
      return new CsvFactory().createParser(ObjectReadContext.empty(), in);
    }
    return new JsonFactory().createParser(ObjectReadContext.empty(), in);
  }
}
