package org.dangjian.io.json.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed schemas under {@code schema/} as a JavaScript user meets them: Ajv (draft 2020-12,
 * its discriminator option, ajv-formats) compiles them, accepts what we write and reports a member
 * line without {@code stage} as one error at {@code /record}, not one per branch of the {@code
 * oneOf}. Needs Node.js and npm on the PATH ({@code .ci/run} installs Debian's {@code nodejs} and
 * {@code npm}); Ajv is installed from {@code src/test/ajv/package.json} into {@code target/ajv} on
 * first use.
 */
class AjvSchemaTest {

  private static final Path AJV = Path.of("target", "ajv");
  private static final Path SCHEMAS = Path.of("..", "schema");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String MEMBER =
      "{\"id\":\"m1\",\"name\":\"张三\",\"gender\":\"MALE\",\"birthDate\":\"1990-01-01\","
          + "\"stage\":\"FULL\",\"organizationId\":\"b1\"}";

  @BeforeAll
  static void installAjv() throws Exception {
    Files.createDirectories(AJV);
    Files.copy(
        Path.of("src", "test", "ajv", "package.json"),
        AJV.resolve("package.json"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.copy(
        Path.of("src", "test", "ajv", "check.js"),
        AJV.resolve("check.js"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    if (!Files.exists(AJV.resolve("node_modules/ajv-formats/package.json"))) {
      run(List.of("npm", "install", "--no-audit", "--no-fund", "--prefer-offline"), "", 300);
    }
  }

  @Test
  void member_line_without_stage_is_one_error_at_the_record() throws Exception {
    JsonNode results =
        check(
            "dangjian-exchange-record-1.0.schema.json",
            "{\"kind\":\"header\",\"format\":\"dangjian-exchange\",\"version\":\"1.0\","
                + "\"asOf\":\"2024-01-31\"}",
            "{\"kind\":\"member\",\"record\":" + MEMBER + "}",
            "{\"kind\":\"member\",\"record\":" + MEMBER.replace("\"stage\":\"FULL\",", "") + "}",
            "{\"kind\":\"member\",\"record\":" + MEMBER.replace("1990-01-01", "1990-13-01") + "}",
            "{\"kind\":\"person\",\"record\":" + MEMBER + "}");
    assertThat(results.get(0)).as("header").isEmpty();
    assertThat(results.get(1)).as("valid member").isEmpty();
    JsonNode missingStage = results.get(2);
    assertThat(missingStage).hasSize(1);
    assertThat(missingStage.get(0).get("instancePath").asString()).isEqualTo("/record");
    assertThat(missingStage.get(0).get("params").get("missingProperty").asString())
        .isEqualTo("stage");
    assertThat(results.get(3)).as("no such month").hasSize(1);
    assertThat(results.get(3).get(0).get("instancePath").asString()).isEqualTo("/record/birthDate");
    assertThat(results.get(4)).as("unknown kind").isNotEmpty();
  }

  @Test
  void documents_we_write_validate() throws Exception {
    String document =
        "{\"format\":\"dangjian-exchange\",\"version\":\"1.0\",\"asOf\":\"2024-01-31\","
            + "\"members\":["
            + MEMBER
            + "]}";
    JsonNode results =
        check(
            "dangjian-exchange-1.0.schema.json",
            document,
            document.replace("\"stage\":\"FULL\",", ""));
    assertThat(results.get(0)).isEmpty();
    assertThat(results.get(1)).hasSize(1);
  }

  @Test
  void schemas_have_ids() throws IOException {
    for (String file :
        List.of("dangjian-exchange-1.0.schema.json", "dangjian-exchange-record-1.0.schema.json")) {
      JsonNode schema = JSON.readTree(Files.readString(SCHEMAS.resolve(file)));
      assertThat(schema.get("$id").asString()).isEqualTo(ExchangeSchemas.ID_BASE + file);
    }
  }

  private static JsonNode check(String schema, String... texts) throws Exception {
    String out =
        run(
            List.of("node", "check.js", SCHEMAS.resolve(schema).toAbsolutePath().toString()),
            JSON.writeValueAsString(List.of(texts)),
            120);
    return JSON.readTree(out);
  }

  private static String run(List<String> command, String stdin, int seconds) throws Exception {
    Process process;
    try {
      process =
          new ProcessBuilder(command)
              .directory(AJV.toFile())
              .redirectError(AJV.resolve("stderr.txt").toFile())
              .start();
    } catch (IOException e) {
      return fail(
          "AjvSchemaTest needs Node.js and npm on the PATH (Debian: apt-get install nodejs npm;"
              + " .ci/run does it): "
              + e.getMessage());
    }
    process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(seconds, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
    assertThat(process.exitValue())
        .as(String.join(" ", command) + ": " + Files.readString(AJV.resolve("stderr.txt")))
        .isZero();
    return out;
  }
}
