package org.dangjian.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's dependency block is what the consumer project of {@code src/it/consumer} (built by
 * the invoker in {@code verify}, with the enforcer's dependencyConvergence) declares: the BOM
 * import and every module without a version. So the snippet a user pastes is the one that builds.
 */
class ReadmeDependenciesTest {

  private static final Pattern ARTIFACT =
      Pattern.compile("<artifactId>(dangjian-[a-z-]+)</artifactId>");

  @Test
  void readme_snippet_matches_the_consumer_project() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    int start = readme.indexOf("```xml\n<dependencyManagement>");
    assertThat(start).isNotNegative();
    String snippet = readme.substring(start, readme.indexOf("```\n", start + 6));
    String consumer = Files.readString(Path.of("src", "it", "consumer", "pom.xml"));

    List<String> readmeArtifacts = artifacts(snippet);
    assertThat(readmeArtifacts)
        .startsWith("dangjian-bom")
        .contains(
            "dangjian-core",
            "dangjian-validation",
            "dangjian-io",
            "dangjian-io-roster",
            "dangjian-io-bulletin",
            "dangjian-testkit");
    assertThat(artifacts(consumer)).containsExactlyInAnyOrderElementsOf(readmeArtifacts);
    assertThat(snippet).contains("<scope>import</scope>", "<type>pom</type>");
    // Only the BOM carries a version.
    assertThat(snippet.split("<version>", -1)).hasSize(2);
  }

  @Test
  void readme_spring_boot_snippet_imports_as_the_boot_project_does() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    int start = readme.indexOf("```xml\n<dependencyManagement>", readme.indexOf("### Spring Boot"));
    assertThat(start).isNotNegative();
    String snippet = readme.substring(start, readme.indexOf("```\n", start + 6));
    String boot = Files.readString(Path.of("src", "it", "spring-boot", "pom.xml"));
    // Boot's BOM first, so that its Jackson and Hibernate Validator win; then ours.
    assertThat(snippet).containsSubsequence("spring-boot-dependencies", "dangjian-bom");
    assertThat(boot).containsSubsequence("spring-boot-dependencies", "dangjian-bom");
    Matcher version =
        Pattern.compile("<spring-boot.version>([^<]+)</spring-boot.version>")
            .matcher(Files.readString(Path.of("pom.xml")));
    assertThat(version.find()).isTrue();
    assertThat(snippet).contains("<version>" + version.group(1) + "</version>");
  }

  private static List<String> artifacts(String xml) {
    Matcher m = ARTIFACT.matcher(xml);
    List<String> found = new java.util.ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
