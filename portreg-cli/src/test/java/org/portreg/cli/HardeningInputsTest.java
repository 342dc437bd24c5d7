package org.portreg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.portreg.testing.ChildJvm;
import org.portreg.testing.SharedData;

/**
 * The bad inputs of issue 14's attack that concern readers, search and import, each run through
 * {@link Main} in-process with its expected exit code and message. Binary inputs live in {@code
 * src/test/resources/hardening-inputs/}; the gzip bomb is made at test time and never kept.
 */
class HardeningInputsTest {
  @TempDir static Path dir;
  static Path bomb;
  static Path junkText;

  @BeforeAll
  static void makeJunkText() throws IOException {
    junkText = dir.resolve("junk-text.xml");
    String registry = Files.readString(SharedData.newestXml());
    Files.writeString(
        junkText, registry.replaceFirst("<description>", "<description>" + "a".repeat(8 << 20)));
  }

  @BeforeAll
  static void makeBomb() throws IOException {
    bomb = dir.resolve("bomb.xml.gz");
    byte[] zeros = new byte[1 << 20];
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb), 1 << 16)) {
      for (int i = 0; i < 2048; i++) {
        out.write(zeros);
      }
    }
  }

  static Path corpus(String name) throws URISyntaxException {
    return Path.of(HardeningInputsTest.class.getResource("/hardening-inputs/" + name).toURI());
  }

  static Stream<Arguments> cases() throws URISyntaxException {
    String registry = SharedData.history("2024-11-22").toString();
    String db = "jdbc:sqlite:" + dir.resolve("bomb.db");
    return Stream.of(
        Arguments.of(
            "3,000 stars",
            List.of("search", "name:" + "*".repeat(3000) + "z", "--registry", registry),
            2,
            "is too long: at most 256 characters are allowed, was 3006"),
        Arguments.of(
            "17 stars",
            List.of("search", "name:" + "*".repeat(17) + "z", "--registry", registry),
            2,
            "at most 16 '*' are allowed in a name pattern, was 17"),
        Arguments.of(
            "33 terms",
            List.of("search", "a ".repeat(33).strip(), "--registry", registry),
            2,
            "search: too many terms: at most 32 are allowed"),
        Arguments.of(
            "gzip bomb, convert",
            List.of("convert", bomb.toString(), "--to", "json"),
            65,
            bomb + ": decompressed input is larger than the limit of 64 MiB (67108864 bytes)"),
        Arguments.of(
            "gzip bomb, db import",
            List.of("db", "import", "--db", db, bomb.toString()),
            65,
            "larger than the limit of 64 MiB"),
        Arguments.of(
            "gzip bomb, lookup --registry",
            List.of("lookup", "http", "--registry", bomb.toString()),
            65,
            "larger than the limit of 64 MiB"),
        Arguments.of(
            "8 MiB of text in one field",
            List.of("convert", junkText.toString(), "--to", "txt"),
            65,
            junkText + ":56:18: the text of <description> is longer than 65536 characters"),
        Arguments.of(
            "truncated gzip",
            List.of("convert", corpus("issue14-truncated.xml.gz").toString(), "--to", "json"),
            65,
            "(no line or column: the fault is in the compressed bytes)"),
        Arguments.of(
            "JSON nested 1,200 deep",
            List.of("convert", corpus("issue14-deep.json").toString(), "--to", "csv"),
            65,
            "issue14-deep.json:1:1040: nesting deeper than 1000 levels"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void answersCleanlyWithTheDocumentedExitCode(
      String name, List<String> args, int exit, String message) {
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.code).as(run.err()).isEqualTo(exit);
    assertThat(run.err())
        .contains(message)
        .doesNotContain("Exception")
        .doesNotContain("StreamReadConstraints")
        .doesNotContain(":0:0");
    assertThat(run.err().lines()).hasSize(1);
  }

  /**
   * An input too large for the heap the launcher gives (here a child JVM of 16 MiB reading the real
   * registry) ends with one line saying how to allow more, exit 1, and no stack trace.
   */
  @Test
  void runningOutOfMemoryIsOneLineThatSaysHowToAllowMore() throws Exception {
    ChildJvm.Result child =
        ChildJvm.run(
            dir.resolve("oom.log"),
            List.of("-Xmx16m"),
            Main.class,
            "convert",
            SharedData.newestXml().toString(),
            "--to",
            "csv",
            "--out",
            dir.resolve("oom.csv").toString());
    String err = child.output();
    assertThat(err.lines())
        .containsExactly(
            "portreg: out of memory: this input needs more than the 16 MiB heap the command runs"
                + " with, and it stopped (nothing half-stored: the store's writes are"
                + " transactions). To allow more, run it again with PORTREG_JAVA_OPTS=-Xmx2g (or"
                + " more)");
    assertThat(child.exit()).isEqualTo(1);
  }

  /**
   * The 64 MiB default refuses a registry followed by 70 MiB of white space (gzipped, 70 KB on
   * disk); {@code --max-input 128MiB} reads it; {@code --max-input 1M} refuses even the real file.
   */
  @Test
  void maxInputSetsTheLimitEitherWay() throws IOException {
    Path padded = dir.resolve("padded.xml.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(padded), 1 << 16)) {
      out.write(Files.readAllBytes(SharedData.newestXml()));
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 70; i++) {
        out.write(spaces);
      }
    }
    CliRun refused = CliRun.of("convert", padded.toString(), "--to", "csv");
    assertThat(refused.code).isEqualTo(65);
    assertThat(refused.err())
        .isEqualTo(
            padded
                + ": decompressed input is larger than the limit of 64 MiB (67108864 bytes)"
                + " (refused while reading, so no line or column)\n");

    CliRun raised = CliRun.of("convert", "--max-input", "128MiB", padded.toString(), "--to", "csv");
    assertThat(raised.code).as(raised.err()).isZero();
    assertThat(raised.out()).contains("\nhttps,443,tcp,");

    CliRun lowered = CliRun.of("lint", "--max-input", "1M", SharedData.newestXml().toString());
    assertThat(lowered.code).isEqualTo(65);
    assertThat(lowered.err()).contains("file is larger than the limit of 1 MiB (1048576 bytes)");

    CliRun bad = CliRun.of("convert", "--max-input", "lots", padded.toString(), "--to", "csv");
    assertThat(bad.code).isEqualTo(2);
    assertThat(bad.err()).contains("expected a size such as 64MiB, 200M or 1048576");
  }

  @Test
  void rerunningAnImportSkipsVersionsAlreadyStoredAndNamesBothOnAConflict() throws IOException {
    String db = "jdbc:sqlite:" + dir.resolve("resume.db");
    String older = SharedData.history("2026-03-16").toString();
    String newer = SharedData.history("2026-03-18").toString();
    assertThat(CliRun.of("db", "import", "--db", db, older, newer).code).isZero();

    CliRun again = CliRun.of("db", "import", "--db", db, older, newer);
    assertThat(again.code).as(again.err()).isZero();
    assertThat(again.out())
        .contains("2026-03-16 already stored, nothing to do")
        .contains("2026-03-18 already stored, nothing to do");

    Path changed = dir.resolve("changed.xml");
    String text = CliRun.of("convert", older, "--to", "xml").out();
    Files.writeString(changed, text.replaceFirst("<description>", "<description>Changed "));
    CliRun conflict = CliRun.of("db", "import", "--db", db, changed.toString());
    assertThat(conflict.code).isEqualTo(1);
    assertThat(conflict.err())
        .contains("already holds a different registry dated 2026-03-16: " + changed)
        .contains("differs from stored version 1 (from " + older);
  }
}
