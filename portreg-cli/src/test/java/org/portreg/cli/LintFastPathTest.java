package org.portreg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.portreg.cli.lint.LintFastPath;
import org.portreg.testing.SharedData;

/**
 * {@code portreg lint FILE} without picocli gives exactly what the command gives through picocli,
 * on the real registry file, and leaves everything it does not take to the command.
 */
class LintFastPathTest {
  static String registry;

  @BeforeAll
  static void findRegistry() {
    registry = SharedData.newestXml().toString();
  }

  record Answer(int code, String out) {}

  private static Answer fast(String... args) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = LintFastPath.tryRun(args, out);
    return new Answer(code, out.toString(StandardCharsets.UTF_8));
  }

  private static Answer full(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, out, new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Answer(code, out.toString(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "--severity error",
        "--severity=warning --format json",
        "--format sarif --rule name-syntax,person-unused",
        "--rule=partial-date"
      })
  void answersTheRealRegistryExactlyAsTheCommandDoes(String options) throws IOException {
    String[] args = args(options);
    Answer fast = fast(args);
    assertThat(fast.code()).isNotEqualTo(LintFastPath.NOT_HANDLED);
    assertThat(fast).isEqualTo(full(args));
    assertThat(fast.out()).isNotEmpty();
  }

  @Test
  void aCleanFileExitsZeroWithNothingToSay(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("one.csv");
    Files.writeString(
        csv,
        "Service Name,Port Number,Transport Protocol,Description,Assignee,Contact,Registration"
            + " Date,Modification Date,Reference,Service Code,Unauthorized Use Reported,Assignment"
            + " Notes\nhttp,80,tcp,World Wide Web HTTP,,,,,[RFC9110],,,\n");
    assertThat(fast("lint", csv.toString())).isEqualTo(new Answer(0, ""));
  }

  @Test
  void leavesManifestsStandardInputHelpAndBadValuesToTheCommand(@TempDir Path dir)
      throws IOException {
    Path manifest = dir.resolve("pod.yaml");
    Files.writeString(manifest, LintCommandTest.BAD_POD);
    assertThat(fast("lint", manifest.toString()).code()).isEqualTo(LintFastPath.NOT_HANDLED);
    assertThat(fast("lint", registry, manifest.toString())).isEqualTo(notHandled());
    assertThat(fast("lint", "-")).isEqualTo(notHandled());
    assertThat(fast("lint")).isEqualTo(notHandled());
    assertThat(fast("lint", "--help")).isEqualTo(notHandled());
    assertThat(fast("lint", registry, "--format", "yaml")).isEqualTo(notHandled());
    assertThat(fast("lint", registry, "--severity", "loud")).isEqualTo(notHandled());
    assertThat(fast("lint", registry, "--rule", "no-such-rule")).isEqualTo(notHandled());
    assertThat(fast("lint", registry, "--rule=")).isEqualTo(notHandled());
    assertThat(fast("lint", registry, "--as-of", "2026-03-27")).isEqualTo(notHandled());
    assertThat(fast("lookup", "443")).isEqualTo(notHandled());
  }

  private static Answer notHandled() {
    return new Answer(LintFastPath.NOT_HANDLED, "");
  }

  private static String[] args(String options) {
    String joined = options.isEmpty() ? "lint " + registry : "lint " + registry + " " + options;
    return joined.split(" ");
  }
}
