package org.dangjian.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.dangjian.cli.CliRunner;
import org.dangjian.cli.CliRunner.Result;
import org.dangjian.cli.internal.VersionProvider;
import org.dangjian.validation.rule.RuleCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dangjian completion bash} and an informative {@code --version}. */
class CompletionAndVersionTest {

  @TempDir Path dir;

  @Test
  void completion_script_covers_the_commands_and_is_valid_bash() throws Exception {
    Result result = CliRunner.run("completion", "bash");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("complete -F")
        .contains("validate", "convert", "generate", "stats", "bulletin")
        .contains("--as-of", "--report", "--privacy");
    Path script = dir.resolve("dangjian.bash");
    Files.writeString(script, result.out(), StandardCharsets.UTF_8);
    Process bash =
        new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
    String errors = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(bash.exitValue()).as(errors).isZero();
  }

  @Test
  void unknown_shell_is_a_usage_error() {
    Result result = CliRunner.run("completion", "fish");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("bash or zsh");
  }

  @Test
  void version_names_rules_and_formats() {
    Result result = CliRunner.run("--version");
    assertThat(result.exitCode()).isZero();
    RuleCatalogue catalogue = RuleCatalogue.defaults();
    assertThat(result.out())
        .startsWith("dangjian ")
        .contains(
            "rules (规则): "
                + catalogue.rules().size()
                + " in "
                + catalogue.topics().size()
                + " topics")
        .containsPattern("reads \\(可读格式\\): .*json\\|jsonl.*csv.*xlsx")
        .containsPattern("writes \\(可写格式\\): .*html")
        .contains("Java 17");
  }

  private static String git(String... arguments) throws Exception {
    java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("git"));
    command.addAll(java.util.List.of(arguments));
    Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertThat(git.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return Path.of(out).toAbsolutePath().normalize().toString();
  }

  /**
   * The commit line names the commit the build ran on. The build and this test run in the same
   * clone, so {@code git rev-parse HEAD} there starts with it; outside a clone (a source archive)
   * both sides say so and the test is skipped.
   */
  @Test
  void version_names_the_commit_it_was_built_from() throws Exception {
    String head;
    try {
      Process git =
          new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
      head = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      assertThat(git.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assumeTrue(git.exitValue() == 0, "not in a git clone: " + head);
    } catch (IOException noGit) {
      assumeTrue(false, "git is not installed");
      return;
    }
    // git-commit-id-maven-plugin 10.0.1 reads the main checkout's HEAD from a linked worktree
    // (`git worktree add`): there the line names the wrong commit, a known limitation (CLI.md)
    assumeTrue(
        git("rev-parse", "--git-dir").equals(git("rev-parse", "--git-common-dir")),
        "a linked git worktree");
    Result result = CliRunner.run("--version");
    String commit = VersionProvider.commit();
    assertThat(commit).matches("[0-9a-f]{12}(\\+modified)?");
    assertThat(head).startsWith(commit.substring(0, 12));
    assertThat(result.out()).contains("commit (提交): " + commit + System.lineSeparator());
  }
}
