package org.dangjian.io.json.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dangjian.io.DataFormat;
import org.dangjian.io.Privacy;
import org.dangjian.io.json.JsonTestSupport;
import org.dangjian.io.json.JsonTestSupport.Imported;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed JSON Schemas under {@code schema/} equal what the types generate, and what we write
 * validates against them: the committed samples and every document and line the round-trip exports
 * produce (networknt json-schema-validator). To regenerate after changing a domain type, run this
 * test with {@code -Ddangjian.schema.update=true}.
 */
class ExchangeSchemaTest {

  private static final Path SCHEMA_DIR = Path.of("..", "schema");
  private static final Path SAMPLES = Path.of("src", "test", "resources", "samples");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  static Schema document() {
    return REGISTRY.getSchema(ExchangeSchemas.document());
  }

  static Schema record() {
    return REGISTRY.getSchema(ExchangeSchemas.record());
  }

  @Test
  void committedSchemasAreUpToDate() throws IOException {
    for (Map.Entry<String, String> file : ExchangeSchemas.files().entrySet()) {
      Path path = SCHEMA_DIR.resolve(file.getKey());
      if (Boolean.getBoolean("dangjian.schema.update")) {
        Files.createDirectories(SCHEMA_DIR);
        Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
      }
      assertThat(path).exists();
      assertThat(Files.readString(path, StandardCharsets.UTF_8))
          .as(
              "schema/"
                  + file.getKey()
                  + " is stale: run ./mvnw -B -q -pl core,testkit,validation,io verify"
                  + " -Dtest=ExchangeSchemaTest -Dsurefire.failIfNoSpecifiedTests=false"
                  + " -Ddangjian.schema.update=true")
          .isEqualTo(file.getValue());
    }
  }

  @Test
  void committedSamplesValidateAgainstTheSchemasAndImportWithoutInputProblems() throws IOException {
    List<Path> samples;
    try (Stream<Path> files = Files.list(SAMPLES)) {
      samples = files.sorted().toList();
    }
    assertThat(samples)
        .extracting(p -> p.getFileName().toString())
        .contains("branch-document.json", "branch-records.jsonl");
    for (Path sample : samples) {
      byte[] bytes = Files.readAllBytes(sample);
      DataFormat format = DataFormat.forFileName(sample.getFileName().toString()).orElseThrow();
      assertThat(errors(bytes, format)).as(sample.toString()).isEmpty();
      Imported imported =
          JsonTestSupport.read(
              bytes, format, org.dangjian.io.ImportOptions.of(JsonTestSupport.AS_OF));
      assertThat(imported.io()).as(sample.toString()).isEmpty();
      assertThat(imported.report().input().get().accepted()).isPositive();
    }
  }

  @ParameterizedTest
  @EnumSource(Privacy.class)
  void everyExportedDocumentAndLineValidates(Privacy privacy) {
    assertThat(errors(JsonTestSupport.export(DataFormat.JSON, privacy), DataFormat.JSON)).isEmpty();
    assertThat(
            errors(JsonTestSupport.export(DataFormat.JSON_LINES, privacy), DataFormat.JSON_LINES))
        .isEmpty();
  }

  @Test
  void schemasRejectWhatTheReadersReject() {
    String member =
        "{\"id\":\"m1\",\"name\":\"张三\",\"gender\":\"MALE\",\"birthDate\":\"1990-01-01\","
            + "\"stage\":\"FULL\",\"organizationId\":\"b1\"}";
    String header = "{\"format\":\"dangjian-exchange\",\"version\":\"1.0\",\"members\":[";

    assertThat(documentErrors(header + member + "]}")).isEmpty();
    assertThat(documentErrors(header + member.replace("\"stage\"", "\"nmae\":1,\"stage\"") + "]}"))
        .hasSize(1);
    assertThat(documentErrors(header + member.replace("\"stage\":\"FULL\",", "") + "]}"))
        .hasSize(1);
    assertThat(documentErrors(header + member.replace("MALE", "男") + "]}")).hasSize(1);
    assertThat(documentErrors(header.replace("1.0", "2.0") + member + "]}")).hasSize(1);
    assertThat(lineErrors("{\"kind\":\"member\",\"record\":" + member + "}")).isEmpty();
    assertThat(lineErrors("{\"kind\":\"organization\",\"record\":" + member + "}")).isNotEmpty();
  }

  private static List<String> documentErrors(String text) {
    return messages(document().validate(JSON.readTree(text)));
  }

  private static List<String> lineErrors(String line) {
    return messages(record().validate(JSON.readTree(line)));
  }

  /** The validation errors of {@code bytes}: the document, or each JSON Lines line. */
  static List<String> errors(byte[] bytes, DataFormat format) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (format == DataFormat.JSON) {
      return messages(document().validate(JSON.readTree(text)));
    }
    Schema line = record();
    List<String> errors = new ArrayList<>();
    text.lines()
        .filter(l -> !l.isBlank())
        .forEach(l -> errors.addAll(messages(line.validate(JSON.readTree(l)))));
    return errors;
  }

  private static List<String> messages(List<Error> errors) {
    return errors.stream().map(e -> e.getInstanceLocation() + " " + e.getMessage()).toList();
  }

  static JsonNode tree(String text) {
    return JSON.readTree(text);
  }
}
