package org.dangjian.examples.modular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Launches {@code ApplicantCheck} as a modular application ({@code java -p
 * dangjian-examples.jar:lib -m org.dangjian.examples/…}), after {@code package}: on the module path
 * Hibernate Validator must instantiate the SDK's constraint validators (an unexported package of
 * dangjian-validation, opened to it) and find their messages, and the SDK's own validator must run
 * the catalogue.
 */
class ModulePathApplicationIT {

  private static final Path TARGET = Path.of(System.getProperty("examples.target", "target"));

  @Test
  void modular_application_validates_with_the_sdk_constraints() throws Exception {
    Result result = run("110105194912310021", "1380013800");
    assertThat(result.stdout())
        .contains(
            "mobile: 不是有效的手机号码：号码长度不正确",
            "residentId: 不是有效的公民身份号码：校验码不正确",
            "group: 1 errors [DEV-010");
    assertThat(result.stdout())
        .contains("group.jsonl: written, skipped 0", "members.csv: written, skipped ")
        .containsPattern("member as JSON: [0-9]{3,}");
    // The SDK's validator runs first and builds Hibernate Validator's first factory: no banner.
    assertThat(result.stderr()).doesNotContain("HV000", "Exception");
    // The application ships the Log4j bridge README "Logging" names (log4j-to-jul, bound as a
    // service on the module path). ApplicantCheck itself never reaches POI (which would log), so
    // its stderr cannot show the bridge at work; the bridge's presence is what is checked here.
    try (Stream<Path> lib = Files.list(TARGET.resolve("lib"))) {
      assertThat(lib.map(p -> p.getFileName().toString()))
          .anyMatch(name -> name.startsWith("log4j-to-jul-"));
    }
    assertThat(result.exit()).isEqualTo(1);
  }

  @Test
  void valid_form_exits_zero() throws Exception {
    Result result = run("11010519491231002X", "13800138000");
    assertThat(result.stdout()).startsWith("group: ");
    assertThat(result.exit()).as(result.stderr()).isZero();
  }

  private record Result(int exit, String stdout, String stderr) {}

  private static Result run(String... args) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String modulePath =
        TARGET.resolve("dangjian-examples.jar") + File.pathSeparator + TARGET.resolve("lib");
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                java,
                "-Xmx256m",
                "-p",
                modulePath,
                "-m",
                "org.dangjian.examples/org.dangjian.examples.ApplicantCheck"));
    command.addAll(List.of(args));
    Path err = Files.createTempFile("applicant", ".err");
    try {
      Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
      String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      return new Result(process.exitValue(), stdout, Files.readString(err));
    } finally {
      Files.deleteIfExists(err);
    }
  }
}
