package org.dangjian.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dangjian.cli.CliRunner;
import org.dangjian.cli.CliRunner.Result;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.Privacy;
import org.dangjian.io.RecordHandler;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.validation.internal.spill.SpillFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.exc.JacksonIOException;

/**
 * How {@code convert}, {@code generate} and {@code bulletin check --link} write their files: a full
 * disk, device and FIFO targets, symbolic links, permissions, read-only targets, temporary files
 * left by a killed run, and hostile file names (issue 12). The tests run as root on the CI machine,
 * where writes to read-only files succeed, so they inspect permissions instead.
 */
class OutputFilesTest {

  private static final String ESC = "\u001B";

  @TempDir Path dir;

  private Path in;

  @BeforeEach
  void input() throws IOException {
    in = dir.resolve("in.jsonl");
    DangjianExporter.of(ExportOptions.of(Privacy.FULL))
        .write(DatasetGenerator.generate(GeneratorSettings.proportional(3, 50).build()), in);
  }

  @AfterEach
  void restoreStreams() {
    Outputs.streams = s -> s;
  }

  /** A disk that is full: every write fails as the operating system says it. */
  private static final class FullDisk extends FilterOutputStream {
    FullDisk(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      throw new IOException("No space left on device");
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      throw new IOException("No space left on device");
    }
  }

  private static Set<PosixFilePermission> mode(String text) {
    return PosixFilePermissions.fromString(text);
  }

  private long partFiles() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".part")).count();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"out.json", "out.jsonl", "out.csv", "out.xlsx"})
  void aFullDiskEndsConvertWithExitCode2NamingTheFile(String name) throws IOException {
    Outputs.streams = FullDisk::new;
    Path out = dir.resolve(name);
    Result result = CliRunner.run("convert", in.toString(), out.toString(), "--lang", "en");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines())
        .containsExactly("dangjian convert: cannot write " + out + ": No space left on device");
    assertThat(out).doesNotExist();
    assertThat(partFiles()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"group.json", "group.jsonl", "group.csv", "group.xlsx"})
  void aFullDiskEndsGenerateWithExitCode2NamingTheFile(String name) throws IOException {
    Outputs.streams = FullDisk::new;
    Path out = dir.resolve(name);
    Result result = CliRunner.run("generate", "--members", "50", out.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines())
        .containsExactly("dangjian generate: cannot write " + out + ": No space left on device");
    assertThat(out).doesNotExist();
    assertThat(partFiles()).isZero();
  }

  @Test
  void aFifoIsNotReplaced() throws Exception {
    Path fifo = dir.resolve("pipe.jsonl");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(mkfifo.exitValue()).isZero();
    for (String[] args :
        new String[][] {
          {"convert", in.toString(), fifo.toString()},
          {"generate", "--members", "50", fifo.toString()}
        }) {
      Result result = CliRunner.run(args);
      assertThat(result.exitCode()).isEqualTo(2);
      assertThat(result.errLines())
          .containsExactly(
              "dangjian "
                  + args[0]
                  + ": cannot write "
                  + fifo
                  + ": not a regular file (a device, FIFO or socket)");
      assertThat(Files.isRegularFile(fifo)).isFalse();
      assertThat(Files.exists(fifo)).isTrue();
    }
  }

  @Test
  void aDeviceIsNotReplaced() {
    // Checked before anything is opened: /dev/null itself is never touched.
    Result result = CliRunner.run("generate", "--members", "50", "/dev/null", "--to", "jsonl");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines())
        .containsExactly(
            "dangjian generate: cannot write /dev/null: not a regular file (a device, FIFO or"
                + " socket)");
    assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
  }

  @Test
  void aSymbolicLinkIsWrittenThroughAndStays() throws IOException {
    Path real = Files.writeString(dir.resolve("real.jsonl"), "old\n");
    Files.setPosixFilePermissions(real, mode("rw-r-----"));
    Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), real.getFileName());
    Result result = CliRunner.run("convert", in.toString(), link.toString());
    assertThat(result.exitCode()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).startsWith("{");
    assertThat(Files.getPosixFilePermissions(real)).isEqualTo(mode("rw-r-----"));
    assertThat(partFiles()).isZero();
  }

  @Test
  void aDanglingSymbolicLinkIsRefused() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), Path.of("nowhere/x.jsonl"));
    Result result = CliRunner.run("convert", in.toString(), link.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("cannot write " + link + ": it is a symbolic link");
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  @Test
  void anExistingTargetKeepsItsPermissions() throws IOException {
    Path out = Files.writeString(dir.resolve("out.jsonl"), "old\n");
    Files.setPosixFilePermissions(out, mode("rw-------"));
    Result result = CliRunner.run("convert", in.toString(), out.toString(), "--privacy", "full");
    assertThat(result.exitCode()).isZero();
    assertThat(Files.readString(out)).startsWith("{");
    assertThat(Files.getPosixFilePermissions(out)).isEqualTo(mode("rw-------"));
    Files.setPosixFilePermissions(out, mode("rw-rw-r--"));
    assertThat(CliRunner.run("generate", "--members", "50", out.toString()).exitCode()).isZero();
    assertThat(Files.getPosixFilePermissions(out)).isEqualTo(mode("rw-rw-r--"));
  }

  @Test
  void aNewFileWithFullIdentifiersIsOwnerOnlyAndOthersGetTheUmask() throws IOException {
    Path full = dir.resolve("full.csv");
    Path masked = dir.resolve("masked.csv");
    Path generated = dir.resolve("generated.jsonl");
    assertThat(
            CliRunner.run("convert", in.toString(), full.toString(), "--privacy", "full")
                .exitCode())
        .isZero();
    assertThat(CliRunner.run("convert", in.toString(), masked.toString()).exitCode()).isZero();
    assertThat(CliRunner.run("generate", "--members", "50", generated.toString()).exitCode())
        .isZero();
    Set<PosixFilePermission> umask =
        Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain")));
    assertThat(Files.getPosixFilePermissions(full)).isEqualTo(mode("rw-------"));
    assertThat(Files.getPosixFilePermissions(generated)).isEqualTo(mode("rw-------"));
    assertThat(Files.getPosixFilePermissions(masked)).isEqualTo(umask);
  }

  @Test
  void aReadOnlyTargetIsReplacedOnlyWithForce() throws IOException {
    Path out = Files.writeString(dir.resolve("out.jsonl"), "old\n");
    Files.setPosixFilePermissions(out, mode("r--r--r--"));
    for (String[] args :
        new String[][] {
          {"convert", in.toString(), out.toString()},
          {"generate", "--members", "50", out.toString()}
        }) {
      Result refused = CliRunner.run(args);
      assertThat(refused.exitCode()).isEqualTo(2);
      assertThat(refused.errLines())
          .containsExactly(
              "dangjian "
                  + args[0]
                  + ": cannot write "
                  + out
                  + ": it is read-only (--force replaces it all the same)");
      assertThat(Files.readString(out)).isEqualTo("old\n");
    }
    Result forced = CliRunner.run("convert", in.toString(), out.toString(), "--force");
    assertThat(forced.exitCode()).isZero();
    assertThat(Files.readString(out)).startsWith("{");
    assertThat(Files.getPosixFilePermissions(out)).isEqualTo(mode("r--r--r--"));
  }

  @Test
  void aTemporaryFileOfAKilledRunIsDeletedByTheNextRun() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor(10, TimeUnit.SECONDS);
    long dead = gone.pid();
    assertThat(ProcessHandle.of(dead)).isEmpty();
    Path out = dir.resolve("out.jsonl");
    Path stale = Files.writeString(dir.resolve(".out.jsonl." + dead + ".part"), "partial");
    Path staleNumbered = Files.writeString(dir.resolve(".out.jsonl." + dead + "-2.part"), "p");
    Path live = Files.writeString(dir.resolve(".out.jsonl.1.part"), "init is alive");
    Path other = Files.writeString(dir.resolve(".other.jsonl." + dead + ".part"), "not ours");
    FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
    for (Path p : new Path[] {stale, staleNumbered, live, other}) {
      Files.setLastModifiedTime(p, old);
    }
    Result result = CliRunner.run("convert", in.toString(), out.toString());
    assertThat(result.exitCode()).isZero();
    assertThat(stale).doesNotExist();
    assertThat(staleNumbered).doesNotExist();
    assertThat(live).exists();
    assertThat(other).exists();
  }

  @Test
  void aHostileOutputNameIsPrintedEscaped() throws IOException {
    Path out = dir.resolve("out" + ESC + "[2J\n[INFO] ok.jsonl");
    Result written = CliRunner.run("convert", in.toString(), out.toString(), "--lang", "en");
    assertThat(written.exitCode()).isZero();
    assertThat(out).exists();
    assertThat(written.err()).doesNotContain(ESC).contains("out\\u001B[2J\\n[INFO] ok.jsonl");
    assertThat(written.errLines()).hasSize(1);
    Files.setPosixFilePermissions(out, mode("r--------"));
    Result refused = CliRunner.run("generate", "--members", "50", out.toString());
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).doesNotContain(ESC).contains("out\\u001B[2J\\n[INFO] ok.jsonl");
    assertThat(refused.errLines()).hasSize(1);
    Outputs.streams = FullDisk::new;
    Result full = CliRunner.run("convert", in.toString(), out.toString(), "--force");
    assertThat(full.exitCode()).isEqualTo(2);
    assertThat(full.err()).doesNotContain(ESC).contains("out\\u001B[2J\\n[INFO] ok.jsonl");
    assertThat(full.errLines()).hasSize(1);
  }

  @Test
  void aWorkbookFileIsReadInPlaceWithoutACopy() throws IOException {
    Path xlsx = dir.resolve("members.xlsx");
    assertThat(CliRunner.run("convert", in.toString(), xlsx.toString()).exitCode()).isZero();
    Path spills = SpillFiles.directory();
    List<String> seen = new ArrayList<>();
    RecordHandler look =
        new RecordHandler() {
          @Override
          public void record(RecordKind kind, Object record, Location location) {
            if (seen.isEmpty()) {
              try (Stream<Path> files = Files.list(spills)) {
                files.map(f -> f.getFileName().toString()).forEach(seen::add);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              seen.add("first record");
            }
          }
        };
    Progress progress =
        new Progress(new PrintWriter(new StringWriter()), false, () -> 0L, Lang.EN, "convert");
    Inputs.read(
        DangjianImporter.of(ImportOptions.of(GeneratorSettings.DEFAULT_AS_OF)),
        List.of(xlsx),
        Optional.empty(),
        look,
        progress);
    assertThat(seen).containsExactly("first record");
    assertThat(progress.records()).isPositive();
  }

  @Test
  void anIoFailureWrappedUncheckedIsFoundAndAnythingElseIsNot() {
    IOException disk = new IOException("No space left on device");
    assertThat(Outputs.ioCause(JacksonIOException.construct(disk))).isSameAs(disk);
    assertThat(Outputs.ioCause(new UncheckedIOException(disk))).isSameAs(disk);
    assertThat(Outputs.ioCause(new IllegalStateException("a bug"))).isNull();
  }
}
