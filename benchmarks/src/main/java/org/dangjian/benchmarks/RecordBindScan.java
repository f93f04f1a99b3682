package org.dangjian.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dangjian.core.record.RecordKind;
import org.dangjian.io.json.DangjianJsonModule;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decoding alone, against Jackson's tokens, in one process: binds the {@code record} of every line
 * of a JSON Lines exchange file to its domain type through {@link DangjianJsonModule} (the record
 * deserializers the importer uses, without validation), then reads every token of the same lines,
 * several times each, and prints the best time of each and their ratio. docs/BENCHMARKS.md gives
 * the command: {@code java -cp benchmarks/target/benchmarks.jar
 * org.dangjian.benchmarks.RecordBindScan FILE [ROUNDS]}.
 */
public final class RecordBindScan {

  private RecordBindScan() {}

  /**
   * Binds and scans the file named by the first argument, as many rounds as the second says (5).
   *
   * @param args the file, and the number of rounds
   * @throws IOException when the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: RecordBindScan FILE [ROUNDS]");
      System.exit(2);
    }
    List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    JsonMapper mapper =
        JsonMapper.builder()
            .addModule(new DangjianJsonModule())
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    Map<String, Class<?>> types = new HashMap<>();
    for (RecordKind kind : RecordKind.values()) {
      types.put(kind.code(), kind.type());
    }
    long bind = Long.MAX_VALUE;
    long scan = Long.MAX_VALUE;
    long records = 0;
    long tokens = 0;
    for (int round = 0; round < rounds; round++) {
      long start = System.nanoTime();
      records = 0;
      for (int i = 1; i < lines.size(); i++) {
        records += bind(mapper, types, lines.get(i));
      }
      bind = Math.min(bind, System.nanoTime() - start);
      start = System.nanoTime();
      tokens = 0;
      for (int i = 1; i < lines.size(); i++) {
        try (JsonParser parser = mapper.createParser(lines.get(i))) {
          while (parser.nextToken() != null) {
            tokens++;
          }
        }
      }
      scan = Math.min(scan, System.nanoTime() - start);
    }
    System.out.printf(
        Locale.ROOT,
        "%d records bound in %d ms (best of %d); %d tokens scanned in %d ms; bind / scan %.2f%n",
        records,
        bind / 1_000_000,
        rounds,
        tokens,
        scan / 1_000_000,
        (double) bind / scan);
  }

  private static int bind(JsonMapper mapper, Map<String, Class<?>> types, String line) {
    int bound = 0;
    try (JsonParser parser = mapper.createParser(line)) {
      parser.nextToken();
      String kind = null;
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        if (name.equals("kind")) {
          kind = parser.getString();
        } else if (name.equals("record") && types.containsKey(kind)) {
          bound += mapper.readValue(parser, types.get(kind)) == null ? 0 : 1;
        } else {
          parser.skipChildren();
        }
      }
    }
    return bound;
  }
}
