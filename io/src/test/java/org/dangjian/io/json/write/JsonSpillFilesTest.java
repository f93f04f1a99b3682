package org.dangjian.io.json.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.io.Privacy;
import org.dangjian.io.internal.json.JsonDocumentWriter;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.validation.internal.spill.SpillFiles;
import org.junit.jupiter.api.Test;

/**
 * The JSON document writer spills out-of-order sections to owner-only files in the private
 * directory, and deletes them on close (issue 12: they hold personal data).
 */
class JsonSpillFilesTest {

  private static List<Path> spills() throws IOException {
    try (Stream<Path> files = Files.list(SpillFiles.directory())) {
      return files.filter(f -> f.getFileName().toString().startsWith("members-")).toList();
    }
  }

  @Test
  void spilledSectionsAreOwnerOnlyWhileOpenAndGoneAfterClose() throws IOException {
    Dataset group = DatasetGenerator.generate(GeneratorSettings.proportional(5, 50).build());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Path> before = spills();
    List<Path> open;
    try (JsonDocumentWriter writer = new JsonDocumentWriter(out, Privacy.FULL)) {
      writer.write(group.organizations().get(0));
      writer.write(group.members().get(0));
      open = spills().stream().filter(p -> !before.contains(p)).toList();
      assertThat(open).hasSize(1);
      assertThat(Files.getPosixFilePermissions(open.get(0)))
          .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }
    assertThat(open.get(0)).doesNotExist();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"members\"");
  }
}
